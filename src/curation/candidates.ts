import type { ArticleInput, Candidate } from './candidate';
import { findDates } from './dates';
import { findDonors, ownCountry } from './donors';
import { findFigures } from './figures';
import { findKinds } from './kinds';
import { splitSentences, type Span } from './sentences';
import { findItems, withQuantities } from './terms';

/**
 * Everything the recognisers find in `[start, end)` of the article: figures, items with their
 * quantities, donors, date phrases and aid verbs, with offsets into the whole text.
 */
export function analyseSpan(
  article: ArticleInput,
  start: number,
  end: number,
): Omit<Candidate, 'start' | 'end' | 'text'> {
  const text = article.text.slice(start, end);
  const { amounts, counts } = findFigures(text, article.language, start);
  const items = withQuantities(article.text, findItems(text, start), counts);
  return {
    amounts,
    counts,
    items,
    donors: findDonors(text, ownCountry(article), start),
    dates: findDates(article).filter((d) => d.start >= start && d.end <= end),
    kinds: findKinds(text, start),
  };
}

/** The article's sentences, as offsets into its text. */
export function sentencesOf(article: ArticleInput): Span[] {
  return splitSentences(article.text);
}

/**
 * The sentences worth a record, each with what was recognised in it: a sentence holding a
 * figure, an item or an aid verb is a candidate.
 */
export function findCandidates(article: ArticleInput): Candidate[] {
  return sentencesOf(article).flatMap(({ start, end }) => {
    const found = analyseSpan(article, start, end);
    const worth =
      found.amounts.length + found.counts.length + found.items.length + found.kinds.length > 0;
    return worth ? [{ start, end, text: article.text.slice(start, end), ...found }] : [];
  });
}

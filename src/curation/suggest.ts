import type { Announcement } from '../data/schema';
import type { ArticleInput, DraftSuggestion, FoundDate, FoundDonor, FoundItem } from './candidate';
import { analyseSpan, sentencesOf } from './candidates';
import { articleDate, findDates } from './dates';
import { donorCodes, findDonors, isOrigin, ownCountry } from './donors';
import { suggestKind } from './kinds';

/**
 * A record suggested for any span of an article (a candidate sentence or the curator's own
 * selection): the excerpt exactly as selected, and every field the recognisers can fill.
 *
 * - Donors: those the span names, less adjectives of origin ("Amerikaanse raketten" sent by
 *   others) when someone else is named. A span naming none ("Zo stuurden ze …") takes the donors
 *   of the nearest of the three sentences before it that names one, and says so.
 * - Kind: a refusal if the span negates, else its first aid verb.
 * - Amount: the span's first sum of money, with the text as printed.
 * - Items: each item with the count before it; generic ones ("wapens") only when nothing more
 *   specific is named.
 * - Date: the span's first date phrase; otherwise that of the nearest of the three sentences
 *   before it in the same paragraph; otherwise the article's day or month. `basis` is inferred
 *   whenever it was worked out, and the note says how.
 */

const LOOK_BACK = 3;

function sentencesBefore(
  article: ArticleInput,
  start: number,
): Array<{ start: number; end: number }> {
  return sentencesOf(article)
    .filter((s) => s.end <= start)
    .slice(-LOOK_BACK)
    .reverse();
}

function sameParagraph(text: string, from: number, to: number): boolean {
  return !/\n\s*\n/.test(text.slice(from, to));
}

function suggestDonors(
  article: ArticleInput,
  start: number,
  donors: readonly FoundDonor[],
  isOriginOf: (d: FoundDonor) => boolean,
): { codes: string[]; note: string | null } {
  const givers = donors.filter((d) => !isOriginOf(d));
  const chosen = givers.length > 0 ? givers : donors;
  if (chosen.length > 0) return { codes: donorCodes(chosen), note: ownNote(article, chosen) };
  const own = ownCountry(article);
  for (const s of sentencesBefore(article, start)) {
    const earlier = findDonors(article.text.slice(s.start, s.end), own, s.start);
    if (earlier.length === 0) continue;
    const codes = donorCodes(earlier);
    const clip = article.text.slice(s.start, Math.min(s.end, s.start + 60));
    return {
      codes,
      note: `The excerpt names no donor; the sentence before it ('${clip}…') names ${codes.join(', ')}.`,
    };
  }
  return { codes: [], note: null };
}

function ownNote(article: ArticleInput, donors: readonly FoundDonor[]): string | null {
  const own = donors.find((d) => /^(ons|onze|our)\s/i.test(d.text));
  const why = ownCountry(article)?.why;
  return own && why ? `'${own.text}' is read as ${own.code}: ${why}.` : null;
}

function suggestDate(
  article: ArticleInput,
  start: number,
  inSpan: readonly FoundDate[],
): { date: Announcement['date']; note: string } {
  const first = inSpan[0];
  if (first) return { date: first.date, note: first.reasoning };
  const all = findDates(article);
  for (const s of sentencesBefore(article, start)) {
    if (!sameParagraph(article.text, s.end, start)) break;
    const earlier = all.find((d) => d.start >= s.start && d.end <= s.end);
    if (earlier)
      return {
        date: { ...earlier.date, basis: 'inferred' },
        note: `No date in the excerpt; the sentence before it dates it: ${earlier.reasoning}.`,
      };
  }
  const fallback = articleDate(article);
  return { date: fallback.date, note: fallback.reasoning };
}

/** The record suggested for `article.text.slice(start, end)`. */
export function suggestRecord(article: ArticleInput, start: number, end: number): DraftSuggestion {
  const from = Math.max(0, Math.min(start, end, article.text.length));
  const to = Math.min(article.text.length, Math.max(start, end));
  const found = analyseSpan(article, from, to);
  const donors = suggestDonors(article, from, found.donors, (d) =>
    isOrigin(d, found.items, article.text),
  );
  const firstAmount = found.amounts[0];
  const specific = found.items.filter((i) => i.category !== 'other');
  const items: Announcement['items'] = [];
  let previous: FoundItem | null = null;
  for (const item of specific.length > 0 ? specific : found.items) {
    // "NLAW anti-tank weapons": one item, named by its first word.
    const sameThing =
      previous !== null &&
      previous.category === item.category &&
      /^[\s-]*$/.test(article.text.slice(previous.end, item.start));
    previous = item;
    if (sameThing || items.some((i) => i.name === item.name && i.category === item.category))
      continue;
    items.push({
      category: item.category,
      name: item.name,
      ...(item.quantity !== undefined
        ? { quantity: item.quantity, unit: item.unit ?? 'pieces' }
        : {}),
    });
  }
  const date = suggestDate(article, from, found.dates);
  return {
    excerpt: article.text.slice(from, to),
    donors: donors.codes,
    kind: suggestKind(found.kinds),
    amount: firstAmount ? firstAmount.amount : null,
    amountText: firstAmount ? firstAmount.text : null,
    items,
    date: date.date,
    dateNote: date.note,
    donorNote: donors.note,
  };
}

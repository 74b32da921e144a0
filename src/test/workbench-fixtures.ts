import { validateDatasetText } from '../data/validate';
import type { Dataset } from '../data/schema';
import { datasetText, texts } from './shipped-dataset';
import { draftFromSuggestion, type Draft, type WorkArticle } from '../workbench/work-document';

/** The shipped dataset as the app holds it (validated), and its texts: the workbench's base. */
export const base: Dataset = validateDatasetText(datasetText, texts).dataset!;
export const baseTexts = texts;

export const ARTICLE: WorkArticle = {
  id: '005_test-2022-03',
  text: ' date 2022-03 Steun\n\nDuitsland beloofde vorige week 350 miljoen euro aan steun.\nHet regende.',
  published: '2022-03',
  language: 'nl',
  summary: 'Germany pledges 350 million euros.',
};

/** A draft of the article's first sentence, every field filled so that it passes. */
export function goodDraft(change: Partial<Draft> = {}): Draft {
  const excerpt = 'Duitsland beloofde vorige week 350 miljoen euro aan steun.';
  const start = ARTICLE.text.indexOf(excerpt);
  return {
    ...draftFromSuggestion(
      'draft-1',
      ARTICLE,
      start,
      start + excerpt.length,
      {
        excerpt,
        donors: ['DE'],
        kind: 'pledge',
        amount: { value: 350_000_000, currency: 'EUR' },
        amountText: '350 miljoen euro',
        items: [],
        date: { start: '2022-03-01', end: '2022-03-31', precision: 'month', basis: 'inferred' },
        dateNote: "'vorige week' in an article of March 2022",
      },
      'de-pledge-350m',
    ),
    translation: 'Germany pledged 350 million euros in aid last week.',
    ...change,
  };
}

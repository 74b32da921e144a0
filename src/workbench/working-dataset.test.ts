import { describe, expect, it } from 'vitest';
import { validateDatasetText } from '../data/validate';
import { ARTICLE, base, baseTexts, goodDraft } from '../test/workbench-fixtures';
import { draftRecord } from './draft-checks';
import { EMPTY_DOCUMENT, type WorkDocument } from './work-document';
import {
  checkWorking,
  draftToRaw,
  exportDataset,
  fieldOf,
  workDiff,
  workingPreview,
  workingTexts,
} from './working-dataset';

const withArticle: WorkDocument = { ...EMPTY_DOCUMENT, articles: [ARTICLE] };

describe('the working dataset', () => {
  it('passes the validator with a good draft, and names the draft’s problems by field', () => {
    expect(checkWorking(base, baseTexts, withArticle, goodDraft()).problems).toEqual([]);
    const bad = goodDraft({ translation: '', donors: ['DE', 'XX'], id: 'Not Kebab' });
    const check = checkWorking(base, baseTexts, withArticle, bad);
    const fields = check.draftProblems.map((p) => fieldOf(p.path));
    expect(fields).toEqual(expect.arrayContaining(['translation', 'donors', 'id']));
    expect(check.articleProblems.size).toBe(0);
  });

  it('reports a wrong figure at the amount, and an event after the article at the date', () => {
    const check = checkWorking(
      base,
      baseTexts,
      withArticle,
      goodDraft({
        amountValue: '360000000',
        date: { start: '2022-04-01', end: '2022-04-30', precision: 'month', basis: 'inferred' },
      }),
    );
    const at = (field: string) =>
      check.draftProblems.filter((p) => fieldOf(p.path) === field).map((p) => p.message);
    expect(at('amount')).toContainEqual(expect.stringMatching(/not in any excerpt as printed/));
    expect(at('date')).toContainEqual(expect.stringMatching(/after its article's month/));
  });

  it('puts an article’s problems under the article', () => {
    const wrongMonth = { ...ARTICLE, published: '2022-05' };
    const check = checkWorking(base, baseTexts, { ...EMPTY_DOCUMENT, articles: [wrongMonth] });
    expect(check.articleProblems.get(ARTICLE.id)?.[0]?.message).toMatch(/date line says 2022-03/);
  });

  it('writes typed text the schema refuses as it is, for the validator to name', () => {
    const raw = draftToRaw(goodDraft({ amountValue: '350 mln', partOf: ' x ', note: '' }));
    expect(raw.amount).toEqual({ value: '350 mln', currency: 'EUR' });
    expect(raw.partOf).toBe('x');
    expect(raw).not.toHaveProperty('note');
    expect(draftToRaw(goodDraft({ amountValue: '' })).amount).toBeNull();
    const item = { category: 'anti-tank' as const, name: '', quantity: '', unit: '' };
    expect(draftToRaw(goodDraft({ items: [item] })).items).toEqual([{ category: 'anti-tank' }]);
  });

  it('maps a problem’s path to the form’s field', () => {
    expect(fieldOf('.items[2].quantity')).toBe('items.2');
    expect(fieldOf('.sources[0].translation')).toBe('translation');
    expect(fieldOf('.sources[0].excerpt')).toBe('excerpt');
    expect(fieldOf('.amount.value')).toBe('amount');
    expect(fieldOf('.date.start')).toBe('date');
    expect(fieldOf('')).toBe('record');
  });

  it('exports a file the validator of `npm run validate-data` accepts unchanged', () => {
    const record = draftRecord(goodDraft())!;
    const shipped = base.announcements[0]!;
    const second = {
      ...shipped,
      sources: [
        ...shipped.sources,
        { id: ARTICLE.id, excerpt: 'Het regende.', translation: 'It rained.' },
      ],
    };
    const doc: WorkDocument = {
      ...withArticle,
      records: [record],
      changed: { [shipped.id]: second },
    };
    const text = exportDataset(base, doc);
    const result = validateDatasetText(text, workingTexts(baseTexts, doc));
    expect(result.problems).toEqual([]);
    expect(result.dataset!.announcements).toHaveLength(base.announcements.length + 1);
    expect(result.dataset!.sources.at(-1)).toMatchObject({
      id: ARTICLE.id,
      file: `sources/${ARTICLE.id}.txt`,
      published: '2022-03',
    });
    expect(workDiff(base, doc)).toEqual({
      sources: [ARTICLE.id],
      added: [{ id: record.id, kind: 'pledge', donors: ['DE'], sources: [ARTICLE.id] }],
      changed: [
        {
          id: shipped.id,
          kind: shipped.kind,
          donors: shipped.donors,
          sources: second.sources.map((s) => s.id),
        },
      ],
      rates: [],
    });
    const preview = workingPreview(base, baseTexts, doc)!;
    expect(preview.newIds).toEqual(new Set([record.id]));
    expect(preview.texts.get(ARTICLE.id)).toBe(ARTICLE.text);
    expect(workingPreview(base, baseTexts, EMPTY_DOCUMENT)).toBeNull();
  });

  it('keeps an article’s title and outlet through the export and the validator', () => {
    const titled = { ...ARTICLE, title: 'Wie levert wapens?', outlet: 'De Krant' };
    const doc: WorkDocument = { ...EMPTY_DOCUMENT, articles: [titled] };
    const result = validateDatasetText(exportDataset(base, doc), workingTexts(baseTexts, doc));
    expect(result.problems).toEqual([]);
    expect(result.dataset!.sources.at(-1)).toMatchObject({
      title: 'Wie levert wapens?',
      outlet: 'De Krant',
    });
    const bare = validateDatasetText(
      exportDataset(base, withArticle),
      workingTexts(baseTexts, withArticle),
    );
    expect(bare.dataset!.sources.at(-1)).not.toHaveProperty('title');
    expect(
      validateDatasetText(
        exportDataset(base, { ...doc, articles: [{ ...titled, outlet: ' ' }] }),
        workingTexts(baseTexts, doc),
      ).problems.map((p) => p.message),
    ).toEqual([expect.stringMatching(/must not be empty/)]);
  });
});

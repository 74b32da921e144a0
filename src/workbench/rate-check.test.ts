import { describe, expect, it } from 'vitest';
import { validateDatasetText } from '../data/validate';
import { ARTICLE, base, baseTexts, goodDraft } from '../test/workbench-fixtures';
import { draftRecord } from './draft-checks';
import { checkRate, missingRate } from './rate-check';
import { EMPTY_DOCUMENT, workReducer, type WorkDocument } from './work-document';
import { checkWorking, exportDataset, workDiff, workingTexts } from './working-dataset';

const february = { start: '2022-02-01', end: '2022-02-28', precision: 'month', basis: 'inferred' };
const rate = {
  currency: 'EUR',
  month: '2022-02',
  usdPerUnit: '1.1237',
  source: 'ECB, February 2022',
};

describe('missingRate: the rate a draft needs and the dataset lacks', () => {
  it('is the currency in the month the date ends in, when no rate covers it', () => {
    expect(missingRate(goodDraft({ date: february }), base.exchangeRates)).toEqual({
      currency: 'EUR',
      month: '2022-02',
    });
    expect(missingRate(goodDraft(), base.exchangeRates)).toBeNull(); // March 2022 has a rate
    expect(missingRate(goodDraft({ date: february, currency: 'USD' }), [])).toBeNull();
    expect(missingRate(goodDraft({ date: february, currency: '' }), [])).toBeNull();
    expect(missingRate(goodDraft({ date: { ...february, end: '2022-02' } }), [])).toBeNull();
  });
});

describe('checkRate: a rate checked as the validator checks it', () => {
  it('gives the rate when it passes', () => {
    expect(checkRate(rate, base.exchangeRates)).toEqual({
      rate: { currency: 'EUR', month: '2022-02', usdPerUnit: 1.1237, source: 'ECB, February 2022' },
      problems: {},
    });
    expect(checkRate({ ...rate, usdPerUnit: '1,1237' }, []).rate?.usdPerUnit).toBe(1.1237);
  });

  it('names each problem at its field, in the validator’s words', () => {
    const messages = (input: typeof rate) =>
      Object.fromEntries(
        Object.entries(checkRate(input, base.exchangeRates).problems).map(([field, problems]) => [
          field,
          problems.map((p) => p.message),
        ]),
      );
    expect(messages({ ...rate, usdPerUnit: '0' })).toEqual({
      usdPerUnit: ['must be greater than 0'],
    });
    expect(messages({ ...rate, usdPerUnit: '5000' }).usdPerUnit![0]).toMatch(/at most 1000/);
    expect(messages({ ...rate, usdPerUnit: 'about one' }).usdPerUnit).toHaveLength(1);
    expect(messages({ ...rate, source: ' ' })).toEqual({ source: ['must not be empty'] });
    expect(messages({ ...rate, month: '2022-03' })).toEqual({
      month: ['second rate for EUR in 2022-03'],
    });
  });
});

describe('rates in the work', () => {
  it('are added and removed by the reducer, one per currency and month', () => {
    const added = checkRate(rate, []).rate!;
    let doc: WorkDocument = workReducer(EMPTY_DOCUMENT, { type: 'add-rate', rate: added });
    doc = workReducer(doc, { type: 'add-rate', rate: { ...added, usdPerUnit: 1.12 } });
    expect(doc.rates).toEqual([{ ...added, usdPerUnit: 1.12 }]);
    expect(
      workReducer(doc, { type: 'remove-rate', currency: 'EUR', month: '2022-02' }).rates,
    ).toEqual([]);
  });

  it('let a record in a month without a rate pass, and go into the export the validator accepts', () => {
    const draft = goodDraft({ date: february });
    const without: WorkDocument = { ...EMPTY_DOCUMENT, articles: [ARTICLE] };
    expect(checkWorking(base, baseTexts, without, draft).draftProblems).toEqual([
      expect.objectContaining({
        path: '.amount.currency',
        message: 'no exchange rate for EUR in 2022-02; add one to exchangeRates',
      }),
    ]);
    const doc = workReducer(without, { type: 'add-rate', rate: checkRate(rate, []).rate! });
    expect(checkWorking(base, baseTexts, doc, draft).draftProblems).toEqual([]);
    const done: WorkDocument = { ...doc, records: [draftRecord(draft)!] };
    const result = validateDatasetText(exportDataset(base, done), workingTexts(baseTexts, done));
    expect(result.problems).toEqual([]);
    expect(result.dataset!.exchangeRates.at(-1)).toMatchObject({
      currency: 'EUR',
      month: '2022-02',
    });
    expect(workDiff(base, done).rates).toEqual([
      { currency: 'EUR', month: '2022-02', usdPerUnit: 1.1237 },
    ]);
  });
});

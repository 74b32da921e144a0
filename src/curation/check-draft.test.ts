import { describe, expect, it } from 'vitest';
import type { Dataset, SourceMeta } from '../data/schema';
import { datasetText, texts } from '../test/shipped-dataset';
import { checkDraft, figureProblems } from './check-draft';

const dataset = JSON.parse(datasetText) as Dataset;
const articleText =
  ' date 2022-04 De Britten beloofden vrijdag 1,3 miljard pond aan militaire hulp.';
const source: SourceMeta = {
  id: 'new-article',
  file: 'sources/new-article.txt',
  language: 'nl',
  published: '2022-04',
  summary: 'A test article.',
};
const withArticle = new Map([...texts, ['new-article', articleText]]);
const good = {
  id: 'gb-pledge-1-3bn',
  kind: 'pledge',
  donors: ['GB'],
  recipient: 'UA',
  date: { start: '2022-04-01', end: '2022-04-01', precision: 'day', basis: 'explicit' },
  amount: { value: 1.3e9, currency: 'GBP' },
  items: [{ category: 'other', name: 'military aid' }],
  sources: [
    {
      id: 'new-article',
      excerpt: 'De Britten beloofden vrijdag 1,3 miljard pond aan militaire hulp.',
      translation: 'The British pledged 1.3 billion pounds of military aid on Friday.',
    },
  ],
};
const ratedDataset: Dataset = {
  ...dataset,
  exchangeRates: [
    ...dataset.exchangeRates,
    { currency: 'GBP', month: '2022-04', usdPerUnit: 1.3, source: 'test' },
  ],
};
const context = { dataset: ratedDataset, texts: withArticle, source, today: '2026-11-24' };

describe('checkDraft: the validator’s problems with one draft, by field', () => {
  it('passes a good draft', () => {
    expect(checkDraft(good, context)).toEqual({});
  });

  it('puts each problem beside its field', () => {
    const bad = {
      ...good,
      donors: ['XX'],
      date: { ...good.date, start: '2022-04-09', end: '2022-04-01' },
      amount: { value: 1.4e9, currency: 'GBP' },
      sources: [{ ...good.sources[0]!, excerpt: 'not in the article' }],
    };
    const problems = checkDraft(bad, context);
    expect(Object.keys(problems).sort()).toEqual(['donors[0]']);
    const second = checkDraft({ ...bad, donors: ['GB'] }, context);
    expect(Object.keys(second).sort()).toEqual(['amount', 'date', 'sources[0].excerpt']);
    expect(second['amount']![0]).toContain('is not in any excerpt as printed');
  });

  it('checks an inferred date has its note, and a partOf names a record', () => {
    const problems = checkDraft(
      { ...good, date: { ...good.date, basis: 'inferred' }, partOf: 'no-such-record' },
      context,
    );
    expect(Object.keys(problems).sort()).toEqual(['note', 'partOf']);
  });

  it('reports an id already used by another record, and the new source’s own problems', () => {
    expect(Object.keys(checkDraft({ ...good, id: 'Not Kebab' }, context))).toEqual(['id']);
    const late = checkDraft(good, { ...context, source: { ...source, published: '2022-05' } });
    expect(Object.keys(late).sort()).toEqual(['source.published']);
  });

  it('checks a draft that replaces a record in its place', () => {
    const existing = dataset.announcements[0]!;
    expect(checkDraft(existing, { ...context, source: undefined })).toEqual({});
  });

  it('copes with a half-filled form', () => {
    expect(Object.keys(checkDraft({ id: 'x' }, context)).length).toBeGreaterThan(3);
    expect(checkDraft(null, context)['']).toBeDefined();
  });
});

describe('figureProblems: the figure must be found in the excerpt', () => {
  const excerpt = ['The British pledged £1.3bn and two thousand NLAWs, about 90 tonnes in all.'];
  it('finds figures as the article’s language prints them', () => {
    expect(
      figureProblems(
        {
          amount: { value: 1.3e9, currency: 'GBP' },
          items: [
            { category: 'anti-tank', quantity: 2000, unit: 'pieces' },
            { category: 'other', quantity: 90, unit: 'tonnes' },
            { category: 'other' },
          ],
        },
        excerpt,
        'en',
      ),
    ).toEqual({});
  });

  it('rejects a wrong figure at its field, saying what the excerpt prints', () => {
    const problems = figureProblems(
      {
        amount: { value: 1.3e6, currency: 'GBP' },
        items: [{ category: 'anti-tank', quantity: 3000, unit: 'pieces' }],
      },
      excerpt,
      'en',
    );
    expect(problems['amount']![0]).toBe(
      '1300000 GBP is not in the excerpt as printed (found: "£1.3bn", "two thousand", "90 tonnes")',
    );
    expect(Object.keys(problems)).toEqual(['amount', 'items[0].quantity']);
    expect(
      figureProblems({ amount: { value: 5, currency: null }, items: [] }, ['geen cijfers'], 'nl')[
        'amount'
      ]![0],
    ).toContain('no figures found');
  });
});

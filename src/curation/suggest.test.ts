import { describe, expect, it } from 'vitest';
import type { ArticleInput } from './candidate';
import { findCandidates } from './candidates';
import { suggestRecord } from './suggest';

/** Two short articles of our own, one Dutch and one English, telling the same news. */
const dutch: ArticleInput = {
  id: 'test-nl',
  published: '2022-04',
  language: 'nl',
  text: [
    ' date 2022-04 De Britten beloofden vrijdag nog eens 1,3 miljard pond aan militaire hulp.',
    '',
    'Twee dagen na 1 april leverde Groot-Brittannië tweeduizend NLAW-antitankwapens en 120 pantservoertuigen. Ze stuurden ook helmen.',
    '',
    'Duitsland wil geen tanks leveren, zei de regering gisteren. Het weer was goed.',
  ].join('\n'),
};
const english: ArticleInput = {
  id: 'test-en',
  published: '2022-04',
  language: 'en',
  text: [
    'The British pledged another £1.3bn in military aid on Friday.',
    '',
    'Two days after 1 April Britain delivered two thousand NLAW anti-tank weapons and 120 armoured vehicles. They also sent helmets.',
    '',
    'Germany will not send tanks, the government said yesterday. The weather was fine.',
  ].join('\n'),
};

const sentence = (article: ArticleInput, n: number) => findCandidates(article)[n]!;
const suggestFor = (article: ArticleInput, n: number) => {
  const { start, end } = sentence(article, n);
  return suggestRecord(article, start, end);
};

describe('findCandidates marks the sentences worth a record', () => {
  it('marks the same sentences in both languages, and not the weather', () => {
    expect(findCandidates(dutch)).toHaveLength(4);
    expect(findCandidates(english)).toHaveLength(4);
    expect(findCandidates(dutch).some((c) => c.text.includes('weer'))).toBe(false);
  });

  it('lists what it recognised, with offsets into the text', () => {
    const c = sentence(dutch, 0);
    expect(dutch.text.slice(c.start, c.end)).toBe(c.text);
    expect(c.amounts.map((a) => a.text)).toEqual(['1,3 miljard pond']);
    expect(c.donors.map((d) => d.code)).toEqual(['GB']);
    expect(c.kinds.map((k) => k.kind)).toEqual(['pledge']);
    expect(c.dates.map((d) => d.text)).toEqual(['vrijdag']);
    for (const found of [...c.amounts, ...c.donors, ...c.kinds, ...c.dates, ...c.items])
      expect(dutch.text.slice(found.start, found.end)).toBe(found.text);
  });
});

describe('suggestRecord prefills a record, the same from Dutch and English text', () => {
  it.each([0, 1, 2, 3])('sentence %i', (n) => {
    const nl = suggestFor(dutch, n);
    const en = suggestFor(english, n);
    expect(en.donors).toEqual(nl.donors);
    expect(en.kind).toEqual(nl.kind);
    expect(en.amount).toEqual(nl.amount);
    expect(en.date).toEqual(nl.date);
    expect(en.items.map((i) => [i.category, i.quantity])).toEqual(
      nl.items.map((i) => [i.category, i.quantity]),
    );
  });

  it('fills a pledge: donors, kind, amount as printed, items, date', () => {
    const draft = suggestFor(english, 0);
    expect(draft).toMatchObject({
      excerpt: 'The British pledged another £1.3bn in military aid on Friday.',
      donors: ['GB'],
      kind: 'pledge',
      amount: { value: 1.3e9, currency: 'GBP' },
      amountText: '£1.3bn',
      items: [{ category: 'other', name: 'military aid' }],
    });
    expect(draft.date!.precision).toBe('day');
    expect(draft.dateNote).toContain("'on Friday' in an article of April 2022");
  });

  it('fills a delivery with quantities and the date counted from a printed day', () => {
    const draft = suggestFor(dutch, 1);
    expect(draft.kind).toBe('delivery');
    expect(draft.items).toEqual([
      { category: 'anti-tank', name: 'NLAW', quantity: 2000, unit: 'pieces' },
      { category: 'vehicles', name: 'pantservoertuigen', quantity: 120, unit: 'pieces' },
    ]);
    expect(draft.date).toEqual({
      start: '2022-04-03',
      end: '2022-04-03',
      precision: 'day',
      basis: 'inferred',
    });
  });

  it('takes donors and the date from the sentence before when the span names none', () => {
    const draft = suggestFor(english, 2);
    expect(draft.donors).toEqual(['GB']);
    expect(draft.donorNote).toContain('names no donor');
    expect(draft.date).toEqual({
      start: '2022-04-03',
      end: '2022-04-03',
      precision: 'day',
      basis: 'inferred',
    });
    expect(draft.dateNote).toContain('the sentence before it dates it');
  });

  it('suggests a refusal where the text says no', () => {
    expect(suggestFor(dutch, 3)).toMatchObject({ donors: ['DE'], kind: 'refusal', amount: null });
  });

  it('excerpts exactly the span, in either order, within the text', () => {
    const draft = suggestRecord(dutch, 40, 14);
    expect(draft.excerpt).toBe(dutch.text.slice(14, 40));
    expect(suggestRecord(dutch, -5, 1e9).excerpt).toBe(dutch.text);
  });

  it('says how "ons land" was read', () => {
    const text = 'Zoals ons land, dat wapens stuurde. De opportuniteit is voorbij.';
    const draft = suggestRecord({ ...dutch, text }, 0, 35);
    expect(draft.donors).toEqual(['BE']);
    expect(draft.donorNote).toContain('Belgian Dutch');
  });

  it('leaves what it cannot tell empty', () => {
    const draft = suggestRecord({ ...english, text: 'Nothing happened.' }, 0, 17);
    expect(draft).toMatchObject({
      donors: [],
      kind: null,
      amount: null,
      amountText: null,
      items: [],
      donorNote: null,
    });
    expect(draft.date!.precision).toBe('month');
  });
});

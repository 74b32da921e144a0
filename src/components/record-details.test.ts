import { describe, expect, it } from 'vitest';
import { makeRecord, onDay } from '../test/make-record';
import { dateBasis, figureRanges, printedAmount } from './record-details';
import { articleBody } from './source-panel';

const inferred = { ...onDay('2022-01-21'), basis: 'inferred' as const };

describe('dateBasis', () => {
  it('quotes the Dutch cue the date was read from', () => {
    const r = makeRecord({
      date: inferred,
      note: "'Vrijdag' in an article of January 2022: Friday 21 January 2022.",
    });
    expect(dateBasis(r)).toBe('inferred from ‘Vrijdag’');
  });

  it('does not take a quoted word that is no date cue for one', () => {
    const r = makeRecord({ date: inferred, note: "'Dat' refers to Kyiv. The text gives no date." });
    expect(dateBasis(r)).toBe('inferred, see the note');
  });

  it('says when the text gives the date', () => {
    expect(dateBasis(makeRecord({}))).toBe('date given in the text');
  });
});

describe('figures in an excerpt', () => {
  const excerpt =
    'keurde Biden voor 350 miljoen dollar (321 miljoen euro) aan militaire hulp goed, en 17.000 antitankwapens';
  const record = makeRecord({
    amount: { value: 350e6, currency: 'USD' },
    items: [{ category: 'anti-tank', quantity: 17000, unit: 'pieces' }],
    sources: [{ id: 's', excerpt, translation: '' }],
  });

  it('marks the amount and the quantities, not other figures', () => {
    const marked = figureRanges(record, excerpt).map(([a, b]) => excerpt.slice(a, b));
    expect(marked).toEqual(['350 miljoen dollar', '17.000']);
  });

  it('gives the amount as the article prints it', () => {
    expect(printedAmount(record)).toBe('350 miljoen dollar');
  });
});

describe('articleBody', () => {
  it('drops the date line the source files open with', () => {
    expect(articleBody(' date 2022-03 De VS wil')).toBe('De VS wil');
    expect(articleBody('De VS wil')).toBe('De VS wil');
  });
});

import { describe, expect, it } from 'vitest';
import dataset from '../../data/announcements.json';
import type { Announcement, Dataset, SourceMeta } from '../data/schema';
import { i18nFor } from '../i18n/i18n';
import type { Language } from '../i18n/language';
import { makeRecord, onDay, usd } from '../test/make-record';
import { createRateIndex } from '../data/rates';
import {
  COLUMN_KEYS,
  COLUMNS,
  sortRecords,
  type Column,
  type ColumnContext,
} from './table-columns';

const data = dataset as Dataset;
const rates = createRateIndex(data.exchangeRates);
const marchRate = data.exchangeRates.find((r) => r.currency === 'EUR' && r.month === '2022-03')!;

function contextFor(language: Language, sources: readonly SourceMeta[] = data.sources) {
  return {
    i18n: i18nFor(language),
    rates,
    sourceById: new Map(sources.map((s) => [s.id, s])),
  } satisfies ColumnContext;
}
const en = contextFor('en');
const nl = contextFor('nl');

const column = (key: string): Column => {
  const found = COLUMNS.find((c) => c.key === key);
  if (!found) throw new Error(`no column ${key}`);
  return found;
};
const ids = (records: readonly Announcement[]) => records.map((r) => r.id);

describe('COLUMNS', () => {
  it('has one column for every field of a record, each key once', () => {
    expect([...COLUMN_KEYS].sort()).toEqual(
      [
        'id',
        'date',
        'donors',
        'kind',
        'recipient',
        'amount',
        'usd',
        'items',
        'excerpt',
        'translation',
        'source',
        'note',
        'partOf',
      ].sort(),
    );
    expect(new Set(COLUMN_KEYS).size).toBe(COLUMNS.length);
  });

  it('every column has a header in both languages', () => {
    for (const key of COLUMN_KEYS)
      for (const language of ['en', 'nl'] as const)
        expect(i18nFor(language).t.table.columns[key as Column['key']]).toMatch(/\S/);
  });

  it('writes each field of a record in its column', () => {
    const source: SourceMeta = {
      id: 'src-marker',
      file: 'src-marker.txt',
      language: 'nl',
      published: '2022-05',
      summary: 'x',
    };
    const record = makeRecord({
      id: 'marker-record',
      kind: 'approval',
      donors: ['DE'],
      recipient: 'PL',
      date: onDay('2022-05-17'),
      amount: usd(123e6),
      items: [{ category: 'other', name: 'marker item' }],
      sources: [{ id: 'src-marker', excerpt: 'marker excerpt', translation: 'marker translation' }],
      note: 'marker note',
      partOf: 'marker-parent',
    });
    const context = contextFor('en', [source]);
    const text = (key: string) => column(key).text(record, context);
    expect(text('id')).toBe('marker-record');
    expect(text('date')).toBe('17 May 2022');
    expect(text('donors')).toBe('Germany');
    expect(text('kind')).toBe('Approval');
    expect(text('recipient')).toBe('Poland');
    expect(text('amount')).toBe('123,000,000 USD');
    expect(text('usd')).toBe('$123M');
    expect(text('items')).toBe('marker item');
    expect(text('excerpt')).toBe('marker excerpt');
    expect(text('translation')).toBe('marker translation');
    expect(text('source')).toBe('May 2022 (src-marker)');
    expect(text('note')).toBe('marker note');
    expect(text('partOf')).toBe('marker-parent');
  });

  it('leaves a cell empty where the record has no value', () => {
    const record = makeRecord({ amount: null });
    for (const key of ['amount', 'usd', 'note', 'partOf', 'items'])
      expect(column(key).text(record, en)).toBe('');
  });
});

describe('sortRecords', () => {
  it.each<[string, Partial<Announcement>[]]>([
    ['id', [{ id: 'c-id' }, { id: 'a-id' }, { id: 'b-id' }]],
    [
      'date',
      [{ date: onDay('2022-05-01') }, { date: onDay('2021-01-01') }, { date: onDay('2023-01-01') }],
    ],
    ['donors', [{ donors: ['US'] }, { donors: ['DE'] }, { donors: ['GB'] }]],
    ['kind', [{ kind: 'refusal' }, { kind: 'approval' }, { kind: 'delivery' }]],
    ['usd', [{ amount: usd(5e6) }, { amount: usd(1e6) }, { amount: usd(3e6) }]],
    ['note', [{ note: 'gamma' }, { note: 'alpha' }, { note: 'beta' }]],
  ])('descending is ascending reversed when the %s values differ', (key, overrides) => {
    const records = overrides.map((o) => makeRecord(o));
    const up = sortRecords(records, column(key), 'ascending', en);
    const down = sortRecords(records, column(key), 'descending', en);
    expect(ids(up)).not.toEqual(ids(records));
    expect(ids(down)).toEqual(ids(up).reverse());
  });

  it('puts records without a value last, in both directions', () => {
    const withAmount = [usd(2e6), usd(9e6), usd(1e6)].map((amount) => makeRecord({ amount }));
    const without = [makeRecord({ amount: null }), makeRecord({ amount: null })];
    const records = [without[0]!, ...withAmount, without[1]!];
    for (const key of ['amount', 'usd'])
      for (const direction of ['ascending', 'descending'] as const) {
        const sorted = sortRecords(records, column(key), direction, en);
        expect(sorted.slice(-2)).toEqual(expect.arrayContaining(without));
        expect(sorted.slice(0, 3)).toEqual(expect.arrayContaining(withAmount));
      }
  });

  it('puts records without a note or a parent last, in both directions', () => {
    const noted = [
      makeRecord({ note: 'b', partOf: 'p-b' }),
      makeRecord({ note: 'a', partOf: 'p-a' }),
    ];
    const bare = makeRecord();
    const records = [bare, ...noted];
    for (const key of ['note', 'partOf'])
      for (const direction of ['ascending', 'descending'] as const)
        expect(sortRecords(records, column(key), direction, en).at(-1)).toBe(bare);
  });

  it('sorts dollars as numbers, not as text', () => {
    // As text "2000000000" < "350000000" < "9000000"; as numbers the other way round.
    const [billions, millions350, millions9] = [2e9, 350e6, 9e6].map((v) =>
      makeRecord({ amount: usd(v) }),
    );
    const records = [billions!, millions350!, millions9!];
    expect(sortRecords(records, column('usd'), 'ascending', en)).toEqual([
      millions9,
      millions350,
      billions,
    ]);
    expect(sortRecords(records, column('amount'), 'ascending', en)).toEqual([
      millions9,
      millions350,
      billions,
    ]);
  });

  it('sorts euro amounts by their dollars at the month’s rate', () => {
    expect(marchRate.usdPerUnit).toBeGreaterThan(240 / 221);
    const march = onDay('2022-03-15');
    // 221 million euros is more than 240 million dollars at March 2022's rate.
    const euros = makeRecord({
      id: 'eur-221m',
      date: march,
      amount: { value: 221e6, currency: 'EUR' },
    });
    const low = makeRecord({ id: 'usd-240m', date: march, amount: usd(240e6) });
    const high = makeRecord({ id: 'usd-250m', date: march, amount: usd(250e6) });
    // No rate for 2019: the euros cannot be converted and have no dollars.
    const unconverted = makeRecord({
      id: 'eur-no-rate',
      date: onDay('2019-01-01'),
      amount: { value: 1e6, currency: 'EUR' },
    });
    const sorted = sortRecords([high, unconverted, euros, low], column('usd'), 'ascending', en);
    expect(ids(sorted)).toEqual(['usd-240m', 'eur-221m', 'usd-250m', 'eur-no-rate']);
  });

  it('breaks ties by date, then by id, the same way whatever order the records come in', () => {
    const tied = [
      makeRecord({ id: 'tie-b', donors: ['GB'], date: onDay('2022-02-01') }),
      makeRecord({ id: 'tie-a', donors: ['GB'], date: onDay('2022-02-01') }),
      makeRecord({ id: 'tie-late', donors: ['GB'], date: onDay('2022-06-01') }),
      makeRecord({ id: 'tie-early', donors: ['GB'], date: onDay('2021-06-01') }),
    ];
    const other = makeRecord({ id: 'other', donors: ['DE'], date: onDay('2023-01-01') });
    const expectedTies = ['tie-early', 'tie-a', 'tie-b', 'tie-late'];
    const orders = [
      [...tied, other],
      [other, ...tied].reverse(),
      [tied[2]!, other, tied[0]!, tied[3]!, tied[1]!],
    ];
    for (const records of orders) {
      // Germany before the United Kingdom; the Kingdom's records by date, then id.
      expect(ids(sortRecords(records, column('donors'), 'ascending', en))).toEqual([
        'other',
        ...expectedTies,
      ]);
      // Descending reverses the donors, not the order within a tie.
      expect(ids(sortRecords(records, column('donors'), 'descending', en))).toEqual([
        ...expectedTies,
        'other',
      ]);
    }
  });

  it('does not change the records it is given', () => {
    const records = [makeRecord({ amount: usd(2) }), makeRecord({ amount: usd(1) })];
    const before = [...records];
    sortRecords(records, column('usd'), 'ascending', en);
    expect(records).toEqual(before);
  });

  it('compares text in the reader’s language: case and accents do not push a word to the end', () => {
    const notes = ['banana', 'Éclair', 'Apple', 'date', 'fig'];
    const records = notes.map((note) => makeRecord({ note }));
    const sorted = sortRecords(records, column('note'), 'ascending', en);
    expect(sorted.map((r) => r.note)).toEqual(['Apple', 'banana', 'date', 'Éclair', 'fig']);
  });

  it('sorts donors by their Dutch names in Dutch', () => {
    const records = ['US', 'SE', 'DE', 'NL', 'DK'].map((code) => makeRecord({ donors: [code] }));
    const names = (context: ColumnContext) =>
      sortRecords(records, column('donors'), 'ascending', context).map((r) =>
        column('donors').text(r, context),
      );
    expect(names(en)).toEqual(['Denmark', 'Germany', 'Netherlands', 'Sweden', 'United States']);
    // Sweden is Zweden in Dutch: it moves after the United States (Verenigde Staten).
    expect(names(nl)).toEqual([
      'Denemarken',
      'Duitsland',
      'Nederland',
      'Verenigde Staten',
      'Zweden',
    ]);
  });

  it('sorts articles by when they were published, not by their id', () => {
    const sources: SourceMeta[] = [
      { id: 'a-late', file: 'a.txt', language: 'nl', published: '2023-02', summary: 'x' },
      { id: 'b-early', file: 'b.txt', language: 'nl', published: '2022-01', summary: 'x' },
    ];
    const late = makeRecord({ sources: [{ id: 'a-late', excerpt: 'x', translation: 'x' }] });
    const early = makeRecord({ sources: [{ id: 'b-early', excerpt: 'x', translation: 'x' }] });
    const context = contextFor('en', sources);
    expect(sortRecords([late, early], column('source'), 'ascending', context)).toEqual([
      early,
      late,
    ]);
  });
});

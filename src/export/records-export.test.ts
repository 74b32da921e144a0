import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvToDataset } from '../data/csv';
import { CSV_COLUMNS } from '../data/csv-columns';
import { parseCsv } from '../data/csv-parse';
import type { Announcement, Dataset, SourceMeta } from '../data/schema';
import { noteReferences } from '../data/note-references';
import { validateDataset } from '../data/validate';
import { makeRecord, usd } from '../test/make-record';
import { createRateIndex } from '../data/rates';
import { toUsd } from '../transforms/to-usd';
import { AMOUNT_USD_NOTE, exportFileName, recordsToCsv, recordsToJson } from './records-export';

const dataset = JSON.parse(readFileSync('data/announcements.json', 'utf8')) as Dataset;
const rates = createRateIndex(dataset.exchangeRates);

/** The CSV read back by the page's own importer and validator, which must find no problem. */
function readBack(csv: string, sources: readonly SourceMeta[] = dataset.sources) {
  const read = csvToDataset(csv, dataset.exchangeRates);
  expect(read.problems).toEqual([]);
  const result = validateDataset(read.raw, new Map(), { requireTexts: false });
  expect(result.problems).toEqual([]);
  for (const source of result.dataset!.sources)
    expect(source.published).toBe(sources.find((s) => s.id === source.id)!.published);
  return result.dataset!.announcements;
}

/** Every cell of a CSV, header included. */
function cellsOf(csv: string): string[][] {
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new Error(parsed.message);
  return [parsed.header, ...parsed.rows.map((row) => row.cells)];
}

const testSources: SourceMeta[] = ['src-a', 'src-b', 'src-c', 'src-d', 'src-e'].map((id) => ({
  id,
  file: `${id}.txt`,
  language: 'nl',
  published: '2022-03',
  summary: 'x',
}));

/** Records whose text a spreadsheet or a naive CSV writer would mangle. */
const awkward: Announcement[] = [
  makeRecord({
    id: 'awkward-formula',
    amount: usd(350e6),
    note: '=HYPERLINK("http://x","click"), then "quotes", commas\nand a new line',
    items: [
      { category: 'other', name: '-minus; and a semicolon = sign' },
      { category: 'troops', unit: 'troops' },
      { category: 'anti-tank', quantity: 17000, unit: 'pieces', name: 'Javelin' },
    ],
    sources: [
      {
        id: 'src-a',
        excerpt: '=1+1 keurde 350 miljoen dollar goed, 17.000 “Javelins”; komma’s',
        translation: '+plus, Київ, ë, 北京',
      },
    ],
  }),
  makeRecord({
    id: 'awkward-at',
    amount: { value: 2.5e6, currency: 'EUR' },
    date: { start: '2022-03-01', end: '2022-03-31', precision: 'month', basis: 'inferred' },
    note: '@mention',
    partOf: 'awkward-formula',
    sources: [
      { id: 'src-a', excerpt: '-2,5 miljoen euro', translation: "'=already guarded" },
      { id: 'src-b', excerpt: 'Tweede\r\nregel', translation: '\tindented' },
      { id: 'src-c', excerpt: 'Київ "quoted"', translation: 'Kyiv "quoted"' },
      { id: 'src-d', excerpt: 'd', translation: "'plain apostrophe" },
      { id: 'src-e', excerpt: 'e', translation: 'e' },
    ],
  }),
  makeRecord({
    id: 'awkward-no-currency',
    amount: { value: 40, currency: null },
    sources: [{ id: 'src-e', excerpt: '40 stuks', translation: '40 pieces' }],
  }),
];

describe('recordsToCsv', () => {
  const csv = recordsToCsv(dataset.announcements, rates, dataset.sources);

  it('is UTF-8 with a byte-order mark, CRLF lines and a header row', () => {
    expect(csv.startsWith('\uFEFFid,kind,donors,recipient,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/\n(?=[a-z0-9-]+,)/);
    expect(cellsOf(csv)).toHaveLength(dataset.announcements.length + 1);
  });

  it('has the import’s columns in order, amount_usd after the currency, excerpts as needed', () => {
    const imported = CSV_COLUMNS.map((c) => c.replace('*', ''));
    const at = imported.indexOf('amount_currency') + 1;
    const most = Math.max(...dataset.announcements.map((r) => r.sources.length));
    expect(most).toBeGreaterThan(1);
    const extra = Array.from({ length: most - 1 }, (_, i) =>
      ['source', 'source_published', 'excerpt', 'translation'].map((c) => `${c}_${i + 2}`),
    ).flat();
    expect(cellsOf(csv)[0]).toEqual([
      ...imported.slice(0, at),
      'amount_usd',
      ...imported.slice(at),
      ...extra,
    ]);
  });

  it('reads back, through the page’s own importer, as exactly the 38 records written', () => {
    expect(dataset.announcements).toHaveLength(38);
    expect(readBack(csv)).toEqual(dataset.announcements);
  });

  it('carries the dollars, to the cent, and nothing where there are none', () => {
    const [header, ...rows] = cellsOf(csv);
    const column = header!.indexOf('amount_usd');
    const byId = new Map(rows.map((cells) => [cells[0], cells[column]]));
    for (const record of dataset.announcements) {
      const value = toUsd(record, rates);
      expect(byId.get(record.id)).toBe(value === null ? '' : String(Math.round(value * 100) / 100));
    }
    expect([...byId.values()]).toContain('');
  });

  it('keeps awkward text intact: formulas, quotes, commas, line breaks, other scripts', () => {
    const text = recordsToCsv(awkward, rates, testSources);
    expect(text).toContain('"\'=HYPERLINK(""http://x"",""click""), then ""quotes""');
    expect(text).toContain('other=-minus\\; and a semicolon = sign; troops::troops;');
    expect(readBack(text, testSources)).toEqual(awkward);
  });

  it('never lets a cell start a formula', () => {
    for (const text of [csv, recordsToCsv(awkward, rates, testSources)])
      for (const cells of cellsOf(text))
        for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('guards a formula behind a line feed, spaces, a tab or a carriage return, and reads it back', () => {
    const hidden = ['\n=1+1', '  =HYPERLINK("x")', '\t+1', '\r-1', ' \n @SUM(A1)', '   plain'];
    const records = hidden.map((note, i) =>
      makeRecord({
        id: `hidden-${i}`,
        note,
        sources: [{ id: 'src-a', excerpt: 'x', translation: 'x' }],
      }),
    );
    const text = recordsToCsv(records, rates, testSources);
    const column = cellsOf(text)[0]!.indexOf('note');
    for (const cells of cellsOf(text).slice(1)) expect(cells[column]).toMatch(/^'\s/);
    expect(readBack(text, testSources)).toEqual(records);
  });

  it('writes at most nine excerpts, the most the import reads', () => {
    const many = makeRecord({
      sources: Array.from({ length: 12 }, (_, i) => ({
        id: 's',
        excerpt: `e${i}`,
        translation: 't',
      })),
    });
    const header = cellsOf(recordsToCsv([many], rates, []))[0]!;
    expect(header).toContain('excerpt_9');
    expect(header).not.toContain('excerpt_10');
  });

  it('is a header row alone when there are no records', () => {
    const text = recordsToCsv([], rates, []);
    expect(cellsOf(text)).toHaveLength(1);
    expect(readBack(text)).toEqual([]);
  });
});

describe('recordsToJson', () => {
  const some = [...dataset.announcements.slice(0, 3), ...awkward];
  const input = {
    records: some,
    rates,
    sources: [...dataset.sources, ...testSources],
    exchangeRates: dataset.exchangeRates,
    title: 'Military aid to Ukraine',
    sourceLine: 'Source: five Dutch news articles',
    url: 'http://127.0.0.1/?donor=US',
    exportedAt: '2026-11-23T10:00:00.000Z',
  };
  const text = recordsToJson(input);
  const json = JSON.parse(text) as Record<string, unknown>;

  it('is indented by two spaces', () => {
    expect(text.startsWith('{\n  "schemaVersion": 1,')).toBe(true);
  });

  it('says what it is, where it comes from and when it was taken', () => {
    expect(json).toMatchObject({
      schemaVersion: 1,
      export: {
        title: input.title,
        source: input.sourceLine,
        url: input.url,
        exportedAt: input.exportedAt,
        amountUsd: AMOUNT_USD_NOTE,
      },
      exchangeRates: dataset.exchangeRates,
    });
  });

  it('has every field of every record, plus its dollars or null', () => {
    expect(json.announcements).toEqual(
      some.map((r) => {
        const usd = toUsd(r, rates);
        return { ...r, amountUsd: usd === null ? null : Math.round(usd * 100) / 100 };
      }),
    );
    const amounts = (json.announcements as Array<{ amountUsd: unknown }>).map((r) => r.amountUsd);
    expect(amounts).toContain(null);
    expect(amounts).toContain(350e6);
  });

  it('lists only the sources the records cite', () => {
    const cited = new Set(some.flatMap((r) => r.sources.map((s) => s.id)));
    expect(json.sources).toEqual(input.sources.filter((s) => cited.has(s.id)));
    expect((json.sources as unknown[]).length).toBeLessThan(input.sources.length);
  });

  it('loads back through the validator as the same records, the computed dollars set aside', () => {
    const result = validateDataset(json, new Map(), { requireTexts: false });
    expect(result.problems).toEqual([]);
    expect(result.dataset!.announcements).toEqual(some);
  });

  it('a computed field that is not a number is reported, not set aside', () => {
    const bad = structuredClone(json) as { announcements: Array<Record<string, unknown>> };
    bad.announcements[0]!.amountUsd = 'lots';
    const result = validateDataset(bad, new Map(), { requireTexts: false });
    expect(result.problems.map((p) => p.message).join()).toMatch(/amountUsd/);
    expect(result.rejected).toBe(1);
  });
});

describe('exportFileName', () => {
  it.each([
    ['ukraine-aid-records', 'csv', '2026-11-23', 'ukraine-aid-records-2026-11-23.csv'],
    ['Ukraine aid: records!', 'csv', '2026-11-23', 'ukraine-aid-records-2026-11-23.csv'],
    ['../../etc/passwd', 'svg', '2026-11-23', 'etc-passwd-2026-11-23.svg'],
    ['Київ', '.PNG', '2026-11-23', 'export-2026-11-23.png'],
    ['Timeline', 'json', '2026-11-23T10:00', 'timeline-2026-11-23t10-00.json'],
  ])('%j, %j, %j → %j', (base, ext, date, expected) => {
    expect(exportFileName(base, ext, date)).toBe(expected);
  });
});

describe('a download of part of the dataset', () => {
  // The refusals' notes name an intent and a request that a download of the refusals alone (the
  // table filtered to kind=refusal) leaves out; the download must load back all the same.
  const refusals = dataset.announcements.filter((r) => r.kind === 'refusal');
  const texts = new Map(dataset.sources.map((s) => [s.id, readFileSync(`data/${s.file}`, 'utf8')]));

  it('holds notes that name records it leaves out', () => {
    const ids = new Set(refusals.map((r) => r.id));
    const named = refusals.flatMap((r) => noteReferences(r.note ?? '', ids).map((ref) => ref.id));
    expect(named.filter((id) => !ids.has(id))).toContain('nl-intent-defensive-weapons');
  });

  it('loads back as CSV through the page’s importer', () => {
    expect(readBack(recordsToCsv(refusals, rates, dataset.sources))).toEqual(refusals);
  });

  it('loads back as JSON, in the page and in npm run validate-data', () => {
    const json = JSON.parse(
      recordsToJson({
        records: refusals,
        rates,
        sources: dataset.sources,
        exchangeRates: dataset.exchangeRates,
        title: 'Military aid to Ukraine',
        sourceLine: 'Source: five Dutch news articles',
        url: 'http://127.0.0.1/?kind=refusal',
        exportedAt: '2026-11-23T10:00:00.000Z',
      }),
    ) as unknown;
    for (const options of [{ requireTexts: false }, { requireTexts: true }]) {
      const result = validateDataset(json, texts, options);
      expect(result.problems).toEqual([]);
      expect(result.dataset!.announcements).toEqual(refusals);
    }
  });
});

describe('a download of the deliveries alone (parts whose packages are left out)', () => {
  const deliveries = dataset.announcements.filter((r) => r.kind === 'delivery');
  const ids = new Set(deliveries.map((r) => r.id));
  const texts = new Map(dataset.sources.map((s) => [s.id, readFileSync(`data/${s.file}`, 'utf8')]));

  it('holds a part-delivery whose package it leaves out', () => {
    expect(deliveries.some((r) => r.partOf !== undefined && !ids.has(r.partOf))).toBe(true);
  });

  it('loads back as CSV and as JSON, every part kept', () => {
    expect(readBack(recordsToCsv(deliveries, rates, dataset.sources))).toEqual(deliveries);
    const json = JSON.parse(
      recordsToJson({
        records: deliveries,
        rates,
        sources: dataset.sources,
        exchangeRates: dataset.exchangeRates,
        title: 'Military aid to Ukraine',
        sourceLine: 'Source: five Dutch news articles',
        url: 'http://127.0.0.1/?kind=delivery',
        exportedAt: '2026-11-23T10:00:00.000Z',
      }),
    ) as unknown;
    const result = validateDataset(json, texts, { requireTexts: true });
    expect(result.problems).toEqual([]);
    expect(result.dataset!.announcements).toEqual(deliveries);
  });

  it('is still refused by npm run validate-data as a whole dataset', () => {
    const whole = { ...dataset, announcements: deliveries };
    const result = validateDataset(whole, texts, { requireTexts: true });
    expect(result.problems.some((p) => p.path.endsWith('.partOf'))).toBe(true);
  });
});

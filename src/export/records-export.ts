import { GUARDED_CELL } from '../data/csv-cells';
import { CSV_COLUMNS, type COMPUTED_CSV_COLUMNS } from '../data/csv-columns';
import type { Announcement, ExchangeRate, Item, SourceMeta } from '../data/schema';
import { toUsd } from '../transforms/to-usd';

// What a journalist downloads of the records in view. The CSV uses the import's own columns, so
// a downloaded file loads back into the page unchanged (records-export.test.ts holds it to that).

const AMOUNT_USD: (typeof COMPUTED_CSV_COLUMNS)[number] = 'amount_usd';
/** The import reads at most nine excerpts per record: source, source_2, …, source_9. */
const MAX_SOURCES = 9;

/** The import's columns, in order, with the computed dollars right after the currency. */
function csvHeader(sourceCount: number): string[] {
  const base = CSV_COLUMNS.map((column) => column.replace('*', ''));
  const at = base.indexOf('amount_currency') + 1;
  const header = [...base.slice(0, at), AMOUNT_USD, ...base.slice(at)];
  for (let n = 2; n <= sourceCount; n++)
    header.push(`source_${n}`, `source_published_${n}`, `excerpt_${n}`, `translation_${n}`);
  return header;
}

/**
 * An item in the import's syntax, `category[:quantity[:unit]][=name]`: `anti-tank:17000:pieces=
 * Javelin`. A unit without a quantity is `category::unit`; a `;` in a name is written `\;`.
 */
function itemCell(item: Item): string {
  const quantity = item.quantity === undefined ? '' : String(item.quantity);
  const spec = item.unit
    ? `${item.category}:${quantity}:${item.unit}`
    : quantity
      ? `${item.category}:${quantity}`
      : item.category;
  return item.name ? `${spec}=${item.name.replaceAll(';', '\\;')}` : spec;
}

/**
 * A cell for a spreadsheet: an apostrophe before a leading = + - @ or white space (a
 * spreadsheet may skip white space before a formula sign) so it is never run as a formula (also
 * before apostrophes already there, so the import's one-apostrophe undo is exact), then quoted
 * as RFC 4180 asks when it holds a comma, quote, CR or LF.
 */
export function csvCell(value: string): string {
  const guarded = GUARDED_CELL.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** Dollars to the cent, as a plain number the import and spreadsheets read; empty when none. */
function usdCell(usd: number | null): string {
  return usd === null ? '' : String(Math.round(usd * 100) / 100);
}

/** One record's cells by column name; its n-th excerpt goes in the `_n` columns. */
function recordCells(
  record: Announcement,
  rates: ReadonlyMap<string, ExchangeRate>,
  published: ReadonlyMap<string, string>,
): Map<string, string> {
  const cells = new Map<string, string>([
    ['id', record.id],
    ['kind', record.kind],
    ['donors', record.donors.join(';')],
    ['recipient', record.recipient],
    ['date_start', record.date.start],
    ['date_end', record.date.end],
    ['date_precision', record.date.precision],
    ['date_basis', record.date.basis],
    ['amount_value', record.amount ? String(record.amount.value) : ''],
    ['amount_currency', record.amount?.currency ?? ''],
    [AMOUNT_USD, usdCell(toUsd(record, rates))],
    ['items', record.items.map(itemCell).join('; ')],
    ['part_of', record.partOf ?? ''],
    ['note', record.note ?? ''],
  ]);
  record.sources.slice(0, MAX_SOURCES).forEach((ref, i) => {
    const suffix = i === 0 ? '' : `_${i + 1}`;
    cells.set(`source${suffix}`, ref.id);
    cells.set(`source_published${suffix}`, published.get(ref.id) ?? '');
    cells.set(`excerpt${suffix}`, ref.excerpt);
    cells.set(`translation${suffix}`, ref.translation);
  });
  return cells;
}

/**
 * The records as the CSV a journalist downloads: UTF-8 with a byte-order mark (so Excel reads
 * the accents), CRLF line ends, a header row, the import's columns (with as many `_n` excerpt
 * columns as the records need, up to 9) plus `amount_usd` after `amount_currency`. Fed back to
 * the import, it gives the same records.
 */
export function recordsToCsv(
  records: readonly Announcement[],
  rates: ReadonlyMap<string, ExchangeRate>,
  sources: readonly SourceMeta[],
): string {
  const published = new Map(sources.map((source) => [source.id, source.published]));
  // A loop, not Math.max(...records): a spread of 100,000 arguments overflows the stack.
  let sourceCount = 1;
  for (const record of records)
    sourceCount = Math.min(MAX_SOURCES, Math.max(sourceCount, record.sources.length));
  const header = csvHeader(sourceCount);
  const rows = records.map((record) => {
    const cells = recordCells(record, rates, published);
    return header.map((column) => cells.get(column) ?? '');
  });
  return csvDocument(header, rows);
}

/**
 * A CSV file as every download of the app writes it: UTF-8 with a byte-order mark (so Excel
 * reads the accents), a header row, CRLF line ends, each cell through `csvCell` (quoted as RFC
 * 4180 asks, a formula sign defused). Rows are given as plain text, cell by cell.
 */
export function csvDocument(header: readonly string[], rows: Iterable<readonly string[]>): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** What the JSON download is made of. */
export interface JsonExportInput {
  records: readonly Announcement[];
  rates: ReadonlyMap<string, ExchangeRate>;
  /** Every source of the dataset; only those the records cite are written. */
  sources: readonly SourceMeta[];
  /** The rates the dollars were computed at, written so a reader can check them. */
  exchangeRates: readonly ExchangeRate[];
  title: string;
  /** The credit line ("Source: …"), written as `source`. */
  sourceLine: string;
  /** The address of the view the records come from (it restores the view); null for a file. */
  url: string | null;
  /** When the file was made, ISO 8601. */
  exportedAt: string;
}

/**
 * The records as a dataset in the contract's format, pretty-printed, that the app (and
 * `npm run validate-data` without texts) loads back: `schemaVersion`, the sources the records
 * cite, the exchange rates and the records, each with its computed `amountUsd` (null when not
 * convertible), plus an `export` block saying where and when it was taken. On loading,
 * `amountUsd` and `export` are recognised as computed and set aside, never trusted.
 */
export function recordsToJson(input: JsonExportInput): string {
  const cited = new Set(input.records.flatMap((record) => record.sources.map((ref) => ref.id)));
  const document = {
    schemaVersion: 1,
    export: {
      title: input.title,
      source: input.sourceLine,
      url: input.url,
      exportedAt: input.exportedAt,
      amountUsd: AMOUNT_USD_NOTE,
    },
    sources: input.sources.filter((source) => cited.has(source.id)),
    exchangeRates: input.exchangeRates,
    announcements: input.records.map((record) => ({
      ...record,
      amountUsd: toCents(toUsd(record, input.rates)),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Dollars to the cent: 221M EUR × 1.1019 is 243519900, not 243519900.00000003. */
function toCents(usd: number | null): number | null {
  return usd === null ? null : Math.round(usd * 100) / 100;
}

/** What `amountUsd` is, written into every JSON download. */
export const AMOUNT_USD_NOTE =
  'computed by the app: the amount in US dollars at the exchange rate listed for its currency and the month of the event; null when there is no amount, no currency printed or no rate. Records of kind "cumulative" are running totals: never add them to the others';

/**
 * A safe, dated file name: `exportFileName('Ukraine aid records', 'csv', '2026-11-23')` is
 * `ukraine-aid-records-2026-11-23.csv`. Anything but ASCII letters and digits becomes a hyphen.
 */
export function exportFileName(base: string, ext: string, date: string): string {
  const kebab = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const stem = [kebab(base) || 'export', kebab(date)].filter(Boolean).join('-');
  return `${stem}.${kebab(ext) || 'txt'}`;
}

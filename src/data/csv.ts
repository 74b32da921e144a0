import { exactDecimal } from './parse-json';
import type { Problem } from './validate';
import { isolate } from './bidi';

/** A CSV file read into rows of cells, or where it stops making sense. */
export type CsvParse =
  | { ok: true; header: string[]; rows: Array<{ line: number; cells: string[] }> }
  | { ok: false; line: number; message: string };

/**
 * Reads CSV as RFC 4180 writes it (and spreadsheets export it): comma-separated, fields with
 * commas, quotes or line breaks in double quotes, "" for a quote inside one, CRLF or LF line
 * ends, an optional UTF-8 byte-order mark. Blank lines are skipped. Each row keeps the line it
 * starts on, for messages. `delimiter` is `;` for what Excel writes in much of Europe, a tab for
 * its "Unicode text".
 */
export function parseCsv(text: string, delimiter: ',' | ';' | '\t' = ','): CsvParse {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let touched = false;
  let closed = false;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '' || touched) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
    touched = false;
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
          closed = true;
        }
      } else {
        if (c === '\n') line++;
        cell += c;
      }
      continue;
    }
    if (closed && c !== delimiter && c !== '\n' && c !== '\r')
      return {
        ok: false,
        line,
        message: `text after a closing quote; a quoted field must end at the ${delimiter === ',' ? 'comma' : delimiter === ';' ? 'semicolon' : 'tab'}`,
      };
    closed = false;
    if (c === '"') {
      if (cell !== '')
        return {
          ok: false,
          line,
          message:
            'a quote inside an unquoted field; put the whole field in quotes and double the quote ("")',
        };
      quoted = true;
      quoteLine = line;
      touched = true;
    } else if (c === delimiter) {
      cells.push(cell);
      cell = '';
      touched = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      cell += c;
    }
  }
  if (quoted) return { ok: false, line: quoteLine, message: 'a quoted field is never closed' };
  if (cell !== '' || cells.length > 0 || touched) endRow();
  const [first, ...rest] = rows;
  if (!first) return { ok: false, line: 1, message: 'the file has no header row' };
  return { ok: true, header: first.cells.map((h) => h.trim()), rows: rest };
}

/** Columns of the CSV format, in order. `*` marks the required ones. See README, "Your own data". */
export const CSV_COLUMNS = [
  'id*',
  'kind*',
  'donors*',
  'recipient*',
  'date_start*',
  'date_end*',
  'date_precision*',
  'date_basis*',
  'amount_value',
  'amount_currency',
  'items',
  'source*',
  'source_published*',
  'excerpt*',
  'translation*',
  'part_of',
  'note',
] as const;

/**
 * Columns the app's own CSV download adds (`amount_usd`: the amount in US dollars at the shipped
 * rates). Accepted, so a downloaded file loads again, and ignored: dollars are always computed,
 * never read (a stale or edited figure in the file must not win over the rates).
 */
export const COMPUTED_CSV_COLUMNS = ['amount_usd'] as const;

const REQUIRED = CSV_COLUMNS.filter((c) => c.endsWith('*')).map((c) => c.slice(0, -1));
const KNOWN = new Set<string>([
  ...CSV_COLUMNS.map((c) => c.replace('*', '')),
  ...COMPUTED_CSV_COLUMNS,
]);

/**
 * Cells the CSV download puts an apostrophe before, the usual guard against a spreadsheet
 * running a cell as a formula (OWASP's CSV injection advice): those starting with = + - @, or
 * with white space (tab, carriage return, line feed, spaces), which a spreadsheet may skip
 * before such a sign. Also cells that already begin with apostrophes before one of these, so
 * the import's one-apostrophe undo is exact. White space after the guard also survives the
 * import's trimming of cells.
 */
export const GUARDED_CELL = /^'*[=+\-@\s]/;

/** A cell less the apostrophe the CSV download put before it (see GUARDED_CELL). */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") && GUARDED_CELL.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/**
 * The separator of a CSV file: a comma, or, when the header row has no comma but splits at
 * semicolons (Excel in much of Europe) or tabs (Excel's "Unicode text") into the import's own
 * column names, that character. Unambiguous: a header of known names has no `;` or tab in it.
 */
export function csvDelimiter(text: string): ',' | ';' | '\t' {
  const header = (/^\uFEFF?([^\r\n]*)/.exec(text)?.[1] ?? '').replaceAll('"', '');
  if (header.includes(',')) return ',';
  for (const delimiter of [';', '\t'] as const) {
    const names = header.split(delimiter).map((h) => h.trim());
    if (names.length > 1 && names.every((h) => KNOWN.has(h) || EXTRA_SOURCE.test(h)))
      return delimiter;
  }
  return ',';
}

/** Further excerpts of a record: source_2, source_published_2, excerpt_2, translation_2, …_3. */
const EXTRA_SOURCE = /^(source|source_published|excerpt|translation)_([2-9])$/;

/** What a CSV becomes: the dataset's JSON shape for the validator, and problems found on the way. */
export interface CsvDataset {
  /** The envelope the validator takes; null when the columns make the file unusable. */
  raw: {
    schemaVersion: 1;
    sources: unknown[];
    exchangeRates: unknown[];
    announcements: unknown[];
  } | null;
  problems: Problem[];
  /** Rows rejected here (a cell that cannot be read); the validator counts the rest. */
  rejected: number;
}

/**
 * Turns CSV text into the contract's JSON shape, one record per row. Cells are read strictly:
 * a number with a thousands separator or a currency sign is not guessed at but reported, with
 * what to write instead. The exchange rates are the caller's (the shipped table).
 */
export function csvToDataset(text: string, exchangeRates: readonly unknown[]): CsvDataset {
  const parsed = parseCsv(text, csvDelimiter(text));
  if (!parsed.ok)
    return {
      raw: null,
      rejected: 0,
      problems: [
        {
          recordId: null,
          path: `line ${parsed.line}`,
          message: `malformed CSV: ${parsed.message}`,
        },
      ],
    };
  const { header, rows } = parsed;
  const fileProblems: Problem[] = [];
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length > 0)
    fileProblems.push({
      recordId: null,
      path: 'header',
      message: `missing column(s): ${missing.join(', ')}`,
    });
  const unknown = header.filter((h) => !KNOWN.has(h) && !EXTRA_SOURCE.test(h));
  if (unknown.length > 0)
    fileProblems.push({
      recordId: null,
      path: 'header',
      message: `unknown column(s): ${unknown.map(isolate).join(', ')} (the columns are listed in the README, "Your own data")`,
    });
  const seen = new Set<string>();
  for (const h of header) {
    if (seen.has(h))
      fileProblems.push({
        recordId: null,
        path: 'header',
        message: `column "${isolate(h)}" appears twice`,
      });
    seen.add(h);
  }
  if (fileProblems.length > 0) return { raw: null, rejected: 0, problems: fileProblems };

  const problems: Problem[] = [];
  const sources = new Map<string, { published: string; firstLine: number }>();
  const announcements: unknown[] = [];
  let rejected = 0;
  for (const { line, cells } of rows) {
    const get = (column: string) => unguardCell((cells[header.indexOf(column)] ?? '').trim());
    const id = get('id') || `line ${line}`;
    const rowProblems: Problem[] = [];
    const fail = (path: string, message: string) =>
      rowProblems.push({ recordId: id, path: `line ${line}, ${path}`, message });
    if (cells.length !== header.length)
      fail('row', `has ${cells.length} cells but the header has ${header.length} columns`);

    const amount = readAmount(get('amount_value'), get('amount_currency'), fail);
    const items = readItems(get('items'), fail);
    const refs: Array<{ id: string; excerpt: string; translation: string }> = [];
    for (const suffix of ['', '_2', '_3', '_4', '_5', '_6', '_7', '_8', '_9']) {
      if (suffix && !header.includes(`source${suffix}`)) continue;
      const ref = {
        id: get(`source${suffix}`),
        excerpt: get(`excerpt${suffix}`),
        translation: get(`translation${suffix}`),
      };
      if (suffix && !ref.id && !ref.excerpt && !ref.translation) continue;
      const published = get(`source_published${suffix}`);
      const known = sources.get(ref.id);
      if (ref.id && published) {
        if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(published))
          fail(
            `source_published${suffix}`,
            `"${isolate(published)}" must be a month written YYYY-MM`,
          );
        else if (known && known.published !== published)
          fail(
            `source_published${suffix}`,
            `source "${isolate(ref.id)}" was given as published ${known.published} on line ${known.firstLine}`,
          );
        else if (!known) sources.set(ref.id, { published, firstLine: line });
      } else if (ref.id && !known)
        fail(
          `source_published${suffix}`,
          `source "${isolate(ref.id)}" needs its publication month (YYYY-MM)`,
        );
      refs.push(ref);
    }
    const record: Record<string, unknown> = {
      id: get('id'),
      kind: get('kind'),
      donors: get('donors')
        .split(/[;+]/)
        .map((d) => d.trim())
        .filter(Boolean),
      recipient: get('recipient'),
      date: {
        start: get('date_start'),
        end: get('date_end'),
        precision: get('date_precision'),
        basis: get('date_basis'),
      },
      amount,
      items,
      sources: refs,
    };
    if (get('part_of')) record.partOf = get('part_of');
    if (get('note')) record.note = get('note');
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      rejected++;
    } else announcements.push(record);
  }
  const sourceList = [...sources].map(([id, { published }]) => ({
    id,
    file: `${id}.txt`,
    language: 'nl',
    published,
    summary: `Source ${id}`,
  }));
  return {
    raw: {
      schemaVersion: 1,
      sources: sourceList,
      exchangeRates: [...exchangeRates],
      announcements,
    },
    problems,
    rejected,
  };
}

const PLAIN_NUMBER = /^\d+(\.\d+)?$/;

function readNumber(
  cell: string,
  path: string,
  fail: (path: string, message: string) => void,
): number | null {
  if (PLAIN_NUMBER.test(cell)) {
    const read = String(Number(cell));
    if (exactDecimal(cell) === exactDecimal(read)) return Number(cell);
    fail(
      path,
      `"${isolate(cell)}" has more digits than a number can hold exactly (it would be read as ${read}); whole numbers are exact up to 9007199254740991, decimals to about 15 digits`,
    );
    return null;
  }
  if (/[$€£¥]|\b(USD|EUR|GBP)\b/i.test(cell))
    fail(
      path,
      `"${isolate(cell)}" has a currency in it; write the number alone (350000000) and the currency in amount_currency`,
    );
  else if (/^\d{1,3}([.,  ]\d{3})+([.,]\d+)?$/.test(cell))
    fail(
      path,
      `"${isolate(cell)}" has thousands separators; write the plain number (${cell.replace(/[.,  ](?=\d{3}\b)/g, '')})`,
    );
  else
    fail(path, `"${isolate(cell)}" is not a number; write digits only, with a point for decimals`);
  return null;
}

function readAmount(
  value: string,
  currency: string,
  fail: (path: string, message: string) => void,
) {
  if (!value) {
    if (currency)
      fail('amount_currency', `a currency (${isolate(currency)}) without an amount_value`);
    return null;
  }
  const number = readNumber(value, 'amount_value', fail);
  return number === null
    ? null
    : { value: number, currency: currency ? currency.toUpperCase() : null };
}

/**
 * `anti-tank:17000:pieces=Javelin; medical=field hospital` → items. A semicolon inside a name
 * is written `\;`.
 */
function readItems(cell: string, fail: (path: string, message: string) => void) {
  if (!cell) return [];
  return cell
    .split(/(?<!\\);/)
    .map((part) => part.replaceAll('\\;', ';').trim())
    .filter(Boolean)
    .map((part, i) => {
      const [spec = '', ...nameParts] = part.split('=');
      const [category = '', quantity, unit] = spec.split(':').map((s) => s.trim());
      const item: Record<string, unknown> = { category };
      const name = nameParts.join('=').trim();
      if (name) item.name = name;
      if (quantity) {
        const q = readNumber(quantity, `items[${i}] quantity`, fail);
        if (q !== null) item.quantity = q;
      }
      if (unit) item.unit = unit;
      return item;
    });
}

import { isolate } from './bidi';
import { inexactMessage, inexactRead } from './parse-json';

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

/** Where a cell's problem goes: the column (and item) it is in, and what is wrong. */
export type CellFail = (path: string, message: string) => void;

/** A number as a cell must hold it: digits, and a point before any decimals. */
const PLAIN_NUMBER = /^\d+(\.\d+)?$/;

/** A cell's number, or null with the reason (a currency sign, thousands separators…) sent to `fail`. */
function readNumber(cell: string, path: string, fail: CellFail): number | null {
  if (PLAIN_NUMBER.test(cell)) {
    const read = inexactRead(cell);
    if (read === null) return Number(cell);
    fail(path, `"${isolate(cell)}" ${inexactMessage(read)}`);
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

/** `amount_value` and `amount_currency` → the record's amount (null when there is none). */
export function readAmount(value: string, currency: string, fail: CellFail) {
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
export function readItems(cell: string, fail: CellFail) {
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

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
export function parseCsv(
  text: string,
  delimiter: ',' | ';' | '\t' = ',',
  onRow: (at: number) => void = () => {},
): CsvParse {
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
  // Where the reading is, in characters: each row passes it on (for a progress bar).
  let i = 0;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '' || touched) rows.push({ line: rowLine, cells });
    onRow(i);
    cells = [];
    cell = '';
    touched = false;
  };
  for (; i < source.length; i++) {
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

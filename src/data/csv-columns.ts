import { isolate } from './bidi';
import { fileProblem, type Problem } from './problem';

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

/** Further excerpts of a record: source_2, source_published_2, excerpt_2, translation_2, …_3. */
const EXTRA_SOURCE = /^(source|source_published|excerpt|translation)_([2-9])$/;

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

/** What is wrong with a header row: required columns missing, unknown ones, one named twice. */
export function headerProblems(header: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length > 0)
    problems.push(fileProblem('header', `missing column(s): ${missing.join(', ')}`));
  const unknown = header.filter((h) => !KNOWN.has(h) && !EXTRA_SOURCE.test(h));
  if (unknown.length > 0)
    problems.push(
      fileProblem(
        'header',
        `unknown column(s): ${unknown.map(isolate).join(', ')} (the columns are listed in the README, "Your own data")`,
      ),
    );
  const seen = new Set<string>();
  for (const h of header) {
    if (seen.has(h)) problems.push(fileProblem('header', `column "${isolate(h)}" appears twice`));
    seen.add(h);
  }
  return problems;
}

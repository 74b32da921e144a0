import { isolate } from './bidi';
import { readAmount, readItems, unguardCell, type CellFail } from './csv-cells';
import { csvDelimiter, headerProblems } from './csv-columns';
import { parseCsv } from './csv-parse';
import { fileProblem, type Problem } from './problem';

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
export function csvToDataset(
  text: string,
  exchangeRates: readonly unknown[],
  onProgress: (done: number, total: number) => void = () => {},
): CsvDataset {
  // Half the step is splitting the text into cells (by characters), half reading the rows.
  const parsed = parseCsv(text, csvDelimiter(text), (at) => onProgress(at, text.length * 2));
  if (!parsed.ok)
    return {
      raw: null,
      rejected: 0,
      problems: [fileProblem(`line ${parsed.line}`, `malformed CSV: ${parsed.message}`)],
    };
  const { header, rows } = parsed;
  const fileProblems = headerProblems(header);
  if (fileProblems.length > 0) return { raw: null, rejected: 0, problems: fileProblems };

  const problems: Problem[] = [];
  const sources = new Map<string, { published: string; firstLine: number }>();
  const announcements: unknown[] = [];
  let rejected = 0;
  for (const [index, { line, cells }] of rows.entries()) {
    onProgress(text.length * (1 + index / rows.length), text.length * 2);
    const get = (column: string) => unguardCell((cells[header.indexOf(column)] ?? '').trim());
    const id = get('id') || `line ${line}`;
    const rowProblems: Problem[] = [];
    const fail: CellFail = (path, message) =>
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

import { isolate } from './bidi';
import type { z } from 'zod';
import { findDutchNumbers, type NumberMention } from './dutch-numbers';
import { createRateIndex, neededRate } from './rates';
import { noteReferences } from './note-references';
import { MAX_JSON_DEPTH, inexactNumber, parseJson, tooDeep } from './parse-json';
import {
  AnnouncementSchema,
  EnvelopeSchema,
  type Announcement,
  type Dataset,
  type SourceMeta,
} from './schema';

/** One thing wrong with the input: which record (null for the file as a whole), where, and what. */
export interface Problem {
  recordId: string | null;
  path: string;
  message: string;
}

/** The records that passed, and every problem found; nothing is dropped without a problem naming it. */
export interface ValidationResult {
  /** The dataset holding only the records that passed; null when the file itself is unusable. */
  dataset: Dataset | null;
  /** How many records were rejected (each has at least one problem). */
  rejected: number;
  problems: Problem[];
}

/** Texts of the articles, by source id. */
export type SourceTexts = ReadonlyMap<string, string>;

/** Formats a problem as one line: `file: record-id (json.path): what is wrong`. */
export function formatProblem(file: string, problem: Problem): string {
  return `${isolate(file)}: ${isolate(problem.recordId ?? 'dataset')} (${isolate(problem.path)}): ${problem.message}`;
}

/** Validates dataset text: JSON syntax first (with line and column), then everything else. */
export function validateDatasetText(
  text: string,
  texts: SourceTexts,
  options: ValidateOptions = {},
): ValidationResult {
  const deep = tooDeep(text);
  if (deep)
    return {
      dataset: null,
      rejected: 0,
      problems: [
        {
          recordId: null,
          path: '$',
          message: `nested more than ${MAX_JSON_DEPTH} levels deep at line ${deep.line}, column ${deep.column}; a dataset nests five (file, announcements, record, sources, excerpt)`,
        },
      ],
    };
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return {
      dataset: null,
      rejected: 0,
      problems: [
        {
          recordId: null,
          path: '$',
          message: `malformed JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.message}`,
        },
      ],
    };
  }
  const inexact = inexactNumber(text);
  if (inexact)
    return {
      dataset: null,
      rejected: 0,
      problems: [
        {
          recordId: null,
          path: '$',
          message: `the number ${inexact.written} at line ${inexact.line}, column ${inexact.column} has more digits than a number can hold exactly (it would be read as ${inexact.read}); whole numbers are exact up to 9007199254740991, decimals to about 15 digits`,
        },
      ],
    };
  return validateDataset(parsed.value, texts, options);
}

/** How strict to be about things a user's dataset may leave out. */
export interface ValidateOptions {
  /**
   * True (the shipped dataset, the CLI): every source must come with its text, and a note that
   * names a record must name one in the file (unless the file is a download, with an `export`
   * block). False (a user's own dataset): a source without text is allowed, and its excerpts
   * are shown as unverified; a note may name records the file does not hold.
   */
  requireTexts?: boolean;
  /** The latest date an event or article may carry, YYYY-MM-DD; defaults to today (UTC). */
  today?: string;
}

/**
 * The earliest date an event may carry. Russia's war on Ukraine, and the military aid this tool
 * is about, began in 2014; an earlier date in a dataset is almost always a typo (2002 for 2022).
 */
export const EARLIEST_DATE = '2014-01-01';

/**
 * A record as the app's JSON download writes it carries `amountUsd`, computed from the amount
 * and the rates; it is set aside on loading (the app computes it again), never trusted. Any
 * other value than a number or null is left for the schema to report.
 */
function withoutComputed(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || !('amountUsd' in raw)) return raw;
  const { amountUsd, ...rest } = raw as Record<string, unknown>;
  return amountUsd === null || typeof amountUsd === 'number' ? rest : raw;
}

/** Checks the schema and every cross-record rule of the data contract. */
export function validateDataset(
  raw: unknown,
  texts: SourceTexts,
  { requireTexts = true, today = new Date().toISOString().slice(0, 10) }: ValidateOptions = {},
): ValidationResult {
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    return { dataset: null, rejected: 0, problems: zodProblems(envelope.error, null, []) };
  }
  const { announcements: rawRecords, ...meta } = envelope.data;
  const problems: Problem[] = [];
  const range: DateRange = { min: EARLIEST_DATE, max: today };
  const sourceById = checkSources(meta.sources, texts, problems, requireTexts, range);
  const rates = createRateIndex(meta.exchangeRates);
  checkRateDuplicates(meta.exchangeRates, problems);

  const records: Array<{ index: number; record: Announcement }> = [];
  const rejected = new Set<number>();
  const reject = (index: number, recordId: string, path: string, message: string) => {
    problems.push({ recordId, path: `announcements[${index}]${path}`, message });
    rejected.add(index);
  };

  rawRecords.forEach((rawRecord, index) => {
    const fallbackId = recordIdOf(rawRecord) ?? `#${index + 1}`;
    const result = AnnouncementSchema.safeParse(withoutComputed(rawRecord));
    if (!result.success) {
      problems.push(...zodProblems(result.error, fallbackId, ['announcements', index]));
      rejected.add(index);
      return;
    }
    const record = result.data;
    const fail = (path: string, message: string) => reject(index, record.id, path, message);
    checkRecord(record, { sourceById, texts, rates, range }, fail);
    records.push({ index, record });
  });

  // Rules across records: ids are unique and partOf points at a package that exists.
  const firstIndexById = new Map<string, number>();
  for (const { index, record } of records) {
    const first = firstIndexById.get(record.id);
    if (first === undefined) firstIndexById.set(record.id, index);
    else reject(index, record.id, '.id', `duplicate id: already used by announcements[${first}]`);
  }
  const byId = new Map(records.map(({ record }) => [record.id, record]));
  for (const { index, record } of records) {
    if (record.partOf === undefined) continue;
    const target = byId.get(record.partOf);
    if (record.partOf === record.id)
      reject(index, record.id, '.partOf', 'a record cannot be part of itself');
    else if (!target)
      reject(
        index,
        record.id,
        '.partOf',
        `points at "${isolate(record.partOf)}", which is not a record in this file`,
      );
    else if (target.partOf !== undefined)
      reject(
        index,
        record.id,
        '.partOf',
        `points at "${target.id}", which is itself part of "${target.partOf}"; point at the package`,
      );
  }

  // A note that names a record names one in this file (any record whose id can be read, even
  // one rejected for another reason), and one it calls former is not (ids are never reused).
  // Checked on a whole dataset only: a user's file, or a download of the records in view (it has
  // an `export` block), may hold part of one, and its notes may name records left out.
  const wholeDataset = requireTexts && meta.export === undefined;
  const idsInFile = new Set(
    rawRecords.map(recordIdOf).filter((id): id is string => typeof id === 'string'),
  );
  for (const { index, record } of records) {
    if (!wholeDataset || record.note === undefined) continue;
    const named = new Set<string>();
    for (const { id, former } of noteReferences(record.note, idsInFile)) {
      if (named.has(id)) continue;
      named.add(id);
      if (!former && !idsInFile.has(id))
        reject(
          index,
          record.id,
          '.note',
          `names the record id "${id}", which is not a record in this file; name an existing record, or write "former ${id}" for one folded into another`,
        );
      else if (former && idsInFile.has(id))
        reject(
          index,
          record.id,
          '.note',
          `names "${id}" as a former record, but a record in this file has that id; ids are never reused`,
        );
    }
  }

  const kept = records.filter(({ index }) => !rejected.has(index)).map(({ record }) => record);
  return {
    dataset: { ...meta, announcements: kept },
    rejected: rejected.size,
    problems,
  };
}

/** The dates, inclusive, an event may carry. */
interface DateRange {
  min: string;
  max: string;
}

interface RecordContext {
  sourceById: ReadonlyMap<string, SourceMeta>;
  texts: SourceTexts;
  rates: ReturnType<typeof createRateIndex>;
  range: DateRange;
}

function outOfRange(date: string, { min, max }: DateRange): string | null {
  if (date < min)
    return `${date} is before ${min}, when the war this tool covers began; is the year a typo?`;
  if (date > max) return `${date} is in the future (today is ${max}); is the year a typo?`;
  return null;
}

function checkRecord(
  record: Announcement,
  { sourceById, texts, rates, range }: RecordContext,
  fail: (path: string, message: string) => void,
) {
  const { date } = record;
  const startProblem = outOfRange(date.start, range);
  const endProblem = outOfRange(date.end, range);
  if (startProblem) fail('.date.start', startProblem);
  if (endProblem) fail('.date.end', endProblem);
  if (startProblem || endProblem) {
    // The span rules below would only repeat the same mistake in other words.
  } else if (date.start > date.end) fail('.date', `start ${date.start} is after end ${date.end}`);
  else if (date.precision === 'day' && date.start !== date.end)
    fail(
      '.date',
      `precision "day" needs start = end (got ${date.start} to ${date.end}); use week, month or year for a span`,
    );
  else if (date.precision !== 'day' && date.start === date.end)
    fail(
      '.date',
      `precision "${date.precision}" needs a span (start before end); a single day is precision "day"`,
    );
  if (date.basis === 'inferred' && !record.note)
    fail('.note', 'an inferred date must say in the note how it was inferred');

  // A donor named twice would make a joint group "United States + United States" of its own.
  record.donors.forEach((donor, i) => {
    const first = record.donors.indexOf(donor);
    if (first !== i)
      fail(
        `.donors[${i}]`,
        `"${donor}" is already listed as donors[${first}]; name each donor once`,
      );
  });
  // The same excerpt cited twice would show twice in every view of the record.
  record.sources.forEach((ref, i) => {
    const first = record.sources.findIndex((r) => r.id === ref.id && r.excerpt === ref.excerpt);
    if (first !== i)
      fail(
        `.sources[${i}]`,
        `repeats sources[${first}] (the same source and excerpt); cite it once`,
      );
  });

  record.items.forEach((item, i) => {
    if (item.quantity !== undefined && item.unit === undefined)
      fail(`.items[${i}].unit`, 'a quantity needs a unit (pieces, tonnes or troops)');
  });

  const mentions: NumberMention[] = [];
  record.sources.forEach((ref, i) => {
    const meta = sourceById.get(ref.id);
    if (!meta) {
      fail(
        `.sources[${i}].id`,
        `unknown source "${isolate(ref.id)}" (not in the file's sources list)`,
      );
      return;
    }
    if (date.end.slice(0, 7) > meta.published)
      fail(
        '.date.end',
        `event (${date.end}) is after its article's month (${isolate(ref.id)}, published ${meta.published})`,
      );
    const text = texts.get(ref.id);
    if (text !== undefined && !text.includes(ref.excerpt))
      fail(
        `.sources[${i}].excerpt`,
        `excerpt is not a verbatim part of source ${isolate(ref.id)}: "${isolate(clip(ref.excerpt))}"`,
      );
    mentions.push(...findDutchNumbers(ref.excerpt));
  });

  if (record.amount) {
    const { value, currency } = record.amount;
    if (!mentions.some((m) => m.value === value && m.currency === currency))
      fail(
        '.amount',
        `${value} ${currency ?? '(no currency)'} is not in any excerpt as printed (${foundFigures(mentions)})`,
      );
  }
  record.items.forEach((item, i) => {
    if (item.quantity === undefined) return;
    const wantTonnes = item.unit === 'tonnes';
    if (
      !mentions.some(
        (m) =>
          m.value === item.quantity && m.currency === null && (m.unit === 'tonnes') === wantTonnes,
      )
    )
      fail(
        `.items[${i}].quantity`,
        `${item.quantity} ${item.unit ?? ''} is not in any excerpt as printed (${foundFigures(mentions)})`,
      );
  });

  const rate = neededRate(record);
  if (rate && !rates.has(`${rate.currency}:${rate.month}`))
    fail(
      '.amount.currency',
      `no exchange rate for ${rate.currency} in ${rate.month}; add one to exchangeRates`,
    );
}

function checkSources(
  sources: readonly SourceMeta[],
  texts: SourceTexts,
  problems: Problem[],
  requireTexts: boolean,
  range: DateRange,
) {
  const byId = new Map<string, SourceMeta>();
  sources.forEach((source, i) => {
    const [minMonth, maxMonth] = [range.min.slice(0, 7), range.max.slice(0, 7)];
    if (source.published < minMonth || source.published > maxMonth)
      problems.push({
        recordId: null,
        path: `sources[${i}].published`,
        message:
          source.published < minMonth
            ? `${source.published} is before ${minMonth}, when the war this tool covers began; is the year a typo?`
            : `${source.published} is in the future (this month is ${maxMonth}); is the year a typo?`,
      });
    if (byId.has(source.id)) {
      problems.push({
        recordId: null,
        path: `sources[${i}].id`,
        message: `duplicate source id "${isolate(source.id)}"`,
      });
      return;
    }
    byId.set(source.id, source);
    const text = texts.get(source.id);
    if (text === undefined) {
      if (!requireTexts) return;
      problems.push({
        recordId: null,
        path: `sources[${i}].file`,
        message: `no text found for source "${isolate(source.id)}" (${isolate(source.file)})`,
      });
      return;
    }
    const dateLine = /^\s*date (\d{4}-\d{2})/.exec(text);
    if (dateLine && dateLine[1] !== source.published)
      problems.push({
        recordId: null,
        path: `sources[${i}].published`,
        message: `is ${source.published} but the text's date line says ${dateLine[1]}`,
      });
  });
  return byId;
}

function checkRateDuplicates(rates: Dataset['exchangeRates'], problems: Problem[]) {
  const seen = new Set<string>();
  rates.forEach((rate, i) => {
    const key = `${rate.currency}:${rate.month}`;
    if (seen.has(key))
      problems.push({
        recordId: null,
        path: `exchangeRates[${i}]`,
        message: `second rate for ${rate.currency} in ${rate.month}`,
      });
    seen.add(key);
  });
}

function zodProblems(error: z.ZodError, recordId: string | null, base: PropertyKey[]): Problem[] {
  return error.issues.map((issue) => ({
    recordId,
    path: toJsonPath([...base, ...issue.path]),
    message:
      issue.code === 'unrecognized_keys'
        ? `unknown field(s): ${issue.keys.map(isolate).join(', ')}`
        : issue.message,
  }));
}

/** `['announcements', 3, 'date', 'start']` → `announcements[3].date.start`. */
export function toJsonPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '$';
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

function recordIdOf(raw: unknown): string | null {
  if (
    typeof raw === 'object' &&
    raw !== null &&
    'id' in raw &&
    typeof raw.id === 'string' &&
    raw.id
  )
    return raw.id;
  return null;
}

function foundFigures(mentions: readonly NumberMention[]): string {
  if (mentions.length === 0) return 'no figures found in the excerpts';
  return `found: ${mentions.map((m) => `"${isolate(m.text)}"`).join(', ')}`;
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

import { MAX_JSON_DEPTH, inexactMessage, inexactNumber, parseJson, tooDeep } from './parse-json';
import { fileProblem, zodProblems, type Problem } from './problem';
import { createRateIndex } from './rates';
import { AnnouncementSchema, EnvelopeSchema, type Dataset } from './schema';
import { fastAnnouncement } from './validate-fast';
import { checkRecord } from './validate-record';
import { checkIdsAndPackages, checkNoteReferences, type PlacedRecord } from './validate-links';
import {
  EARLIEST_DATE,
  checkRateDuplicates,
  checkSources,
  type DateRange,
  type SourceTexts,
} from './validate-sources';

/** The records that passed, and every problem found; nothing is dropped without a problem naming it. */
export interface ValidationResult {
  /** The dataset holding only the records that passed; null when the file itself is unusable. */
  dataset: Dataset | null;
  /** How many records were rejected (each has at least one problem). */
  rejected: number;
  problems: Problem[];
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
  /** Hears `done` of `total` records checked: before the first, then after each. */
  onProgress?: (done: number, total: number) => void;
}

/** A file that cannot be used at all, for the one reason given. */
const unusable = (message: string): ValidationResult => ({
  dataset: null,
  rejected: 0,
  problems: [fileProblem('$', message)],
});

/** Validates dataset text: JSON syntax first (with line and column), then everything else. */
export function validateDatasetText(
  text: string,
  texts: SourceTexts,
  options: ValidateOptions = {},
): ValidationResult {
  const deep = tooDeep(text);
  if (deep)
    return unusable(
      `nested more than ${MAX_JSON_DEPTH} levels deep at line ${deep.line}, column ${deep.column}; a dataset nests five (file, announcements, record, sources, excerpt)`,
    );
  const parsed = parseJson(text);
  if (!parsed.ok)
    return unusable(
      `malformed JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.message}`,
    );
  const inexact = inexactNumber(text);
  if (inexact)
    return unusable(
      `the number ${inexact.written} at line ${inexact.line}, column ${inexact.column} ${inexactMessage(inexact.read)}`,
    );
  return validateDataset(parsed.value, texts, options);
}

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
  {
    requireTexts = true,
    today = new Date().toISOString().slice(0, 10),
    onProgress = () => {},
  }: ValidateOptions = {},
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

  const records: PlacedRecord[] = [];
  const rejected = new Set<number>();
  const reject = (index: number, recordId: string, path: string, message: string) => {
    problems.push({ recordId, path: `announcements[${index}]${path}`, message });
    rejected.add(index);
  };

  onProgress(0, rawRecords.length);
  rawRecords.forEach((rawRecord, index) => {
    onProgress(index, rawRecords.length);
    const fallbackId = recordIdOf(rawRecord) ?? `#${index + 1}`;
    const input = withoutComputed(rawRecord);
    // The common valid record takes the fast path; anything else the schema checks and words.
    let record = fastAnnouncement(input);
    if (!record) {
      const result = AnnouncementSchema.safeParse(input);
      if (!result.success) {
        problems.push(...zodProblems(result.error, fallbackId, ['announcements', index]));
        rejected.add(index);
        return;
      }
      record = result.data;
    }
    const fail = (path: string, message: string) => reject(index, record.id, path, message);
    checkRecord(record, { sourceById, texts, rates, range }, fail);
    records.push({ index, record });
  });
  onProgress(rawRecords.length, rawRecords.length);

  // A whole dataset names only records it holds; a user's file, or a download of the records in
  // view (it has an `export` block), may hold part of one, and name packages and records it
  // leaves out (in `partOf` and in notes).
  const wholeDataset = requireTexts && meta.export === undefined;
  checkIdsAndPackages(records, reject, { partial: !wholeDataset });
  if (wholeDataset) {
    const idsInFile = new Set(
      rawRecords.map(recordIdOf).filter((id): id is string => typeof id === 'string'),
    );
    checkNoteReferences(records, idsInFile, reject);
  }

  const kept = records.filter(({ index }) => !rejected.has(index)).map(({ record }) => record);
  return {
    dataset: { ...meta, announcements: kept },
    rejected: rejected.size,
    problems,
  };
}

/** The id of a record not yet checked, when it has a usable one. */
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

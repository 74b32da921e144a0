import { isolate } from './bidi';
import { csvToDataset } from './csv';
import type { ExchangeRate } from './schema';
import { formatProblem } from './problem';
import { validateDataset, validateDatasetText, type ValidationResult } from './validate';

/**
 * The largest dataset file the page reads: 50 MB. A record of the contract's JSON takes ~390
 * bytes (~160 as CSV), so 100,000 records are ~38 MB of JSON (~16 MB of CSV); the rest is room
 * for longer excerpts and notes. The limit keeps a mistaken pick (a video, a database dump) from
 * filling the tab's memory: the worker holds the bytes, the text and the parsed records at once.
 */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** How many records the limit admits in either format, as the loader's messages say. */
export const MAX_RECORDS_HINT = 100_000;

/** A file as the page received it (from the picker, a drop, or ?data=). */
export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}

/** A dataset the page can show, with everything found wrong in it. */
export interface UserDataset {
  name: string;
  format: 'json' | 'csv';
  result: ValidationResult;
  /** Source ids whose article text came with the dataset: their excerpts were checked. */
  verifiedSources: ReadonlySet<string>;
  texts: ReadonlyMap<string, string>;
}

/**
 * Either a dataset to show, or one clear sentence on why nothing in the file can be shown, with
 * each problem found (`record-id (path): reason`) when there are several.
 */
export type LoadOutcome =
  { ok: true; dataset: UserDataset } | { ok: false; message: string; problems?: readonly string[] };

/** The steps of loading a dataset, in order. */
export const LOAD_STAGES = ['reading', 'decoding', 'parsing', 'validating'] as const;
type FileStage = (typeof LOAD_STAGES)[number];
/** A step of the loader, or `receiving`: the records crossing from the loading worker to the page. */
export type LoadStage = FileStage | 'receiving';

/** How far a load has got: the step it is on and the share of the whole done, 0 to 100. */
export interface LoadProgress {
  stage: LoadStage;
  percent: number;
}

/** Where each step starts, in percent of the whole (measured on a 100,000-row CSV). */
const STAGE_START: Record<FileStage, number> = {
  reading: 0,
  decoding: 5,
  parsing: 10,
  validating: 55,
};

/** The progress report at the start of a step. */
export function progressAt(stage: FileStage): LoadProgress {
  return { stage, percent: STAGE_START[stage] };
}

/**
 * The progress report `done` of `total` through a step: the share of the whole rises from the
 * step's start to the next step's start (to 100 in the last one), in whole percent.
 */
export function progressWithin(stage: FileStage, done: number, total: number): LoadProgress {
  const at = LOAD_STAGES.indexOf(stage);
  const start = STAGE_START[stage];
  const end = at + 1 < LOAD_STAGES.length ? STAGE_START[LOAD_STAGES[at + 1]!] : 100;
  const share = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  return { stage, percent: Math.floor(start + (end - start) * share) };
}

/**
 * A progress callback that passes on only a change of whole percent or of step: a loop over
 * 100,000 records calls it for each, the page hears about a hundred messages.
 */
export function throttledProgress(
  onProgress: (progress: LoadProgress) => void,
): (progress: LoadProgress) => void {
  let last: LoadProgress | null = null;
  return (progress) => {
    if (last && last.stage === progress.stage && last.percent === progress.percent) return;
    last = progress;
    onProgress(progress);
  };
}

const SIZE_LABEL = `${MAX_FILE_BYTES / 1024 / 1024} MB`;

/**
 * Reads bytes as text, or says why they are not text: UTF-8 (with or without a byte-order
 * mark), or UTF-16 with its byte-order mark (what Excel's and Notepad's "Unicode text" write).
 */
export function decodeText(
  name: string,
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; message: string } {
  if (bytes.length === 0) return { ok: false, message: `${isolate(name)} is empty` };
  if (bytes.length > MAX_FILE_BYTES)
    return {
      ok: false,
      message: `${isolate(name)} is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, over the ${SIZE_LABEL} limit (about ${MAX_RECORDS_HINT.toLocaleString('en')} records)`,
    };
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null;
  if (utf16) {
    try {
      // The decoder drops the byte-order mark.
      return { ok: true, text: new TextDecoder(utf16, { fatal: true }).decode(bytes) };
    } catch {
      return {
        ok: false,
        message: `${isolate(name)} starts as UTF-16 text but is cut or damaged further on; save it again, as UTF-8`,
      };
    }
  }
  let text: string | null = null;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: said below.
  }
  // NUL bytes in a file that is not UTF-8 mark an image, archive or other binary file, or
  // UTF-16 text without its byte-order mark (every other byte NUL). A NUL in valid UTF-8 text is
  // left to the validator, which says in which field it is.
  const head = bytes.subarray(0, 8192);
  if (text === null && head.includes(0)) {
    let oddNuls = 0;
    let evenNuls = 0;
    head.forEach((byte, i) => {
      if (byte === 0) {
        if (i % 2) oddNuls++;
        else evenNuls++;
      }
    });
    const half = Math.floor(head.length / 2);
    if (Math.max(oddNuls, evenNuls) > half * 0.9 && Math.min(oddNuls, evenNuls) === 0)
      return {
        ok: false,
        message: `${isolate(name)} looks like UTF-16 text without a byte-order mark; save it as UTF-8`,
      };
    return { ok: false, message: `${isolate(name)} is a binary file, not JSON or CSV text` };
  }
  if (text === null)
    return {
      ok: false,
      message: `${isolate(name)} is not UTF-8 text; save it as UTF-8 JSON or CSV`,
    };
  return { ok: true, text };
}

/**
 * Loads a user's dataset: one JSON or CSV file, and optionally the article texts as
 * `<source id>.txt` files. Runs the same validator as `npm run validate-data`, except that
 * sources may come without text (their excerpts are then shown as unverified). Records that
 * fail are listed, never silently dropped; records that pass are never altered.
 */
export function loadUserDataset(
  files: readonly IncomingFile[],
  exchangeRates: readonly ExchangeRate[],
  onProgressEach: (progress: LoadProgress) => void = () => {},
): LoadOutcome {
  const onProgress = throttledProgress(onProgressEach);
  onProgress(progressAt('decoding'));
  const texts = new Map<string, string>();
  const data: IncomingFile[] = [];
  for (const file of files) {
    if (/\.txt$/i.test(file.name)) {
      const decoded = decodeText(file.name, file.bytes);
      if (!decoded.ok) return decoded;
      texts.set(file.name.replace(/^.*[\\/]/, '').replace(/\.txt$/i, ''), decoded.text);
    } else data.push(file);
  }
  if (data.length === 0)
    return {
      ok: false,
      message:
        'No dataset among the files: choose one .json or .csv file (article texts as .txt may come with it)',
    };
  if (data.length > 1)
    return {
      ok: false,
      message: `Choose one dataset at a time (got ${data.map((f) => isolate(f.name)).join(', ')})`,
    };
  const file = data[0]!;
  const format = /\.csv$/i.test(file.name) ? 'csv' : /\.json$/i.test(file.name) ? 'json' : null;
  if (!format)
    return {
      ok: false,
      message: `${isolate(file.name)} is not a dataset: the page reads .json and .csv files`,
    };
  const decoded = decodeText(file.name, file.bytes);
  if (!decoded.ok) return decoded;
  onProgress(progressAt('parsing'));
  if (decoded.text.trim() === '')
    return { ok: false, message: `${isolate(file.name)} holds only white space` };

  let result: ValidationResult;
  if (format === 'json') {
    // JSON.parse and the checks run in one call: parsing until the first record is checked.
    result = validateDatasetText(decoded.text, texts, {
      requireTexts: false,
      onProgress: (done, total) => onProgress(progressWithin('validating', done, total)),
    });
  } else {
    const csv = csvToDataset(decoded.text, exchangeRates, (done, total) =>
      onProgress(progressWithin('parsing', done, total)),
    );
    if (!csv.raw)
      return {
        ok: false,
        message: csv.problems
          .map((p) => `${isolate(file.name)} (${p.path}): ${p.message}`)
          .join('; '),
      };
    onProgress(progressAt('validating'));
    const validated = validateDataset(csv.raw, texts, {
      requireTexts: false,
      onProgress: (done, total) => onProgress(progressWithin('validating', done, total)),
    });
    result = {
      ...validated,
      rejected: validated.rejected + csv.rejected,
      problems: [...csv.problems, ...validated.problems],
    };
  }
  if (!result.dataset) {
    const first = result.problems[0];
    return {
      ok: false,
      message: `${isolate(file.name)}: ${first ? `${first.path === '$' ? '' : `${first.path}: `}${first.message}` : 'cannot be read'}`,
    };
  }
  if (result.dataset.announcements.length === 0) {
    const problems = result.problems.map((p) => formatProblem(file.name, p));
    return result.rejected === 0
      ? { ok: false, message: `${isolate(file.name)} holds no records` }
      : {
          ok: false,
          message: `${isolate(file.name)}: none of its ${result.rejected} record${result.rejected === 1 ? '' : 's'} passed the checks`,
          problems,
        };
  }
  const verifiedSources = new Set(
    result.dataset.sources.map((s) => s.id).filter((id) => texts.has(id)),
  );
  return { ok: true, dataset: { name: file.name, format, result, verifiedSources, texts } };
}

// The report of a dataset's problems sits with the problems (the page offers it without the loader).
export { problemReport } from './problem';

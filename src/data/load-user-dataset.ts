import { csvToDataset } from './csv';
import type { ExchangeRate } from './schema';
import {
  formatProblem,
  validateDataset,
  validateDatasetText,
  type Problem,
  type ValidationResult,
} from './validate';

/** The largest dataset file the page reads: 20 MB, about 100,000 records. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

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
export type LoadStage = (typeof LOAD_STAGES)[number];

/** How far a load has got: the step it is on and the share of the whole done, 0 to 100. */
export interface LoadProgress {
  stage: LoadStage;
  percent: number;
}

/** Where each step starts, in percent of the whole (measured on a 100,000-row CSV). */
const STAGE_START: Record<LoadStage, number> = {
  reading: 0,
  decoding: 5,
  parsing: 10,
  validating: 55,
};

/** The progress report at the start of a step. */
export function progressAt(stage: LoadStage): LoadProgress {
  return { stage, percent: STAGE_START[stage] };
}

const SIZE_LABEL = `${MAX_FILE_BYTES / 1024 / 1024} MB`;

/** Reads bytes as UTF-8 text, or says why they are not text. */
export function decodeText(
  name: string,
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; message: string } {
  if (bytes.length === 0) return { ok: false, message: `${name} is empty` };
  if (bytes.length > MAX_FILE_BYTES)
    return {
      ok: false,
      message: `${name} is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, over the ${SIZE_LABEL} limit`,
    };
  // NUL bytes never occur in JSON or CSV text; they mark an image, archive or other binary file.
  if (bytes.subarray(0, 8192).includes(0))
    return { ok: false, message: `${name} is a binary file, not JSON or CSV text` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: `${name} is not UTF-8 text; save it as UTF-8 JSON or CSV` };
  }
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
  onProgress: (progress: LoadProgress) => void = () => {},
): LoadOutcome {
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
      message: `Choose one dataset at a time (got ${data.map((f) => f.name).join(', ')})`,
    };
  const file = data[0]!;
  const format = /\.csv$/i.test(file.name) ? 'csv' : /\.json$/i.test(file.name) ? 'json' : null;
  if (!format)
    return {
      ok: false,
      message: `${file.name} is not a dataset: the page reads .json and .csv files`,
    };
  const decoded = decodeText(file.name, file.bytes);
  if (!decoded.ok) return decoded;
  onProgress(progressAt('parsing'));
  if (decoded.text.trim() === '')
    return { ok: false, message: `${file.name} holds only white space` };

  let result: ValidationResult;
  if (format === 'json') {
    // JSON.parse and the checks run in one call: the stage reports the checks.
    onProgress(progressAt('validating'));
    result = validateDatasetText(decoded.text, texts, { requireTexts: false });
  } else {
    const csv = csvToDataset(decoded.text, exchangeRates);
    if (!csv.raw)
      return {
        ok: false,
        message: csv.problems.map((p) => `${file.name} (${p.path}): ${p.message}`).join('; '),
      };
    onProgress(progressAt('validating'));
    const validated = validateDataset(csv.raw, texts, { requireTexts: false });
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
      message: `${file.name}: ${first ? `${first.path === '$' ? '' : `${first.path}: `}${first.message}` : 'cannot be read'}`,
    };
  }
  if (result.dataset.announcements.length === 0) {
    const problems = result.problems.map((p) => formatProblem(file.name, p));
    return result.rejected === 0
      ? { ok: false, message: `${file.name} holds no records` }
      : {
          ok: false,
          message: `${file.name}: none of its ${result.rejected} record${result.rejected === 1 ? '' : 's'} passed the checks`,
          problems,
        };
  }
  const verifiedSources = new Set(
    result.dataset.sources.map((s) => s.id).filter((id) => texts.has(id)),
  );
  return { ok: true, dataset: { name: file.name, format, result, verifiedSources, texts } };
}

/** The problems as a plain-text report, one per line, for download. */
export function problemReport(dataset: UserDataset): string {
  const { result, name } = dataset;
  const loaded = result.dataset?.announcements.length ?? 0;
  const lines = [
    `${name}: ${loaded} loaded, ${result.rejected} rejected`,
    '',
    ...result.problems.map((p: Problem) => `${p.recordId ?? 'dataset'}\t${p.path}\t${p.message}`),
  ];
  return `${lines.join('\n')}\n`;
}

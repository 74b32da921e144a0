import { workerScriptUrl } from './worker-url';
import { toIncoming, type ChunkTaken, type LoadReply, type LoadRequest } from './load-messages';
import { RecordsReceiver } from './load-job-records';
import {
  loadUserDataset,
  progressAt,
  throttledProgress,
  type IncomingFile,
  type LoadOutcome,
  type LoadProgress,
} from '../data/load-user-dataset';
import type { ExchangeRate } from '../data/schema';

/** How a load ended: an outcome, or a file that could not be read at all. */
export type JobResult =
  { type: 'done'; outcome: LoadOutcome } | { type: 'unreadable'; detail: string };

/** A load under way: its result (null when cancelled), and a way to stop it. */
export interface LoadJob {
  result: Promise<JobResult | null>;
  cancel: () => void;
}

let spare: Worker | null = null;
const newWorker = () => new Worker(workerScriptUrl, { type: 'module', name: 'dataset-loader' });

/** The worker started ahead of time, if any, or a new one. */
function takeWorker(): Worker {
  const worker = spare ?? newWorker();
  spare = null;
  return worker;
}

/**
 * Starts a loading worker ahead of its job: its script (the validator, the CSV reader) is
 * fetched, compiled and run while the dataset named by `?data=` still downloads, and the next
 * {@link startLoadJob} takes it. Does nothing where there are no workers or one is waiting.
 */
export function prewarmLoadWorker(): void {
  if (typeof Worker === 'undefined' || spare) return;
  spare = newWorker();
}

/**
 * Starts loading a dataset in a Web Worker, so the page stays responsive however large the file:
 * reading, decoding, parsing and checking all happen there, and `onProgress` hears each step.
 * Cancelling terminates the worker at once. Where there are no workers (the unit tests' jsdom),
 * the same loader runs on the page's thread.
 */
export function startLoadJob(
  files: Array<File | IncomingFile>,
  exchangeRates: readonly ExchangeRate[],
  onProgress: (progress: LoadProgress) => void,
): LoadJob {
  if (typeof Worker === 'undefined') return loadInPage(files, exchangeRates, onProgress);
  // Each report re-renders the page: only a change of step or of whole percent is passed on.
  const report = throttledProgress(onProgress);
  const worker = takeWorker();
  let settle: (result: JobResult | null) => void = () => {};
  const result = new Promise<JobResult | null>((resolve) => (settle = resolve));
  let settled = false;
  const finish = (value: JobResult | null) => {
    settled = true;
    worker.terminate();
    settle(value);
  };
  // Each message is its own task on the page: a chunk of records takes a few milliseconds to
  // copy, and a Cancel between two chunks ends the job (messages already queued are ignored).
  // Each chunk taken is acknowledged, and the worker sends the next (load-job-records.ts).
  const receiver = new RecordsReceiver();
  worker.addEventListener('message', (event: MessageEvent<LoadReply>) => {
    if (settled) return;
    const reply = event.data;
    if (reply.type === 'progress') report(reply.progress);
    else if (reply.type === 'records') {
      report(receiver.add(reply));
      const taken: ChunkTaken = { type: 'ack' };
      worker.postMessage(taken);
    } else if (reply.type === 'done')
      finish({ type: 'done', outcome: receiver.complete(reply.outcome) });
    else finish({ type: 'unreadable', detail: reply.detail });
  });
  worker.addEventListener('error', (event) =>
    // Without the browser's own words, the message says the loader stopped (in the reader's language).
    finish({ type: 'unreadable', detail: event.message || '' }),
  );
  const transfer = files.flatMap((f) => (f instanceof Blob ? [] : [f.bytes.buffer as ArrayBuffer]));
  const request: LoadRequest = { type: 'load', files, exchangeRates };
  worker.postMessage(request, transfer);
  return { result, cancel: () => finish(null) };
}

function loadInPage(
  files: Array<File | IncomingFile>,
  exchangeRates: readonly ExchangeRate[],
  onProgress: (progress: LoadProgress) => void,
): LoadJob {
  let cancelled = false;
  onProgress(progressAt('reading'));
  const result = Promise.all(files.map(toIncoming)).then(
    (incoming): JobResult | null =>
      cancelled
        ? null
        : { type: 'done', outcome: loadUserDataset(incoming, exchangeRates, onProgress) },
    (error: unknown): JobResult | null =>
      cancelled ? null : { type: 'unreadable', detail: String(error) },
  );
  return {
    result: result.then((value) => (cancelled ? null : value)),
    cancel: () => {
      cancelled = true;
    },
  };
}

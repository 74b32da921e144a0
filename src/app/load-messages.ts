import type { IncomingFile, LoadOutcome, LoadProgress } from '../data/load-user-dataset';
import type { ExchangeRate } from '../data/schema';
import type { RecordsChunk } from './load-job-records';

/** What the page asks the loading worker: files (picked, dropped or fetched) to load. */
export interface LoadRequest {
  type: 'load';
  files: Array<File | IncomingFile>;
  exchangeRates: readonly ExchangeRate[];
}

/** What else the page tells the worker: it has taken a chunk of records. */
export interface ChunkTaken {
  type: 'ack';
}

/**
 * What the worker answers: where it has got to, then the records that passed in chunks and the
 * outcome without them (or that a file would not read).
 */
export type LoadReply =
  | { type: 'progress'; progress: LoadProgress }
  | RecordsChunk
  | { type: 'done'; outcome: LoadOutcome }
  | { type: 'unreadable'; detail: string };

/** A picked file's bytes (read where the loading runs), or bytes already fetched. */
export async function toIncoming(file: File | IncomingFile): Promise<IncomingFile> {
  return file instanceof Blob
    ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
    : file;
}

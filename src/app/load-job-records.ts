import type { LoadOutcome, LoadProgress } from '../data/load-user-dataset';
import type { Announcement } from '../data/schema';

// The records cross from the loading worker to the page in chunks. A message is copied (a
// structured clone) on the receiving thread in one task, and 100,000 records took the page's
// thread for 0.5–2.6 s in one go; a chunk of RECORDS_PER_MESSAGE takes a few milliseconds, so
// between chunks the page paints the progress bar and answers Cancel, and the worker's copying
// of the next chunk overlaps the page's reading of this one.

/** Records per message: 3–15 ms of the page's thread each (measured at 100,000 records; 30–60 ms under heavy load). */
export const RECORDS_PER_MESSAGE = 500;

/** The share of the progress bar the worker's own steps fill; receiving the records fills the rest. */
const WORKER_SHARE = 0.85;

/** A chunk of the records that passed, `total` in all. */
export interface RecordsChunk {
  type: 'records';
  records: Announcement[];
  total: number;
}

/** The records of an outcome that passed (none when it failed). */
function recordsOf(outcome: LoadOutcome): Announcement[] {
  return outcome.ok ? (outcome.dataset.result.dataset?.announcements ?? []) : [];
}

/** `outcome` with `records` as its dataset's records (unchanged when it failed). */
function withRecords(outcome: LoadOutcome, records: Announcement[]): LoadOutcome {
  if (!outcome.ok || !outcome.dataset.result.dataset) return outcome;
  const { dataset } = outcome;
  return {
    ok: true,
    dataset: {
      ...dataset,
      result: {
        ...dataset.result,
        dataset: { ...dataset.result.dataset!, announcements: records },
      },
    },
  };
}

/**
 * What the worker posts for an outcome: its records in chunks of `size`, then the outcome
 * without them (the page puts them back: {@link RecordsReceiver}).
 */
export function splitOutcome(
  outcome: LoadOutcome,
  size = RECORDS_PER_MESSAGE,
): { chunks: RecordsChunk[]; rest: LoadOutcome } {
  const records = recordsOf(outcome);
  const chunks: RecordsChunk[] = [];
  for (let at = 0; at < records.length; at += size)
    chunks.push({ type: 'records', records: records.slice(at, at + size), total: records.length });
  return { chunks, rest: withRecords(outcome, []) };
}

/** Chunks sent ahead of the page's acknowledgement (see {@link ChunkSender}). */
const WINDOW = 4;

/**
 * Sends the chunks, then the outcome, at the page's pace: at most {@link WINDOW} chunks are on
 * their way at once, and each `ack` (the page has taken one) lets the next go. Were every chunk
 * posted at once, they would all wait in the page's task queue ahead of its rendering, and the
 * progress bar would stand still until the last was taken.
 */
export class ChunkSender<Done> {
  private next = 0;
  private inFlight = 0;
  constructor(
    private readonly chunks: readonly RecordsChunk[],
    private readonly done: Done,
    private readonly post: (message: RecordsChunk | Done) => void,
  ) {}

  /** Sends what the window allows; the outcome once every chunk has been taken. */
  pump(): void {
    while (this.inFlight < WINDOW && this.next < this.chunks.length) {
      this.inFlight++;
      this.post(this.chunks[this.next++]!);
    }
    if (this.next === this.chunks.length && this.inFlight === 0) {
      this.next++; // the outcome goes once
      this.post(this.done);
    }
  }

  /** The page has taken a chunk. */
  ack(): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    this.pump();
  }
}

/** The worker's own progress, scaled into its share of the bar. */
export function workerProgress(progress: LoadProgress): LoadProgress {
  return { stage: progress.stage, percent: Math.floor(progress.percent * WORKER_SHARE) };
}

/** Collects the chunks on the page's side, and puts the records back into the outcome. */
export class RecordsReceiver {
  private readonly records: Announcement[] = [];

  /** Takes one chunk; returns the progress to show. */
  add(chunk: RecordsChunk): LoadProgress {
    for (const record of chunk.records) this.records.push(record);
    const share = chunk.total > 0 ? Math.min(1, this.records.length / chunk.total) : 1;
    const start = 100 * WORKER_SHARE;
    return { stage: 'receiving', percent: Math.floor(start + (100 - start) * share) };
  }

  /** The outcome with the records received (an outcome sent whole is left as it is). */
  complete(outcome: LoadOutcome): LoadOutcome {
    return this.records.length > 0 ? withRecords(outcome, this.records) : outcome;
  }
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { prewarmLoadWorker, startLoadJob } from './load-job';
import type { LoadReply } from './load-messages';
import { splitOutcome } from './load-job-records';
import { loadUserDataset, type LoadProgress } from '../data/load-user-dataset';
import { generateSyntheticDataset } from '../data/synthetic';

const bytes = (text: string) => ({ name: 'mine.json', bytes: new TextEncoder().encode(text) });
const syntheticFile = (size: number) => bytes(JSON.stringify(generateSyntheticDataset({ size })));

describe('a load job on the page (no Worker, as in old browsers and here)', () => {
  it('reads the files and reports progress', async () => {
    const progress: string[] = [];
    const job = startLoadJob([bytes('{')], [], (p) => progress.push(p.stage));
    const result = await job.result;
    expect(result?.type).toBe('done');
    expect(progress[0]).toBe('reading');
  });

  it('gives nothing once cancelled', async () => {
    const job = startLoadJob([new File(['{}'], 'mine.json')], [], () => {});
    job.cancel();
    expect(await job.result).toBeNull();
  });
});

/** A stand-in for the browser's Worker that answers with the replies it is given. */
class FakeWorker extends EventTarget {
  static replies: Array<LoadReply | 'error'> = [];
  static last: FakeWorker | null = null;
  terminated = false;
  posted: unknown[] = [];
  constructor() {
    super();
    FakeWorker.last = this;
  }
  postMessage(message: unknown) {
    this.posted.push(message);
    if ((message as { type: string }).type !== 'load') return; // the page took a chunk
    queueMicrotask(() => {
      for (const reply of FakeWorker.replies) {
        if (reply === 'error')
          this.dispatchEvent(Object.assign(new Event('error'), { message: 'boom' }));
        else this.dispatchEvent(new MessageEvent('message', { data: reply }));
      }
    });
  }
  terminate() {
    this.terminated = true;
  }
}

describe('a load job in a worker', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('passes progress on, then the outcome, and ends the worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const outcome = { dataset: null, problems: [] } as unknown as Extract<
      LoadReply,
      { type: 'done' }
    >['outcome'];
    FakeWorker.replies = [
      { type: 'progress', progress: { stage: 'checking', fraction: 0.5 } as never },
      { type: 'done', outcome },
    ];
    const stages: string[] = [];
    const job = startLoadJob([bytes('{}')], [], (p) => stages.push(p.stage));
    expect(await job.result).toEqual({ type: 'done', outcome });
    expect(stages).toEqual(['checking']);
    expect(FakeWorker.last?.terminated).toBe(true);
    expect(FakeWorker.last?.posted).toHaveLength(1);
  });

  it('says a file would not read, and when the worker itself fails', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.replies = [{ type: 'unreadable', detail: 'not text' }];
    expect(await startLoadJob([bytes('x')], [], () => {}).result).toEqual({
      type: 'unreadable',
      detail: 'not text',
    });
    FakeWorker.replies = ['error'];
    expect(await startLoadJob([bytes('x')], [], () => {}).result).toEqual({
      type: 'unreadable',
      detail: 'boom',
    });
  });

  it('gives nothing when cancelled, and stops the worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.replies = [];
    const job = startLoadJob([bytes('{}')], [], () => {});
    job.cancel();
    expect(await job.result).toBeNull();
    expect(FakeWorker.last?.terminated).toBe(true);
  });

  it('takes the records in chunks, one message each, and puts them back into the outcome', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const outcome = loadUserDataset([syntheticFile(1200)], []);
    const { chunks, rest } = splitOutcome(outcome);
    FakeWorker.replies = [...chunks, { type: 'done', outcome: rest }];
    const heard: LoadProgress[] = [];
    const result = await startLoadJob([bytes('{}')], [], (p) => heard.push(p)).result;
    expect(result).toEqual({ type: 'done', outcome });
    expect(heard.map((p) => p.stage)).toEqual(['receiving', 'receiving', 'receiving']);
    expect(heard.at(-1)?.percent).toBe(100);
    // Each chunk taken is acknowledged, so the worker sends the next at the page's pace.
    expect(FakeWorker.last?.posted.slice(1)).toEqual([
      { type: 'ack' },
      { type: 'ack' },
      { type: 'ack' },
    ]);
  });

  it('stops between two chunks when cancelled: nothing after it is heard', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { chunks, rest } = splitOutcome(loadUserDataset([syntheticFile(1200)], []));
    FakeWorker.replies = [...chunks, { type: 'done', outcome: rest }];
    const heard: LoadProgress[] = [];
    const job = startLoadJob([bytes('{}')], [], (p) => {
      heard.push(p);
      job.cancel();
    });
    expect(await job.result).toBeNull();
    expect(heard).toHaveLength(1);
    expect(FakeWorker.last?.terminated).toBe(true);
  });

  it('takes the worker started ahead of time, so it starts while the data download', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.replies = [{ type: 'unreadable', detail: 'not text' }];
    prewarmLoadWorker();
    const early = FakeWorker.last;
    prewarmLoadWorker(); // one is waiting already
    expect(FakeWorker.last).toBe(early);
    const job = startLoadJob([bytes('x')], [], () => {});
    expect(FakeWorker.last).toBe(early);
    expect(early?.posted).toHaveLength(1);
    await job.result;
    startLoadJob([bytes('x')], [], () => {});
    expect(FakeWorker.last).not.toBe(early); // used once only
  });
});

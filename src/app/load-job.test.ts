import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLoadJob } from './load-job';
import type { LoadReply } from './load-messages';

const bytes = (text: string) => ({ name: 'mine.json', bytes: new TextEncoder().encode(text) });

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
});

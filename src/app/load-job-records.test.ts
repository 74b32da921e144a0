import { describe, expect, it } from 'vitest';
import { loadUserDataset, type LoadOutcome } from '../data/load-user-dataset';
import { generateSyntheticDataset } from '../data/synthetic';
import {
  ChunkSender,
  RECORDS_PER_MESSAGE,
  RecordsReceiver,
  type RecordsChunk,
  splitOutcome,
  workerProgress,
} from './load-job-records';

const file = (size: number) => ({
  name: 'mine.json',
  bytes: new TextEncoder().encode(JSON.stringify(generateSyntheticDataset({ size }))),
});

describe('the records crossing from the worker in chunks', () => {
  const outcome = loadUserDataset([file(1234)], []);

  it('sends the records in chunks of at most RECORDS_PER_MESSAGE, and the outcome without them', () => {
    const { chunks, rest } = splitOutcome(outcome);
    expect(chunks.map((c) => c.records.length)).toEqual([500, 500, 234]);
    expect(RECORDS_PER_MESSAGE).toBe(500);
    expect(chunks.every((c) => c.total === 1234)).toBe(true);
    expect(rest.ok && rest.dataset.result.dataset?.announcements).toEqual([]);
  });

  it('puts the same records back, in order, with everything else of the outcome', () => {
    // Through a structured clone each, as postMessage does.
    const { chunks, rest } = structuredClone(splitOutcome(outcome, 100));
    const receiver = new RecordsReceiver();
    const percents = chunks.map((chunk) => receiver.add(chunk).percent);
    expect(receiver.complete(rest)).toEqual(outcome);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents[0]).toBeGreaterThanOrEqual(85);
    expect(percents.at(-1)).toBe(100);
  });

  it('passes an outcome that failed, or has no records, on unchanged', () => {
    const failed: LoadOutcome = { ok: false, message: 'mine.json is empty' };
    const { chunks, rest } = splitOutcome(failed);
    expect(chunks).toEqual([]);
    expect(new RecordsReceiver().complete(rest)).toEqual(failed);
  });

  it('scales the worker’s own steps into the first 85 % of the bar', () => {
    expect(workerProgress({ stage: 'validating', percent: 100 })).toEqual({
      stage: 'validating',
      percent: 85,
    });
    expect(workerProgress({ stage: 'reading', percent: 0 }).percent).toBe(0);
  });
});

describe('the chunks sent at the page’s pace', () => {
  const chunk = (n: number): RecordsChunk => ({ type: 'records', records: [], total: n });

  it('keeps at most four chunks on their way, and sends the outcome once all are taken', () => {
    const sent: Array<RecordsChunk | 'done'> = [];
    const chunks = [1, 2, 3, 4, 5, 6].map(chunk);
    const sender = new ChunkSender(chunks, 'done' as const, (m) => sent.push(m));
    sender.pump();
    expect(sent).toEqual(chunks.slice(0, 4));
    sender.ack();
    expect(sent).toEqual(chunks.slice(0, 5));
    sender.ack();
    expect(sent).toEqual(chunks);
    for (let i = 0; i < 3; i++) sender.ack();
    expect(sent).toHaveLength(6);
    sender.ack();
    expect(sent.at(-1)).toBe('done');
    sender.ack();
    expect(sent).toHaveLength(7);
  });

  it('sends the outcome at once when there are no records', () => {
    const sent: unknown[] = [];
    new ChunkSender([], 'done', (m) => sent.push(m)).pump();
    expect(sent).toEqual(['done']);
  });
});

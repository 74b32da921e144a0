import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  loadUserDataset,
  MAX_FILE_BYTES,
  problemReport,
  progressWithin,
  throttledProgress,
  type LoadProgress,
} from './load-user-dataset';

const encode = (text: string) => new TextEncoder().encode(text);
const shipped = readFileSync('data/announcements.json', 'utf8');
const dataset = JSON.parse(shipped) as {
  announcements: Array<Record<string, unknown>>;
  exchangeRates: [];
};

describe('loadUserDataset', () => {
  it('loads the shipped dataset as a user file: every record, excerpts unverified without texts', () => {
    const outcome = loadUserDataset([{ name: 'mine.json', bytes: encode(shipped) }], []);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.dataset.result.dataset!.announcements).toHaveLength(
      dataset.announcements.length,
    );
    expect(outcome.dataset.result.problems).toEqual([]);
    expect(outcome.dataset.verifiedSources.size).toBe(0);
  });

  it('checks excerpts against article texts that come with the dataset', () => {
    const text = readFileSync('data/sources/000_da9c15313a6af13c.txt', 'utf8');
    const outcome = loadUserDataset(
      [
        { name: 'mine.json', bytes: encode(shipped) },
        { name: '000_da9c15313a6af13c.txt', bytes: encode(text.replace('17.000', '18.000')) },
      ],
      [],
    );
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.dataset.verifiedSources).toEqual(new Set(['000_da9c15313a6af13c']));
    expect(outcome.dataset.result.rejected).toBeGreaterThan(0);
    expect(outcome.dataset.result.problems[0]!.message).toMatch(/not a verbatim part of source/);
  });

  it('keeps the good records, lists the bad ones, and reports them as text', () => {
    const broken = structuredClone(dataset);
    broken.announcements[0]!.kind = 'gift';
    broken.announcements[1]!.date = {
      start: '2022-02-30',
      end: '2022-02-30',
      precision: 'day',
      basis: 'explicit',
    };
    const outcome = loadUserDataset(
      [{ name: 'mine.json', bytes: encode(JSON.stringify(broken)) }],
      [],
    );
    if (!outcome.ok) throw new Error(outcome.message);
    const { result } = outcome.dataset;
    expect(result.rejected).toBe(2);
    expect(result.dataset!.announcements).toHaveLength(dataset.announcements.length - 2);
    const report = problemReport(outcome.dataset);
    expect(report.split('\n')[0]).toBe(
      `mine.json: ${dataset.announcements.length - 2} loaded, 2 rejected`,
    );
    expect(report).toContain(
      `${String(dataset.announcements[0]!.id)}\tannouncements[0].kind\tunknown kind "gift"`,
    );
  });

  it.each([
    ['empty.json', new Uint8Array(), 'empty.json is empty'],
    ['blank.json', encode('  \n'), 'holds only white space'],
    ['photo.json', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), 'binary file'],
    ['latin1.csv', new Uint8Array([0x69, 0x64, 0xe9, 0x0a]), 'not UTF-8 text'],
    ['data.xlsx', encode('PK'), 'not a dataset: the page reads .json and .csv files'],
    ['bad.json', encode('{\n  "schemaVersion": 1,\n  "sources": [\n'), 'line 4, column 1'],
    ['bad.csv', encode('id,kind,colour\n'), 'missing column(s)'],
  ])('refuses %s with a clear message', (name, bytes, message) => {
    const outcome = loadUserDataset([{ name, bytes }], []);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toContain(message);
  });

  it('shows nothing, and lists why, when no record passes', () => {
    const broken = JSON.parse(shipped);
    broken.announcements = broken.announcements.slice(0, 2);
    broken.announcements[0].date.start = '2002-01-01';
    broken.announcements[1].kind = 'gift';
    const outcome = loadUserDataset(
      [{ name: 'mine.json', bytes: encode(JSON.stringify(broken)) }],
      [],
    );
    expect(outcome).toEqual({
      ok: false,
      message: 'mine.json: none of its 2 records passed the checks',
      problems: [
        expect.stringMatching(
          /^mine\.json: .+ \(announcements\[0\]\.date\.start\): 2002-01-01 is before 2014-01-01/,
        ),
        expect.stringMatching(/^mine\.json: .+ \(announcements\[1\]\.kind\): unknown kind "gift"/),
      ],
    });
  });

  it('refuses a dataset with no records at all', () => {
    const empty = { ...JSON.parse(shipped), announcements: [] };
    const outcome = loadUserDataset(
      [{ name: 'none.json', bytes: encode(JSON.stringify(empty)) }],
      [],
    );
    expect(outcome).toEqual({ ok: false, message: 'none.json holds no records' });
  });

  it('refuses a file over the size limit, saying the limit', () => {
    const outcome = loadUserDataset(
      [{ name: 'huge.json', bytes: new Uint8Array(MAX_FILE_BYTES + 1).fill(32) }],
      [],
    );
    expect(outcome).toEqual({
      ok: false,
      message: expect.stringMatching(/over the 50 MB limit \(about 100,000 records\)/),
    });
  });
});

describe('progress within a step', () => {
  it.each([
    ['validating', 0, 100, 55],
    ['validating', 50, 100, 77],
    ['validating', 100, 100, 100],
    ['parsing', 0, 10, 10],
    ['parsing', 5, 10, 32],
    ['parsing', 10, 10, 55],
    ['decoding', 1, 2, 7],
    ['parsing', 3, 0, 10],
    ['parsing', 30, 10, 55],
  ] as const)('%s %i of %i is %i %%', (stage, done, total, percent) => {
    expect(progressWithin(stage, done, total)).toEqual({ stage, percent });
  });

  it('passes on only a change of step or of whole percent', () => {
    const heard: LoadProgress[] = [];
    const report = throttledProgress((p) => heard.push(p));
    for (let i = 0; i <= 1000; i++) report(progressWithin('validating', i, 1000));
    report(progressWithin('validating', 1000, 1000));
    expect(heard.map((p) => p.percent)).toEqual(Array.from({ length: 46 }, (_, i) => 55 + i));
  });
});

describe('loadUserDataset reports its progress', () => {
  it('names each step in order, with a share of the whole that only grows', () => {
    const csv = readFileSync('public/sample-announcements.csv', 'utf8');
    const seen: Array<{ stage: string; percent: number }> = [];
    const outcome = loadUserDataset([{ name: 'a.csv', bytes: encode(csv) }], [], (p) =>
      seen.push(p),
    );
    expect(outcome.ok).toBe(true);
    expect([...new Set(seen.map((p) => p.stage))]).toEqual(['decoding', 'parsing', 'validating']);
    const percents = seen.map((p) => p.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.every((p) => p >= 0 && p <= 100)).toBe(true);
  });
});

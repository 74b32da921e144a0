import { describe, expect, it } from 'vitest';
import type { Kind } from '../../data/schema';
import { i18nFor } from '../../i18n/i18n';
import { makeRecord, usd } from '../../test/make-record';
import { layoutBars } from './bar-layout';
import { drawnLabel, drawnRows, referencesToDraw, segmentsToDraw } from './bar-segments';

const rec = (id: string, kind: Kind, amount: number) =>
  makeRecord({ id, kind, amount: usd(amount) });
/** Segments laid end to end, as aggregateByDonor lays them. */
const bar = (...parts: Array<[string, Kind, number]>) => {
  let start = 0;
  return parts.map(([id, kind, value]) => {
    const segment = { record: rec(id, kind, value), start, value };
    start += value;
    return segment;
  });
};
/** What a drawn bar reads as: id (or kind×count), start, length. */
const shape = (drawn: ReturnType<typeof segmentsToDraw>) =>
  drawn.map((s) => [
    s.records.length === 1 ? s.record.id : `${s.kind}×${s.records.length}`,
    s.start,
    s.value,
  ]);
const px = (value: number) => value; // one unit a pixel

describe('segmentsToDraw: one rectangle per announcement where they can be told apart', () => {
  it.each([
    [
      'every segment wide enough: each its own, in the bar’s order',
      bar(['a', 'delivery', 10], ['b', 'pledge', 2], ['c', 'delivery', 5]),
      [
        ['a', 0, 10],
        ['b', 10, 2],
        ['c', 12, 5],
      ],
    ],
    [
      'narrow ones merge per kind, after the kind’s wide ones, kinds in the legend’s order',
      bar(
        ['a', 'delivery', 10],
        ['b', 'pledge', 1],
        ['c', 'pledge', 0.5],
        ['d', 'delivery', 1],
        ['e', 'pledge', 6],
      ),
      [
        ['e', 0, 6],
        ['pledge×2', 6, 1.5],
        ['a', 7.5, 10],
        ['d', 17.5, 1],
      ],
    ],
    [
      'a lone narrow segment of its kind stays itself',
      bar(['a', 'approval', 9], ['b', 'delivery', 1]),
      [
        ['a', 0, 9],
        ['b', 9, 1],
      ],
    ],
    ['an empty bar', [], []],
  ])('%s', (_, segments, expected) => {
    expect(shape(segmentsToDraw('US', 'c', segments, px, 2))).toEqual(expected);
  });

  it('keeps the bar’s length, and a merged rectangle names the largest of its records', () => {
    const segments = bar(['a', 'pledge', 0.2], ['b', 'pledge', 1.5], ['c', 'pledge', 0.3]);
    const [merged] = segmentsToDraw('US', 'c', segments, px, 2);
    expect(merged!.value).toBeCloseTo(2);
    expect(merged!.record.id).toBe('b');
    expect(merged!.key).toBe('US:c:pledge:*');
  });
});

describe('drawnRows: a few hundred rectangles however many announcements', () => {
  const many = Array.from({ length: 5000 }, (_, i) =>
    makeRecord({
      id: `r-${i}`,
      donors: [['US', 'GB', 'DE', 'FR'][i % 4]!],
      kind: (['pledge', 'delivery', 'approval'] as const)[i % 3],
      amount: usd(1000 + ((i * 7919) % 10_000) * 1e5),
    }),
  );
  const rows = layoutBars(many, new Map(), 'usd', 'anti-tank');
  const longest = Math.max(...rows.map((row) => row.committed));
  const x = (value: number) => (value / longest) * 800;

  it('stays within its budget, and every announcement is in one rectangle', () => {
    const drawn = drawnRows(rows, x, true, { budget: 300 });
    const rectangles = drawn.flatMap((d) => [...d.committed, ...d.delivered]);
    expect(rectangles.length).toBeLessThanOrEqual(300);
    const committedIds = drawn.flatMap((d) =>
      d.committed.flatMap((s) => s.records.map((r) => r.id)),
    );
    expect(new Set(committedIds).size).toBe(
      rows.reduce((n, row) => n + row.committedSegments.length, 0),
    );
    for (const d of drawn) {
      const sum = d.committed.reduce((n, s) => n + s.value, 0);
      expect(sum).toBeCloseTo(d.row.committed);
    }
  });

  it('leaves a chart that fits as it is', () => {
    const few = layoutBars(many.slice(0, 6), new Map(), 'usd', 'anti-tank');
    const drawn = drawnRows(few, (v) => v / 1e6, true);
    expect(drawn.flatMap((d) => d.committed).every((s) => s.records.length === 1)).toBe(true);
  });

  it('merges at the same width as trying 2 px, 4 px, … with every rectangle made', () => {
    // The rule as first written: make every bar's rectangles at each width until they fit.
    const reference = (budget: number, withDelivered: boolean) => {
      const width = (value: number) => x(value) - x(0);
      for (let min = 2; ; min *= 2) {
        const drawn = rows.map((row) => ({
          row,
          committed: segmentsToDraw(row.group, 'c', row.committedSegments, width, min),
          delivered: withDelivered
            ? segmentsToDraw(row.group, 'd', row.deliveredSegments, width, min)
            : [],
          references: referencesToDraw(row, width, min * 2),
        }));
        const count = drawn.reduce(
          (n, d) => n + d.committed.length + d.delivered.length + d.references.length,
          0,
        );
        if (count <= budget || min > 800) return drawn;
      }
    };
    // Under 16 even one rectangle per bar and kind is too many: the widest step at once.
    for (const budget of [4, 10, 20, 100, 300, 400, 5000])
      for (const withDelivered of [true, false])
        expect(drawnRows(rows, x, withDelivered, { budget })).toEqual(
          reference(budget, withDelivered),
        );
  });

  it('says how many announcements a merged rectangle holds, in either language', () => {
    const drawn = drawnRows(rows, x, true, { budget: 300 });
    const merged = drawn.flatMap((d) => d.committed).find((s) => s.records.length > 1)!;
    const format = (v: number) => `$${Math.round(v / 1e9)}B`;
    expect(drawnLabel(merged, 'usd', format, new Map(), i18nFor('en'))).toMatch(
      /^Committed: [\d,]+ announcements \((Pledge|Approval|Delivery)\), \$\d+B in all, too narrow to draw apart$/,
    );
    expect(drawnLabel(merged, 'usd', format, new Map(), i18nFor('nl'))).toMatch(
      /^Toegezegd: [\d.]+ aankondigingen \(.+\), samen \$\d+B, te smal om apart te tekenen$/,
    );
  });
});

describe('referencesToDraw: running totals one mark each, unless too close to tell apart', () => {
  const refs = (...values: number[]) => ({
    group: 'US',
    references: values.map((value, i) => ({
      record: rec(`t${i}`, 'cumulative', value),
      value,
    })),
  });
  it.each([
    [
      'far apart: each its own mark',
      [10, 50, 90],
      [
        ['US:r:t0', 10, 1],
        ['US:r:t1', 50, 1],
        ['US:r:t2', 90, 1],
      ],
    ],
    [
      'close ones: one mark per column, at the largest',
      [9, 10, 11, 50],
      [
        ['US:r:2:*', 11, 3],
        ['US:r:t3', 50, 1],
      ],
    ],
  ])('%s', (_, values, expected) => {
    const drawn = referencesToDraw(refs(...values), px, 4);
    expect(drawn.map((r) => [r.key, r.value, r.count])).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import dataset from '../../../data/announcements.json';
import type { Announcement } from '../../data/schema';
import { createRateIndex } from '../../data/rates';
import { makeRecord, onDay, usd } from '../../test/make-record';
import { createBrokenTimeScale, layoutTimeline } from './timeline-layout';
import {
  buildMarkTable,
  lowerBound,
  markDimmer,
  rowCap,
  rowCentre,
  windowRange,
} from './mark-table';

const shipped = dataset.announcements as unknown as Announcement[];
const rates = createRateIndex(dataset.exchangeRates);

describe('buildMarkTable', () => {
  it.each([
    [240, 'donor'],
    [360, 'donor'],
    [900, 'donor'],
    [900, 'kind'],
  ] as const)(
    'places the shipped dataset at %i px by %s exactly as the row layout does',
    (width, mode) => {
      const { scale } = createBrokenTimeScale(shipped, width);
      const minHeight = (key: string) => (key.includes('+') ? 48 : 0);
      const table = buildMarkTable(shipped, rates, scale, mode, minHeight);
      const layout = layoutTimeline(shipped, rates, scale, mode, minHeight);
      expect(table.height).toBe(layout.height);
      expect(table.lanes.map((l) => [l.key, l.y, l.height])).toEqual(
        layout.lanes.map((l) => [l.key, l.y, l.height]),
      );
      for (const mark of layout.marks) {
        const i = shipped.indexOf(mark.record);
        const lane = table.lanes[table.lane[i]!]!;
        expect(lane.key).toBe(mark.lane);
        expect(table.row[i]).toBeGreaterThanOrEqual(0);
        expect(rowCentre(lane, table.row[i]!)).toBeCloseTo(mark.cy, 6);
        expect(table.area[i]).toBeCloseTo(mark.area, 3);
        expect(Number.isNaN(table.usd[i]!) ? null : table.usd[i]).toBe(mark.usd);
      }
      expect(table.maxUsd).toBe(layout.maxUsd);
    },
  );

  it('caps a crowded lane at rowCap rows and leaves the rest without a row', () => {
    const records = Array.from({ length: 50 }, () =>
      makeRecord({ date: onDay('2022-03-01'), amount: usd(1e6) }),
    );
    const { scale } = createBrokenTimeScale(records, 800);
    const table = buildMarkTable(records, rates, scale, 'donor');
    expect(table.lanes).toHaveLength(1);
    expect(table.lanes[0]!.rowHeights).toHaveLength(rowCap(1));
    expect([...table.row].filter((row) => row < 0)).toHaveLength(50 - rowCap(1));
  });

  it('packs fewer rows a lane the more lanes there are, never under 4 or over 12', () => {
    expect(rowCap(1)).toBe(12);
    expect(rowCap(12)).toBe(12);
    expect(rowCap(40)).toBe(5);
    expect(rowCap(400)).toBe(4);
  });

  it('sorts the slots by time and finds a window by binary search', () => {
    const records = Array.from({ length: 40 }, (_, d) =>
      makeRecord({ date: onDay(`2022-03-${String((d % 28) + 1).padStart(2, '0')}`) }),
    );
    const { scale } = createBrokenTimeScale(records, 800);
    const table = buildMarkTable(records, rates, scale, 'kind');
    const cxs = [...table.sortedCx];
    expect(cxs).toEqual([...cxs].sort((a, b) => a - b));
    expect([...table.byTime].map((i) => table.cx[i])).toEqual(cxs);
    const [start, end] = windowRange(table, 300, 500);
    const inside = [...table.cx].filter((x) => x >= 300 && x <= 500).length;
    expect(end - start).toBe(inside);
    expect(lowerBound(Float64Array.of(1, 2, 2, 3), 2)).toBe(1);
    expect(lowerBound(Float64Array.of(1, 2, 2, 3), 9)).toBe(4);
  });

  it('reaches a span into the window even when its middle is outside', () => {
    const year = makeRecord({
      date: { start: '2022-01-01', end: '2022-12-31', precision: 'year', basis: 'explicit' },
    });
    const day = makeRecord({ date: onDay('2022-12-30') });
    const { scale } = createBrokenTimeScale([year, day], 800);
    const table = buildMarkTable([year, day], rates, scale, 'kind');
    const [start, end] = windowRange(table, table.x0[0]! + 1, table.x0[0]! + 2);
    expect([...table.byTime.slice(start, end)]).toContain(0);
  });

  it('dims the other donors while a group is hovered, and what a search did not find', () => {
    const us = makeRecord({ id: 'us-a', donors: ['US'] });
    const gb = makeRecord({ id: 'gb-a', donors: ['GB'] });
    const joint = makeRecord({ id: 'nato-us', donors: ['US', 'NATO'] });
    const records = [us, gb, joint];
    const { scale } = createBrokenTimeScale(records, 800);
    const table = buildMarkTable(records, rates, scale, 'kind');
    const faint = (group: string | null, matches: ReadonlySet<string> | null) =>
      records.map((_, i) => markDimmer(table, group, matches)(i));
    expect(faint(null, null)).toEqual([false, false, false]);
    expect(faint('US', null)).toEqual([false, true, true]);
    expect(faint(null, new Set(['gb-a']))).toEqual([true, false, true]);
    expect(faint('GB', new Set(['us-a']))).toEqual([true, true, true]);
    expect(faint(null, new Set())).toEqual([true, true, true]);
  });
});

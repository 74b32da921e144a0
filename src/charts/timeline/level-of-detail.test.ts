import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import dataset from '../../../data/announcements.json';
import type { Announcement } from '../../data/schema';
import { createRateIndex } from '../../data/rates';
import { makeRecord, onDay, usd } from '../../test/make-record';
import { createBrokenTimeScale } from './timeline-layout';
import { buildMarkTable, rowCentre } from './mark-table';
import { levelOfDetail } from './level-of-detail';

const shipped = dataset.announcements as unknown as Announcement[];
const rates = createRateIndex(dataset.exchangeRates);
const day = (n: number) => new Date(Date.UTC(2022, 0, 1) + n * 86_400_000).toISOString();

/** `n` US records, `perDay` a day, each worth $1M, and the table of them at `width`. */
function crowd(n: number, perDay: number, width = 600) {
  const records = Array.from({ length: n }, (_, i) =>
    makeRecord({ date: onDay(day(Math.floor(i / perDay)).slice(0, 10)), amount: usd(1e6) }),
  );
  const { scale } = createBrokenTimeScale(records, width);
  return buildMarkTable(records, rates, scale, 'donor');
}

describe('levelOfDetail', () => {
  it.each([
    [900, { k: 1, x: 0 }],
    [900, { k: 6, x: -1800 }],
    [360, { k: 1, x: 0 }],
  ])(
    'sums nothing in the shipped dataset (%i px, %o): every mark where the base layout put it',
    (width, view) => {
      const { scale } = createBrokenTimeScale(shipped, width);
      const table = buildMarkTable(shipped, rates, scale, 'donor');
      const lod = levelOfDetail(table, view, width);
      expect(lod.aggregates).toEqual([]);
      for (let j = 0; j < lod.count; j++) {
        const i = lod.slots[j]!;
        expect(lod.x[j]).toBeCloseTo(table.cx[i]! * view.k + view.x, 3);
        expect(lod.y[j]).toBeCloseTo(rowCentre(table.lanes[table.lane[i]!]!, table.row[i]!), 3);
      }
      if (view.k === 1) expect(lod.count).toBe(shipped.length);
    },
  );

  it('sums a crowded lane into aggregates with the count and the dollars, kinds mixed', () => {
    const table = crowd(2000, 20);
    const lod = levelOfDetail(table, { k: 1, x: 0 }, 600);
    expect(lod.aggregates.length).toBeGreaterThan(0);
    const summed = lod.aggregates.reduce((s, a) => s + a.members.length, 0);
    expect(summed + lod.count).toBe(2000);
    for (const a of lod.aggregates) {
      expect(a.usd).toBeCloseTo(a.members.length * 1e6, 0);
      expect(a.x1).toBeGreaterThanOrEqual(a.x0);
      expect(a.base[1]).toBeGreaterThanOrEqual(a.base[0]);
    }
  });

  it('expands an aggregate as the zoom spreads its members apart', () => {
    const table = crowd(300, 3);
    const out = levelOfDetail(table, { k: 1, x: 0 }, 600);
    const target = out.aggregates[0]!;
    const k = Math.min(500, 600 / Math.max(1, target.base[1] - target.base[0]));
    const inside = levelOfDetail(table, { k, x: -target.base[0] * k }, 600);
    const drawn = new Set(inside.slots.slice(0, inside.count));
    const stillSummed = inside.aggregates.flatMap((a) => a.members);
    expect(target.members.filter((i) => drawn.has(i)).length).toBeGreaterThan(
      target.members.filter((i) => stillSummed.includes(i)).length,
    );
  });

  it('keeps running totals out of an aggregate’s sum', () => {
    const records = Array.from({ length: 30 }, (_, i) =>
      makeRecord({
        kind: i === 0 ? 'cumulative' : 'pledge',
        date: onDay('2022-03-01'),
        amount: usd(i === 0 ? 5e9 : 1e6),
      }),
    );
    const { scale } = createBrokenTimeScale(records, 600);
    const lod = levelOfDetail(buildMarkTable(records, rates, scale, 'donor'), { k: 1, x: 0 }, 600);
    expect(lod.aggregates).toHaveLength(1);
    expect(lod.aggregates[0]!.usd).toBe(29e6);
  });

  it('draws or sums each mark in the window exactly once, at any zoom and pan', () => {
    const table = crowd(800, 7);
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 200, noNaN: true }),
        fc.double({ min: 0, max: 1 }),
        (k, at) => {
          const x = -at * (k - 1) * 600;
          const lod = levelOfDetail(table, { k, x }, 600);
          const seen = [
            ...lod.slots.slice(0, lod.count),
            ...lod.aggregates.flatMap((a) => a.members),
          ];
          expect(new Set(seen).size).toBe(seen.length);
          for (let i = 0; i < table.size; i++) {
            const cx = table.cx[i]! * k + x;
            if (cx >= 0 && cx <= 600) expect(seen).toContain(i);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('skips the lanes outside the rows in view', () => {
    const records = ['US', 'GB', 'DE'].map((donor) => makeRecord({ donors: [donor] }));
    const { scale } = createBrokenTimeScale(records, 600);
    const table = buildMarkTable(records, rates, scale, 'donor');
    const second = table.lanes[1]!;
    const lod = levelOfDetail(table, { k: 1, x: 0 }, 600, [second.y + 1, second.y + 2]);
    expect(lod.count).toBe(1);
    expect(table.lane[lod.slots[0]!]).toBe(1);
  });
});

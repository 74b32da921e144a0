import { describe, expect, it } from 'vitest';
import type { Announcement } from '../../data/schema';
import { createRateIndex } from '../../data/rates';
import { generateSyntheticDataset } from '../../data/synthetic';
import { makeRecord, onDay, usd } from '../../test/make-record';
import { createTimeScale } from './timeline-layout';
import { buildMarkTable, OTHERS_LANE } from './mark-table';
import { countBox, levelOfDetail, MAX_ZOOM, type ViewTransform } from './level-of-detail';

// Level of detail as a reader meets it: counts that never collide, marks that keep their size
// when zoomed, and aggregates that zooming cannot split opening as a list.

type Rect = { x: number; y: number; width: number; height: number };
const intersect = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Rect, b: Rect) =>
  a.x >= b.x - 1e-6 &&
  a.x + a.width <= b.x + b.width + 1e-6 &&
  a.y >= b.y &&
  a.y + a.height <= b.y + b.height;

const synthetic = generateSyntheticDataset({ size: 10_000, seed: 1 });
const records = (synthetic.announcements as Announcement[]).filter((r) => r.kind !== 'deployment');
const rates = createRateIndex(synthetic.exchangeRates);
const WIDTH = 1200;
const { scale } = createTimeScale(records, WIDTH, 'squeezed');
const table = buildMarkTable(records, rates, scale, 'donor');
/** The zoom that shows [from, to) across the plot. */
const showing = (from: string, to: string): ViewTransform => {
  const x0 = scale(Date.parse(from));
  const k = WIDTH / (scale(Date.parse(to)) - x0);
  return { k, x: -x0 * k };
};

describe('levelOfDetail at 10,000 announcements', () => {
  it.each([
    ['everything', { k: 1, x: 0 }],
    ['a month', showing('2024-03-01', '2024-04-01')],
    ['a few days', showing('2024-03-10', '2024-03-14')],
    ['a day at the zoom limit', { k: MAX_ZOOM, x: -scale(Date.parse('2024-03-12')) * MAX_ZOOM }],
  ])('prints no two counts over each other (%s), each inside its own box', (_, view) => {
    const lod = levelOfDetail(table, view, WIDTH);
    const shown = lod.aggregates.filter((a) => a.countShown);
    expect(shown.length).toBeGreaterThan(0);
    const labels = shown.map(countBox);
    shown.forEach((a, n) => expect(inside(labels[n]!, a.box)).toBe(true));
    for (let a = 0; a < labels.length; a++)
      for (let b = a + 1; b < labels.length; b++)
        expect(intersect(labels[a]!, labels[b]!), `${shown[a]!.key} × ${shown[b]!.key}`).toBe(
          false,
        );
    // Boxes in one lane never overlap either, shown counts or not.
    for (const a of lod.aggregates)
      for (const b of lod.aggregates)
        if (a !== b && a.lane === b.lane) expect(intersect(a.box, b.box)).toBe(false);
  });

  it('leaves out the count where the box has no room for it, and keeps it in the box of any that has', () => {
    const lod = levelOfDetail(table, { k: 1, x: 0 }, WIDTH);
    for (const a of lod.aggregates) {
      const room = String(a.members.length).length * 6.5 + 6;
      expect(a.countShown).toBe(a.box.width >= room);
    }
  });

  it('opens an aggregate whose members share one day as a list, one spread over weeks by zooming', () => {
    const days = levelOfDetail(table, showing('2024-03-10', '2024-03-14'), WIDTH);
    const oneDay = days.aggregates.filter((a) =>
      a.members.every((i) => table.t0[i] === table.t0[a.members[0]!] && !table.span[i]),
    );
    expect(oneDay.length).toBeGreaterThan(0);
    for (const a of oneDay) expect(a.opens).toBe('list');
    const all = levelOfDetail(table, { k: 1, x: 0 }, WIDTH);
    const spread = all.aggregates.filter((a) => a.base[1] - a.base[0] > 5);
    expect(spread.length).toBeGreaterThan(0);
    for (const a of spread) expect(a.opens).toBe('zoom');
  });

  it('lists every aggregate at the zoom limit', () => {
    const lod = levelOfDetail(
      table,
      { k: MAX_ZOOM, x: -scale(Date.parse('2024-03-12')) * MAX_ZOOM },
      WIDTH,
    );
    expect(lod.aggregates.length).toBeGreaterThan(0);
    for (const a of lod.aggregates) expect(a.opens).toBe('list');
  });
});

describe('levelOfDetail when zoomed in', () => {
  it('keeps each symbol its size: ten a day over five days are drawn one by one once a day is 100 px', () => {
    const crowd = [
      makeRecord({ date: onDay('2022-01-01'), amount: usd(1e6) }),
      ...Array.from({ length: 50 }, (_, i) =>
        makeRecord({ date: onDay(`2022-06-0${1 + Math.floor(i / 10)}`), amount: usd(1e6) }),
      ),
      makeRecord({ date: onDay('2023-12-31'), amount: usd(1e6) }),
    ];
    const { scale: linear } = createTimeScale(crowd, 600, 'linear');
    const small = buildMarkTable(crowd, createRateIndex([]), linear, 'donor');
    const dayPx = linear(Date.parse('2022-06-02')) - linear(Date.parse('2022-06-01'));
    expect(levelOfDetail(small, { k: 1, x: 0 }, 600).aggregates.length).toBeGreaterThan(0);
    const k = 100 / dayPx;
    const view = { k, x: -linear(Date.parse('2022-06-01')) * k + 50 };
    const lod = levelOfDetail(small, view, 600);
    expect(lod.aggregates).toEqual([]);
    const drawn = Array.from(lod.slots.slice(0, lod.count), (i) => small.records[i]!.date.start);
    expect(drawn.filter((day) => day.startsWith('2022-06')).length).toBe(50);
  });

  it('opens a crowd on one day as a list at any zoom, since zooming never spreads it', () => {
    const oneDay = Array.from({ length: 40 }, () =>
      makeRecord({ date: onDay('2022-03-01'), amount: usd(1e6) }),
    );
    const { scale: s } = createTimeScale(oneDay, 600, 'squeezed');
    const lod = levelOfDetail(
      buildMarkTable(oneDay, createRateIndex([]), s, 'donor'),
      { k: 1, x: 0 },
      600,
    );
    expect(lod.aggregates).toHaveLength(1);
    expect(lod.aggregates[0]!.opens).toBe('list');
    expect(lod.aggregates[0]!.countShown).toBe(true);
  });
});

describe('the lane cap', () => {
  it('keeps the busiest donors in lanes of their own and gathers the rest in one last lane', () => {
    const capped = buildMarkTable(records, rates, scale, 'donor', () => 0, 25);
    expect(table.lanes.length).toBeGreaterThan(200);
    expect(capped.lanes).toHaveLength(25);
    const last = capped.lanes.at(-1)!;
    expect(last.key).toBe(OTHERS_LANE);
    expect(last.donors).toBeNull();
    expect(last.others).toBe(table.lanes.length - 24);
    // The busiest 24 lanes by announcements are kept; every record is in one lane.
    const count = (t: typeof table, lane: number) => t.lane.filter((l) => l === lane).length;
    const sizes = table.lanes.map((_, n) => count(table, n)).sort((a, b) => b - a);
    const kept = capped.lanes.slice(0, 24).map((_, n) => count(capped, n));
    expect(kept.sort((a, b) => b - a)).toEqual(sizes.slice(0, 24));
    expect(count(capped, 24)).toBe(records.length - sizes.slice(0, 24).reduce((s, n) => s + n));
    expect(capped.height).toBeLessThan(table.height / 3);
    // A few donors: no cap, as before.
    expect(
      buildMarkTable(records.slice(0, 20), rates, scale, 'donor', () => 0, 25).lanes.some(
        (l) => l.key === OTHERS_LANE,
      ),
    ).toBe(false);
  });
});

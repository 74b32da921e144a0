import { describe, expect, it } from 'vitest';
import { dayStart } from '../../data/days';
import { usdMeasure } from '../../transforms/aggregate';
import { timelineDomain } from '../../transforms/time-window';
import { makeRecord, onDay, usd } from '../../test/make-record';
import {
  COLOURED_LINES,
  layoutRunning,
  nearestStop,
  placeLabels,
  spacedTicks,
  stopIndexAt,
  tickLabels,
  valueDomain,
  type Stop,
} from './running-layout';
import { buildRunningSeries, type RunningSeries } from './running-series';

const day = dayStart;
const inUsd = usdMeasure(new Map());
const series = (total: number, refs: number[] = []): RunningSeries => ({
  group: 'US',
  donors: ['US'],
  total,
  points: [],
  references: refs.map((value) => ({ t: 0, value, record: makeRecord() })),
});

describe('valueDomain', () => {
  it.each([
    ['fits the largest line', [series(30), series(10)], 30],
    ['widens for a reported total up to twice the line', [series(30, [50])], 50],
    ['leaves a reported total far beyond off the scale', [series(30, [1000])], 30],
    ['takes the reported totals when no line has a sum', [series(0, [7])], 7],
    ['spans 0 to 1 with nothing', [], 1],
  ])('%s', (_name, input, expected) => expect(valueDomain(input)).toBe(expected));
});

describe('placeLabels', () => {
  it('keeps labels in priority order and drops one that would collide', () => {
    expect(placeLabels([100, 105, 130, 140, 90], 13)).toEqual([100, null, 130, null, null]);
  });
});

const stop = (x: number, y: number, reference = false): Stop => ({
  t: x,
  x,
  y,
  value: 0,
  record: makeRecord(),
  reference,
  offScale: false,
});

describe('stopIndexAt and nearestStop', () => {
  const stops = [stop(10, 50), stop(20, 40), stop(30, 30)];
  it.each([
    [5, 0],
    [10, 0],
    [25, 1],
    [99, 2],
  ])('at x = %d the step in force is %d', (px, expected) =>
    expect(stopIndexAt(stops, px)).toBe(expected),
  );

  it('finds the line nearest the pointer, and a reported total within reach first', () => {
    const line = (s: Stop[], zeroY = 100) => ({
      series: series(1),
      colour: 0,
      path: '',
      stops: s,
      labelY: null,
      zeroY,
    });
    const lines = [line([stop(10, 80), stop(50, 20)]), line([stop(12, 60), stop(40, 55, true)])];
    expect(nearestStop(lines, 30, 78)).toEqual({ line: 0, stop: 0 });
    expect(nearestStop(lines, 30, 62)).toEqual({ line: 1, stop: 0 });
    expect(nearestStop(lines, 42, 50)).toEqual({ line: 1, stop: 1 });
    expect(nearestStop([], 0, 0)).toBeNull();
  });
});

describe('layoutRunning', () => {
  it('colours the largest lines and greys the rest', () => {
    const records = Array.from({ length: 9 }, (_, i) =>
      makeRecord({
        donors: [['US', 'GB', 'DE', 'FR', 'PL', 'NL', 'BE', 'SE', 'DK'][i]!],
        amount: usd(100 - i),
      }),
    );
    const set = buildRunningSeries(records, inUsd, 'committed', null);
    const layout = layoutRunning(set, timelineDomain(records), 600, 200);
    expect(layout.lines.map((l) => l.colour)).toEqual([0, 1, 2, 3, 4, 5, null, null, null]);
    expect(COLOURED_LINES).toBe(6);
  });

  it('draws 100,000 records as at most one step per pixel column per line, ending at each total', () => {
    // A seeded spread of 100,000 pledges and deliveries by 40 donors over two years.
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const donors = Array.from({ length: 40 }, (_, i) => ['US', 'GB', 'DE', 'FR', 'PL'][i % 5]! + i);
    const records = Array.from({ length: 100_000 }, () =>
      makeRecord({
        kind: next() < 0.5 ? 'pledge' : 'delivery',
        donors: [donors[Math.floor(next() ** 2 * 40)]!],
        date: onDay(
          new Date(day('2022-01-01') + Math.floor(next() * 730) * 86_400_000)
            .toISOString()
            .slice(0, 10),
        ),
        amount: usd(1 + Math.floor(next() * 1e6)),
      }),
    );
    const set = buildRunningSeries(records, inUsd, 'committed', null);
    const layout = layoutRunning(set, timelineDomain(records), 700, 240);
    expect(set.series).toHaveLength(40);
    for (const line of layout.lines) {
      const steps = line.stops.filter((s) => !s.reference);
      expect(steps.length).toBeLessThanOrEqual(701);
      expect(steps.at(-1)!.value).toBe(line.series.total);
      expect(line.series.points).toHaveLength(
        records.filter((r) => r.donors[0] === line.series.group).length,
      );
    }
  }, 60_000);

  it('puts a reported total far beyond the lines at the top edge, marked off scale', () => {
    const records = [
      makeRecord({ date: onDay('2022-03-01'), amount: usd(10) }),
      makeRecord({ kind: 'cumulative', date: onDay('2022-03-05'), amount: usd(500) }),
    ];
    const set = buildRunningSeries(records, inUsd, 'committed', null);
    const layout = layoutRunning(set, [day('2022-02-01'), day('2022-04-01')], 300, 100);
    const reference = layout.lines[0]!.stops.find((s) => s.reference)!;
    expect(reference).toMatchObject({ offScale: true, y: 0, value: 500 });
  });
});

describe('spacedTicks', () => {
  const weeks = Array.from(
    { length: 10 },
    (_, i) => new Date(day('2022-01-03') + i * 7 * 86_400_000),
  );
  it('keeps every tick with room, every k-th without', () => {
    expect(spacedTicks(weeks, 1200)).toHaveLength(10);
    expect(spacedTicks(weeks, 600).map((d) => d.getUTCDate())).toEqual([3, 17, 31, 14, 28]);
  });
});

describe('tickLabels', () => {
  const month = (m: string) => `M${m}`;
  const dayLabel = (d: string) => `D${d}`;
  it.each([
    [
      ['2021-01-01', '2022-01-01'],
      ['2021', '2022'],
    ],
    [
      ['2022-01-01', '2022-02-01'],
      ['M2022-01', 'M2022-02'],
    ],
    [
      ['2022-01-01', '2022-01-08'],
      ['D2022-01-01', 'D2022-01-08'],
    ],
  ])('%j', (isos, expected) =>
    expect(
      tickLabels(
        isos.map((iso) => new Date(day(iso))),
        month,
        dayLabel,
      ),
    ).toEqual(expected),
  );
});

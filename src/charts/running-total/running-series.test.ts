import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRateIndex } from '../../data/rates';
import type { Dataset } from '../../data/schema';
import { dayStart } from '../../data/days';
import { overlapsWindow } from '../../state/selectors';
import { aggregateByDonor, usdMeasure } from '../../transforms/aggregate';
import { makeRecord, onDay, usd } from '../../test/make-record';
import { buildRunningSeries, downsampleSteps, stepPath, stepTime } from './running-series';

const rates = createRateIndex([
  { currency: 'EUR', month: '2022-03', usdPerUnit: 1.1, source: 'test' },
]);
const inUsd = usdMeasure(rates);
const day = dayStart;

const pledge = (iso: string, value: number, donors = ['US']) =>
  makeRecord({ kind: 'pledge', donors, date: onDay(iso), amount: usd(value) });

describe('buildRunningSeries: running sums', () => {
  it.each([
    {
      name: 'sums in date order, whatever the input order',
      records: [pledge('2022-03-05', 30), pledge('2022-03-01', 10), pledge('2022-03-03', 20)],
      mode: 'committed' as const,
      steps: [10, 30, 60],
    },
    {
      name: 'a part-delivery is inside its package: not committed again, but delivered',
      records: [
        makeRecord({ id: 'pkg', kind: 'approval', date: onDay('2022-03-01'), amount: usd(350) }),
        makeRecord({
          kind: 'delivery',
          date: onDay('2022-03-09'),
          amount: usd(240),
          partOf: 'pkg',
        }),
      ],
      mode: 'committed' as const,
      steps: [350],
    },
    {
      name: 'deliveries, parts included',
      records: [
        makeRecord({ id: 'pkg2', kind: 'approval', date: onDay('2022-03-01'), amount: usd(350) }),
        makeRecord({
          kind: 'delivery',
          date: onDay('2022-03-09'),
          amount: usd(240),
          partOf: 'pkg2',
        }),
        makeRecord({
          kind: 'delivery',
          date: onDay('2022-03-10'),
          amount: { value: 100, currency: 'EUR' },
        }),
      ],
      mode: 'delivered' as const,
      steps: [240, 350],
    },
    {
      name: 'no sum, no currency, refusals and deployments add nothing',
      records: [
        pledge('2022-03-01', 10),
        makeRecord({ kind: 'pledge', amount: null }),
        makeRecord({ kind: 'pledge', amount: { value: 99, currency: null } }),
        makeRecord({ kind: 'refusal', amount: usd(500) }),
        makeRecord({ kind: 'deployment', recipient: 'PL', amount: usd(500) }),
      ],
      mode: 'committed' as const,
      steps: [10],
    },
  ])('$name', ({ records, mode, steps }) => {
    const [us] = buildRunningSeries(records, inUsd, mode, null).series;
    expect(us!.points.map((p) => Math.round(p.value))).toEqual(steps);
    expect(us!.total).toBeCloseTo(steps.at(-1)!);
  });

  it('keeps joint records in their own group, never credited to each donor', () => {
    const set = buildRunningSeries(
      [pledge('2022-03-01', 10), pledge('2022-03-02', 5, ['US', 'NATO'])],
      inUsd,
      'committed',
      null,
    );
    expect(set.series.map((s) => [s.group, s.total])).toEqual([
      ['US', 10],
      ['NATO+US', 5],
    ]);
  });

  it('orders lines by total, largest first, and names the groups with nothing to draw', () => {
    const set = buildRunningSeries(
      [
        makeRecord({ donors: ['DE'], kind: 'pledge', amount: null }),
        pledge('2022-03-01', 10, ['GB']),
        pledge('2022-03-02', 50),
        makeRecord({ donors: ['NL'], kind: 'refusal' }),
      ],
      inUsd,
      'committed',
      null,
    );
    expect(set.series.map((s) => s.group)).toEqual(['US', 'GB']);
    expect(set.noSum.map((g) => g.group)).toEqual(['DE', 'NL']);
  });
});

describe('buildRunningSeries: running totals the sources report', () => {
  it('draws a cumulative record as a reference point at its date and value, never added', () => {
    const total = makeRecord({ kind: 'cumulative', date: onDay('2022-03-04'), amount: usd(1000) });
    const set = buildRunningSeries(
      [pledge('2022-03-01', 10), total, pledge('2022-03-05', 20)],
      inUsd,
      'committed',
      null,
    );
    const [us] = set.series;
    expect(us!.points.map((p) => p.value)).toEqual([10, 30]);
    expect(us!.total).toBe(30);
    expect(us!.references).toEqual([{ t: day('2022-03-04'), value: 1000, record: total }]);
  });

  it('keeps a donor whose only figure is a reported total as a line of its own, at 0', () => {
    const set = buildRunningSeries(
      [makeRecord({ kind: 'cumulative', donors: ['GB'], amount: usd(7) })],
      inUsd,
      'delivered',
      null,
    );
    expect(set.series).toHaveLength(1);
    expect(set.series[0]).toMatchObject({ group: 'GB', total: 0, points: [] });
    expect(set.noSum).toEqual([]);
  });
});

describe('buildRunningSeries: the time window', () => {
  const window: [number, number] = [day('2022-03-02'), day('2022-03-10')];
  it.each([
    ['a record before the window is left out', '2022-03-01', '2022-03-01', null],
    ['a record after the window is left out', '2022-03-10', '2022-03-12', null],
    ['a record inside steps on its day', '2022-03-05', '2022-03-05', day('2022-03-05')],
    ['a span reaching past the end steps at the window end', '2022-03-08', '2022-03-20', window[1]],
    [
      'a span from before the window steps on its last day',
      '2022-02-20',
      '2022-03-03',
      day('2022-03-03'),
    ],
  ])('%s', (_name, start, end, expected) => {
    const record = makeRecord({
      date: { start, end, precision: 'week', basis: 'explicit' },
      amount: usd(10),
    });
    const [line] = buildRunningSeries([record], inUsd, 'committed', window).series;
    expect(line?.points[0]?.t ?? null).toBe(expected);
    expect(stepTime(record, null)).toBe(day(end));
  });

  it('ends, for every donor and window, at the comparison’s totals of the same records', () => {
    const dataset = JSON.parse(readFileSync('data/announcements.json', 'utf8')) as Dataset;
    const shippedRates = createRateIndex(dataset.exchangeRates);
    const measure = usdMeasure(shippedRates);
    const windows: Array<[number, number] | null> = [
      null,
      [day('2022-01-01'), day('2022-04-01')],
      [day('2021-11-15'), day('2022-02-27')],
      [day('2023-01-01'), day('2023-03-01')],
    ];
    for (const window of windows) {
      const inView = dataset.announcements.filter((r) => overlapsWindow(r, window));
      const rows = aggregateByDonor(inView, measure);
      for (const mode of ['committed', 'delivered'] as const) {
        const set = buildRunningSeries(dataset.announcements, measure, mode, window);
        const totals = new Map(set.series.map((s) => [s.group, s.total]));
        for (const row of rows) expect(totals.get(row.group) ?? 0).toBeCloseTo(row[mode]);
      }
    }
  });
});

describe('downsampleSteps', () => {
  const points = [0, 0.2, 0.9, 1.5, 3, 3.1, 3.99].map((t, i) => ({ t, value: i + 1 }));
  it('keeps one point per pixel column, the last, so the line still ends at its total', () => {
    const kept = downsampleSteps(points, (t) => t);
    expect(kept.map((p) => p.t)).toEqual([0.9, 1.5, 3.99]);
    expect(kept.at(-1)!.value).toBe(points.at(-1)!.value);
  });

  it('thins 100,000 steps to at most one per column of a 800 px plot', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => ({ t: i, value: i + 1 }));
    const kept = downsampleSteps(many, (t) => (t / 100_000) * 800);
    expect(kept.length).toBe(800);
    expect(kept.at(-1)!.value).toBe(100_000);
  });
});

describe('stepPath', () => {
  it('starts at 0 at the window’s start, rises at each step and runs on to the end', () => {
    const set = buildRunningSeries([pledge('2022-03-01', 10)], inUsd, 'committed', null);
    const path = stepPath(
      set.series[0]!.points,
      () => 40,
      (v) => 100 - v,
      [0, 200],
    );
    expect(path).toBe('M0,100H40V90H200');
  });
});

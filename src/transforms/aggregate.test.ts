import { describe, expect, it } from 'vitest';
import type { ExchangeRate } from '../data/schema';
import { aggregateByDonor, donorGroupKey, usdMeasure } from './aggregate';
import { createRateIndex } from '../data/rates';
import { toUsd } from './to-usd';
import { makeRecord, usd } from '../test/make-record';

const rates = createRateIndex([
  { currency: 'EUR', month: '2022-03', usdPerUnit: 1.1, source: 'test' } satisfies ExchangeRate,
]);

const record = makeRecord;

describe('toUsd', () => {
  it.each([
    ['USD as is', usd(5), 5],
    ['EUR at the rate of the month the date ends in', { value: 100, currency: 'EUR' }, 110],
    ['no currency printed: not converted', { value: 100, currency: null }, null],
    ['no rate for the currency: not converted', { value: 100, currency: 'GBP' }, null],
  ])('%s', (_name, amount, expected) => {
    const value = toUsd(record({ amount }), rates);
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected);
  });
});

const inUsd = usdMeasure(rates);

describe('aggregateByDonor never double-counts', () => {
  it('counts a package once when a part-delivery of it is also recorded', () => {
    const pkg = record({ id: 'pkg', kind: 'approval', amount: usd(350) });
    const part = record({ kind: 'delivery', amount: usd(240), partOf: 'pkg' });
    const [us] = aggregateByDonor([pkg, part], inUsd);
    expect(us).toMatchObject({ group: 'US', committed: 350, delivered: 240, announcements: 2 });
    expect(us!.committedSegments.map((s) => s.record)).toEqual([pkg]);
    expect(us!.deliveredSegments.map((s) => s.record)).toEqual([part]);
  });

  it('counts a delivery that is part of nothing as committed and delivered', () => {
    const [us] = aggregateByDonor([record({ kind: 'delivery', amount: usd(60) })], inUsd);
    expect(us).toMatchObject({ committed: 60, delivered: 60 });
  });

  it('shows a running total but never adds it', () => {
    const total = record({ kind: 'cumulative', amount: usd(30) });
    const [us] = aggregateByDonor([record({ amount: usd(2) }), total], inUsd);
    expect(us!.committed).toBe(2);
    expect(us!.references).toEqual([{ record: total, value: 30 }]);
  });

  it('keeps a joint record whole in its own group, not credited to each donor', () => {
    const joint = record({ kind: 'delivery', donors: ['US', 'NATO'], amount: usd(7) });
    const rows = aggregateByDonor([joint, record({ amount: usd(1) })], inUsd);
    expect(rows.map((row) => [row.group, row.committed])).toEqual([
      ['NATO+US', 7],
      ['US', 1],
    ]);
    expect(rows.reduce((sum, row) => sum + row.announcements, 0)).toBe(2);
  });

  it('keeps deployments to allies out of every row', () => {
    const deployment = record({ kind: 'deployment', recipient: 'PL', amount: usd(9) });
    expect(aggregateByDonor([deployment], inUsd)).toEqual([]);
    expect(aggregateByDonor([deployment], inUsd, 'count')).toEqual([]);
  });

  it.each(['intent', 'request', 'refusal'] as const)('does not add the amount of a %s', (kind) => {
    const [us] = aggregateByDonor([record({ kind, amount: usd(5) })], inUsd);
    expect(us).toMatchObject({ committed: 0, delivered: 0, announcements: 1 });
  });

  it('counts an amount with no printed currency as unvalued, not as zero silently', () => {
    const [us] = aggregateByDonor([record({ amount: { value: 60e9, currency: null } })], inUsd);
    expect(us).toMatchObject({ committed: 0, unvalued: 1 });
  });

  it('converts each record at the rate of its own month', () => {
    const march = { start: '2022-03-01', end: '2022-03-31', precision: 'month', basis: 'explicit' };
    const rows = aggregateByDonor(
      [
        record({ amount: usd(100) }),
        record({ donors: ['GB'], amount: { value: 10, currency: 'EUR' }, date: march } as never),
      ],
      inUsd,
    );
    expect(rows.map((row) => row.committed)).toEqual([100, expect.closeTo(11)]);
  });

  it('stacks segments end to end, each starting where the one before it ends', () => {
    const amounts = [5, 20, 1, 300];
    const delivered = record({ kind: 'delivery', amount: usd(40) });
    const [us] = aggregateByDonor(
      [...amounts.map((value) => record({ amount: usd(value) })), delivered],
      inUsd,
    );
    const segments = us!.committedSegments;
    expect(segments.map((s) => s.value)).toEqual([...amounts, 40]);
    segments.forEach((segment, i) => {
      const before = segments[i - 1];
      expect(segment.start).toBe(before ? before.start + before.value : 0);
    });
    const last = segments.at(-1)!;
    expect(last.start + last.value).toBe(us!.committed);
    expect(us!.deliveredSegments).toEqual([{ record: delivered, start: 0, value: 40 }]);
  });

  it('counts one per aid announcement of any kind in count mode', () => {
    const rows = aggregateByDonor(
      [record({}), record({ kind: 'refusal' }), record({ kind: 'cumulative', amount: usd(1) })],
      inUsd,
      'count',
    );
    expect(rows).toMatchObject([{ committed: 3, announcements: 3, references: [] }]);
    expect(rows[0]!.committedSegments.map((s) => s.start)).toEqual([0, 1, 2]);
  });
});

describe('donor groups', () => {
  it.each([
    [['US'], 'US'],
    [['US', 'NATO'], 'NATO+US'],
    [['LT', 'EE', 'LV'], 'EE+LT+LV'],
  ])('groups donors %j as %s', (donors, key) => {
    expect(donorGroupKey(donors)).toBe(key);
    // Asked again (the key is kept per list), the same, and the list left in its order.
    const before = [...donors];
    expect(donorGroupKey(donors)).toBe(key);
    expect(donors).toEqual(before);
  });
});

describe('aggregateByDonor without segments', () => {
  it('gives the same totals, counts and references, with empty segment lists', () => {
    const rates = new Map();
    const records = [
      makeRecord({ id: 'a', kind: 'pledge', amount: usd(5e6) }),
      makeRecord({ id: 'b', kind: 'delivery', amount: usd(2e6) }),
      makeRecord({ id: 'c', kind: 'cumulative', amount: usd(9e6) }),
      makeRecord({ id: 'd', donors: ['NATO', 'US'], kind: 'approval', amount: usd(1e6) }),
    ];
    for (const mode of ['sum', 'count'] as const) {
      const full = aggregateByDonor(records, usdMeasure(rates), mode);
      const totals = aggregateByDonor(records, usdMeasure(rates), mode, false);
      expect(totals).toEqual(
        full.map((row) => ({ ...row, committedSegments: [], deliveredSegments: [] })),
      );
    }
  });
});

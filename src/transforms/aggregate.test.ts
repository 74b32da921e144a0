import { describe, expect, it } from 'vitest';
import type { ExchangeRate } from '../data/schema';
import {
  countByKind,
  donorGroupKey,
  quantitiesByCategory,
  totalCommittedUsd,
  totalsByDonor,
} from './aggregate';
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

describe('totalsByDonor never double-counts', () => {
  it('counts a package once when a part-delivery of it is also recorded', () => {
    const pkg = record({ id: 'pkg', kind: 'approval', amount: usd(350) });
    const part = record({ kind: 'delivery', amount: usd(240), partOf: 'pkg' });
    const [us] = totalsByDonor([pkg, part], rates);
    expect(us).toMatchObject({
      group: 'US',
      committedUsd: 350,
      deliveredUsd: 240,
      announcements: 2,
    });
  });

  it('counts a delivery that is part of nothing as committed and delivered', () => {
    const [us] = totalsByDonor([record({ kind: 'delivery', amount: usd(60) })], rates);
    expect(us).toMatchObject({ committedUsd: 60, deliveredUsd: 60 });
  });

  it('shows a running total but never adds it', () => {
    const [us] = totalsByDonor(
      [record({ amount: usd(2) }), record({ kind: 'cumulative', amount: usd(30) })],
      rates,
    );
    expect(us!.committedUsd).toBe(2);
    expect(us!.runningTotals).toEqual([expect.objectContaining({ usd: 30 })]);
  });

  it('keeps a joint record whole in its own group, not credited to each donor', () => {
    const joint = record({
      kind: 'delivery',
      donors: ['US', 'NATO'],
      items: [{ category: 'anti-tank', quantity: 17000, unit: 'pieces' }],
    });
    const groups = totalsByDonor([joint, record({ amount: usd(1) })], rates);
    expect(groups.map((g) => g.group)).toEqual(['NATO+US', 'US']);
    expect(groups[0]!.committedQuantities['anti-tank']).toEqual({ pieces: 17000 });
    expect(groups[1]!.committedQuantities['anti-tank']).toBeUndefined();
    const announcements = groups.reduce((sum, g) => sum + g.announcements, 0);
    expect(announcements).toBe(2);
  });

  it('keeps deployments to allies out of the aid totals', () => {
    const deployment = record({
      kind: 'deployment',
      recipient: 'PL',
      items: [{ category: 'troops', quantity: 2000, unit: 'troops' }],
    });
    const [us] = totalsByDonor([deployment], rates);
    expect(us).toMatchObject({ announcements: 0, deployments: 1, committedQuantities: {} });
  });

  it.each(['intent', 'request', 'refusal'] as const)('does not add the amount of a %s', (kind) => {
    const [us] = totalsByDonor([record({ kind, amount: usd(5) })], rates);
    expect(us).toMatchObject({ committedUsd: 0, deliveredUsd: 0, announcements: 1 });
  });

  it('counts an amount with no printed currency as unconverted, not as zero silently', () => {
    const [us] = totalsByDonor([record({ amount: { value: 60e9, currency: null } })], rates);
    expect(us).toMatchObject({ committedUsd: 0, unconverted: 1 });
  });
});

describe('quantities and counts', () => {
  it('adds quantities by category and unit, never across units', () => {
    const totals = quantitiesByCategory([
      record({
        kind: 'delivery',
        items: [{ category: 'ammunition', quantity: 90, unit: 'tonnes' }],
      }),
      record({ items: [{ category: 'ammunition', quantity: 500, unit: 'pieces' }] }),
      record({ items: [{ category: 'ammunition', quantity: 10, unit: 'pieces' }] }),
      record({
        kind: 'delivery',
        partOf: 'x',
        items: [{ category: 'ammunition', quantity: 7, unit: 'pieces' }],
      }),
    ]);
    expect(totals).toEqual({ ammunition: { tonnes: 90, pieces: 510 } });
  });

  it('sums committed aid across donors once per record', () => {
    const records = [
      record({ amount: usd(100) }),
      record({
        donors: ['GB'],
        amount: { value: 10, currency: 'EUR' },
        date: { start: '2022-03-01', end: '2022-03-31', precision: 'month', basis: 'explicit' },
      }),
      record({ kind: 'delivery', partOf: 'r-x', amount: usd(50) }),
    ];
    expect(totalCommittedUsd(records, rates)).toBeCloseTo(111);
  });

  it('counts records by kind', () => {
    const counts = countByKind([record({}), record({ kind: 'refusal' }), record({})]);
    expect(Object.fromEntries(counts)).toEqual({ pledge: 2, refusal: 1 });
  });

  it.each([
    [['US'], 'US'],
    [['US', 'NATO'], 'NATO+US'],
    [['LT', 'EE', 'LV'], 'EE+LT+LV'],
  ])('groups donors %j as %s', (donors, key) => {
    expect(donorGroupKey(donors)).toBe(key);
  });
});

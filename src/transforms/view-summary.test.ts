import { describe, expect, it } from 'vitest';
import type { ExchangeRate } from '../data/schema';
import { createRateIndex } from '../data/rates';
import { makeRecord, onDay, usd } from '../test/make-record';
import { summariseView, viewDays } from './view-summary';

const rates = createRateIndex([
  { currency: 'EUR', month: '2022-03', usdPerUnit: 1.1, source: 'test' } satisfies ExchangeRate,
]);
const at = (iso: string) => Date.parse(`${iso}Z`);

const usPledge = makeRecord({ amount: usd(3e9) });
const gbRefusal = makeRecord({ kind: 'refusal', donors: ['GB'] });
const deRefusal = makeRecord({ kind: 'refusal', donors: ['DE'] });
const all = [
  makeRecord({ date: onDay('2019-01-01') }),
  usPledge,
  gbRefusal,
  makeRecord({ date: onDay('2023-02-24') }),
];

describe('viewDays', () => {
  it.each([
    ['no window: the whole dataset', null, '2019-01-01', '2023-02-24'],
    [
      'a window of whole days: its own first and last day',
      [at('2022-01-01T00:00'), at('2022-04-01T00:00')],
      '2022-01-01',
      '2022-03-31',
    ],
    [
      'a window ending mid-day: that day',
      [at('2022-01-10T06:30'), at('2022-01-12T13:00')],
      '2022-01-10',
      '2022-01-12',
    ],
  ] as const)('%s', (_name, window, from, to) => {
    expect(viewDays(window, all)).toEqual({ from, to });
  });

  it('an empty dataset and no window has no dates', () => {
    expect(viewDays(null, [])).toEqual({ from: null, to: null });
  });
});

describe('summariseView: whose money', () => {
  it.each([
    [
      'US-only money with donors that printed none',
      [usPledge, gbRefusal, deRefusal],
      { measure: 'committed', total: 3e9, payers: [{ donors: ['US'], usd: 3e9 }], others: 2 },
    ],
    [
      'several donors with sums, largest first',
      [makeRecord({ donors: ['GB'], amount: usd(1e9) }), usPledge],
      {
        measure: 'committed',
        total: 4e9,
        payers: [
          { donors: ['US'], usd: 3e9 },
          { donors: ['GB'], usd: 1e9 },
        ],
        others: 0,
      },
    ],
    [
      'only a part-delivery (its package outside the view): delivered, not committed',
      [makeRecord({ kind: 'delivery', partOf: 'elsewhere', amount: usd(6e7) })],
      { measure: 'delivered', total: 6e7, payers: [{ donors: ['US'], usd: 6e7 }], others: 0 },
    ],
    [
      'refusals only: no sums printed',
      [gbRefusal, deRefusal],
      { measure: 'none', reason: 'notPrinted' },
    ],
    [
      'an amount with no currency: not converted',
      [makeRecord({ amount: { value: 60, currency: null } })],
      { measure: 'none', reason: 'notConverted' },
    ],
    [
      'a running total alone: nothing to add',
      [makeRecord({ kind: 'cumulative', amount: usd(3e10) })],
      { measure: 'none', reason: 'runningTotal' },
    ],
  ] as const)('%s', (_name, records, money) => {
    expect(summariseView(records, rates, null, all).money).toEqual(money);
  });

  it('counts aid and deployments apart, and dates the view by its window', () => {
    const deployment = makeRecord({ kind: 'deployment', recipient: 'PL' });
    const window = [at('2022-01-01T00:00'), at('2022-04-01T00:00')] as const;
    expect(summariseView([usPledge, deployment], rates, window, all)).toMatchObject({
      announcements: 1,
      deployments: 1,
      from: '2022-01-01',
      to: '2022-03-31',
    });
  });
});

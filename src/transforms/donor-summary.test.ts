import { describe, expect, it } from 'vitest';
import { createRateIndex } from '../data/rates';
import { makeRecord, usd } from '../test/make-record';
import { summariseDonors } from './donor-summary';

const rates = createRateIndex([
  { currency: 'EUR', month: '2022-03', usdPerUnit: 1.1, source: 'test' },
]);

const pkg = makeRecord({
  id: 'pkg',
  kind: 'approval',
  amount: usd(350e6),
  items: [{ category: 'anti-tank', quantity: 100, unit: 'pieces' }],
});
const part = makeRecord({
  kind: 'delivery',
  partOf: 'pkg',
  amount: { value: 200e6, currency: 'EUR' },
  items: [{ category: 'anti-tank', quantity: 40, unit: 'pieces' }],
});
const total = makeRecord({
  kind: 'cumulative',
  amount: usd(30e9),
  items: [{ category: 'anti-tank', quantity: 5000, unit: 'pieces' }],
});
const tonnes = makeRecord({
  kind: 'delivery',
  items: [{ category: 'other', quantity: 90, unit: 'tonnes' }, { category: 'ammunition' }],
});
const nlaw = makeRecord({
  kind: 'delivery',
  donors: ['GB'],
  items: [
    { category: 'anti-tank', quantity: 2000, unit: 'pieces' },
    { category: 'anti-tank', name: 'more, uncounted', unit: 'pieces' },
  ],
});
const refusal = makeRecord({ kind: 'refusal', donors: ['DE'] });
const deployment = makeRecord({
  kind: 'deployment',
  recipient: 'PL',
  items: [{ category: 'troops', quantity: 1000, unit: 'troops' }],
});

const summaries = summariseDonors([pkg, part, total, tonnes, nlaw, refusal, deployment], rates);
const of = (group: string) => summaries.find((s) => s.group === group)!;

describe('summariseDonors', () => {
  it('has a line per donor group with aid, largest sum first, then most announcements, then by code', () => {
    expect(summaries.map((s) => s.group)).toEqual(['US', 'DE', 'GB']);
  });

  it.each([
    [
      'US: the package once, its part only as delivered, the running total never added',
      'US',
      {
        announcements: 4,
        byKind: [
          { kind: 'approval', count: 1 },
          { kind: 'delivery', count: 2 },
          { kind: 'cumulative', count: 1 },
        ],
        committed: 350e6,
        delivered: expect.closeTo(220e6),
        quantities: [
          { category: 'anti-tank', unit: 'pieces', count: 100 },
          { category: 'other', unit: 'tonnes', count: 90 },
        ],
      },
    ],
    [
      'GB: a count with no sum',
      'GB',
      {
        announcements: 1,
        committed: 0,
        delivered: 0,
        quantities: [{ category: 'anti-tank', unit: 'pieces', count: 2000 }],
      },
    ],
    [
      'DE: a refusal, nothing to add',
      'DE',
      { byKind: [{ kind: 'refusal', count: 1 }], committed: 0, quantities: [] },
    ],
  ])('%s', (_name, group, expected) => {
    expect(of(group)).toMatchObject(expected);
  });

  it('counts deployments to allies nowhere', () => {
    expect(summaries.flatMap((s) => s.quantities).some((q) => q.category === 'troops')).toBe(false);
  });

  it('is empty for no records', () => {
    expect(summariseDonors([], rates)).toEqual([]);
  });
});

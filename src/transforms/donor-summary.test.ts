import { describe, expect, it } from 'vitest';
import { createRateIndex } from '../data/rates';
import { makeRecord, usd } from '../test/make-record';
import { generateSyntheticDataset } from '../data/synthetic';
import type { Category } from '../data/schema';
import { aggregateByDonor, isAidToUkraine, usdMeasure } from './aggregate';
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

describe('summariseDonors at scale', () => {
  it('gives what one aggregateByDonor per measure gives, on a generated dataset', () => {
    const dataset = generateSyntheticDataset({ size: 4000, seed: 5 });
    const index = createRateIndex(dataset.exchangeRates);
    const aid = dataset.announcements.filter(isAidToUkraine);
    // The reference: counted, in dollars, and once per category and unit pair.
    const counted = aggregateByDonor(aid, usdMeasure(index), 'count');
    const dollars = new Map(aggregateByDonor(aid, usdMeasure(index)).map((r) => [r.group, r]));
    const pairs = new Map<string, [Category, string]>();
    for (const r of aid)
      for (const item of r.items)
        if (item.quantity !== undefined && item.unit)
          pairs.set(`${item.category} ${item.unit}`, [item.category, item.unit]);
    const quantities = [...pairs.values()].map(([category, unit]) => ({
      category,
      unit,
      rows: new Map(
        aggregateByDonor(aid, (r) =>
          r.kind === 'cumulative'
            ? null
            : r.items
                .filter((i) => i.category === category && i.unit === unit)
                .reduce((sum, i) => sum + (i.quantity ?? 0), 0),
        ).map((row) => [row.group, row.committed]),
      ),
    }));
    const summaries = summariseDonors(dataset.announcements, index);
    expect(summaries.map((s) => s.group).sort()).toEqual(counted.map((r) => r.group).sort());
    for (const summary of summaries) {
      const row = counted.find((r) => r.group === summary.group)!;
      expect(summary.announcements).toBe(row.announcements);
      const kinds = new Map<string, number>();
      for (const { record } of row.committedSegments)
        kinds.set(record.kind, (kinds.get(record.kind) ?? 0) + 1);
      expect(new Map(summary.byKind.map((k) => [k.kind, k.count]))).toEqual(kinds);
      expect(summary.committed).toBe(dollars.get(summary.group)!.committed);
      expect(summary.delivered).toBe(dollars.get(summary.group)!.delivered);
      const expected = quantities
        .filter((q) => (q.rows.get(summary.group) ?? 0) > 0)
        .map((q) => ({ category: q.category, unit: q.unit, count: q.rows.get(summary.group)! }))
        .sort((a, b) => b.count - a.count);
      expect(summary.quantities).toEqual(expected);
    }
  });
});

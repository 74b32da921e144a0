import { describe, expect, it } from 'vitest';
import { createRateIndex } from '../../data/rates';
import { makeRecord, usd } from '../../test/make-record';
import { layoutBars, quantityUnit } from './bar-layout';

const rates = createRateIndex([
  { currency: 'EUR', month: '2022-03', usdPerUnit: 1.1, source: 'test' },
]);

const pkg = makeRecord({ id: 'pkg', kind: 'approval', amount: usd(350e6) });
const part = makeRecord({
  kind: 'delivery',
  amount: { value: 200e6, currency: 'EUR' },
  partOf: 'pkg',
});
const total = makeRecord({ kind: 'cumulative', amount: usd(30e9) });
const joint = makeRecord({
  kind: 'delivery',
  donors: ['US', 'NATO'],
  items: [{ category: 'anti-tank', quantity: 17000, unit: 'pieces' }],
});
const nlaw = makeRecord({
  kind: 'delivery',
  donors: ['GB'],
  items: [{ category: 'anti-tank', quantity: 2000, unit: 'pieces' }],
});
const troops = makeRecord({
  kind: 'deployment',
  donors: ['US'],
  recipient: 'PL',
  amount: usd(1e9),
});
const refusal = makeRecord({ kind: 'refusal', donors: ['DE'] });
const records = [pkg, part, total, joint, nlaw, troops, refusal];

describe('layoutBars in US dollars', () => {
  const rows = layoutBars(records, rates, 'usd', 'anti-tank');
  const us = rows.find((r) => r.group === 'US')!;

  it('counts a package once, its part-delivery only as delivered', () => {
    expect(us.committed).toBe(350e6);
    expect(us.delivered).toBeCloseTo(220e6);
    expect(us.committedSegments.map((s) => s.record.id)).toEqual(['pkg']);
  });

  it('shows a running total as a reference beside the bar, never added', () => {
    expect(us.references).toEqual([{ record: total, value: 30e9 }]);
    expect(us.committed).toBeLessThan(30e9);
  });

  it('never counts a deployment to an ally', () => {
    expect(us.committedSegments.some((s) => s.record.id === troops.id)).toBe(false);
  });

  it('lists every donor in view, empty where no sum is printed, largest first', () => {
    expect(rows.map((r) => r.group)).toEqual(['US', 'DE', 'GB', 'NATO+US']);
    expect(rows.find((r) => r.group === 'DE')!.committed).toBe(0);
  });
});

describe('layoutBars by count and quantity', () => {
  it('counts each aid announcement once, a joint one in its own row', () => {
    const rows = layoutBars(records, rates, 'count', 'anti-tank');
    expect(Object.fromEntries(rows.map((r) => [r.group, r.committed]))).toEqual({
      US: 3,
      'NATO+US': 1,
      GB: 1,
      DE: 1,
    });
  });

  it('adds quantities of one category in its usual unit, leaving out donors with none', () => {
    const rows = layoutBars(records, rates, 'quantity', 'anti-tank');
    expect(rows.map((r) => [r.group, r.committed, r.delivered])).toEqual([
      ['NATO+US', 17000, 17000],
      ['GB', 2000, 2000],
    ]);
  });

  it('picks the unit most records of a category use', () => {
    const tonnes = makeRecord({
      items: [{ category: 'ammunition', quantity: 90, unit: 'tonnes' }],
    });
    const more = makeRecord({ items: [{ category: 'ammunition', quantity: 5, unit: 'tonnes' }] });
    const rounds = makeRecord({
      items: [{ category: 'ammunition', quantity: 3, unit: 'pieces' }],
    });
    expect(quantityUnit([tonnes, more, rounds], 'ammunition')).toBe('tonnes');
    const rows = layoutBars([tonnes, more, rounds], rates, 'quantity', 'ammunition');
    expect(rows[0]!.committed).toBe(95);
  });
});

describe('layoutBars as a share of donor GDP', () => {
  const gdp = new Map([
    ['US', 25_000e9],
    ['GB', 3_000e9],
  ]);
  const rows = layoutBars(records, rates, 'gdp', 'anti-tank', gdp);

  it('divides the same dollars by the donor’s GDP, in per cent, under the same rules', () => {
    const us = rows.find((r) => r.group === 'US')!;
    expect(us.committed).toBeCloseTo((350e6 / 25_000e9) * 100, 12);
    expect(us.delivered).toBeCloseTo(((200e6 * 1.1) / 25_000e9) * 100, 12);
    // The running total is a reference in per cent too, never added.
    expect(us.references.map((r) => r.value)).toEqual([(30e9 / 25_000e9) * 100]);
  });

  it('lists a joint announcement and a donor without GDP with no bar, never dropped', () => {
    expect(rows.find((r) => r.group === 'NATO+US')).toMatchObject({ committed: 0, delivered: 0 });
    expect(rows.find((r) => r.group === 'GB')).toMatchObject({ committed: 0, delivered: 0 });
    expect(rows.find((r) => r.group === 'DE')).toMatchObject({ committed: 0, delivered: 0 });
  });
});

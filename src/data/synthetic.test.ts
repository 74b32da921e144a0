import { describe, expect, it } from 'vitest';
import { loadUserDataset } from './load-user-dataset';
import { KINDS, PRECISIONS } from './schema';
import { generateSyntheticDataset } from './synthetic';
import { validateDatasetText } from './validate';

const encode = (text: string) => new TextEncoder().encode(text);

describe('generateSyntheticDataset', () => {
  const dataset = generateSyntheticDataset({ size: 1000, seed: 7 });
  const records = dataset.announcements;

  it('gives the same bytes for the same size and seed, and others for another seed', () => {
    const again = JSON.stringify(generateSyntheticDataset({ size: 1000, seed: 7 }));
    expect(again).toBe(JSON.stringify(dataset));
    expect(JSON.stringify(generateSyntheticDataset({ size: 1000, seed: 8 }))).not.toBe(again);
  });

  it('makes exactly the records asked for', () => {
    for (const size of [1, 10, 250]) {
      expect(generateSyntheticDataset({ size }).announcements).toHaveLength(size);
    }
    expect(records).toHaveLength(1000);
  });

  it('passes the app’s validator and its user-dataset loader with no problem', () => {
    const text = JSON.stringify(dataset);
    const result = validateDatasetText(text, new Map(), { requireTexts: false });
    expect(result.problems).toEqual([]);
    expect(result.rejected).toBe(0);
    expect(result.dataset!.announcements).toHaveLength(1000);

    const outcome = loadUserDataset([{ name: 'synthetic.json', bytes: encode(text) }], []);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.dataset.result.problems).toEqual([]);
    expect(outcome.dataset.result.dataset!.announcements).toHaveLength(1000);
  });

  it('covers every kind and precision, part-deliveries, joint donors, EUR and USD', () => {
    expect(new Set(records.map((r) => r.kind))).toEqual(new Set(KINDS));
    expect(new Set(records.map((r) => r.date.precision))).toEqual(new Set(PRECISIONS));
    expect(records.some((r) => r.partOf !== undefined)).toBe(true);
    expect(records.some((r) => r.donors.length > 1)).toBe(true);
    expect(new Set(records.map((r) => r.amount?.currency).filter(Boolean))).toEqual(
      new Set(['EUR', 'USD']),
    );
    expect(new Set(records.flatMap((r) => r.donors)).size).toBeGreaterThanOrEqual(35);
  });

  it('has an exchange rate for every month an EUR amount is converted in', () => {
    const months = new Set(dataset.exchangeRates.map((r) => r.month));
    for (const r of records)
      if (r.amount?.currency === 'EUR') expect(months).toContain(r.date.end.slice(0, 7));
  });

  it('spreads amounts over at least five orders of magnitude', () => {
    const values = records.flatMap((r) => (r.amount ? [r.amount.value] : []));
    expect(Math.max(...values) / Math.min(...values)).toBeGreaterThanOrEqual(1e5);
  });

  it('comes in bursts: the busiest days hold many times the average day', () => {
    const perDay = new Map<string, number>();
    for (const r of records) perDay.set(r.date.start, (perDay.get(r.date.start) ?? 0) + 1);
    const spanDays = 4 * 365;
    const busiest = Math.max(...perDay.values());
    expect(busiest).toBeGreaterThan((10 * records.length) / spanDays);
    // ... and quiet stretches between them: most days have no news at all.
    expect(perDay.size).toBeLessThan(spanDays / 2);
  });
});

import { describe, expect, it } from 'vitest';
import { dayStart, ONE_DAY } from '../data/days';
import { makeRecord, onDay } from '../test/make-record';
import { densityCounts, sortedTimes } from './density';

describe('sortedTimes', () => {
  it('places each record at the middle of its date, sorted', () => {
    const times = sortedTimes([
      makeRecord({ date: onDay('2022-03-01') }),
      makeRecord({
        date: { start: '2022-01-01', end: '2022-01-31', precision: 'month', basis: 'inferred' },
      }),
    ]);
    expect([...times]).toEqual([
      dayStart('2022-01-16') + ONE_DAY / 2,
      dayStart('2022-03-01') + ONE_DAY / 2,
    ]);
  });
});

describe('densityCounts', () => {
  const domain: [number, number] = [0, 100];

  it('counts the times in each equal stretch, every time in the span once', () => {
    const sorted = [0, 1, 9.99, 10, 55, 55, 99, 100];
    expect(densityCounts(sorted, domain, 10)).toEqual([3, 1, 0, 0, 0, 2, 0, 0, 0, 2]);
    expect(densityCounts(sorted, domain, 1)).toEqual([8]);
  });

  it('leaves out times outside the span', () => {
    expect(densityCounts([-5, 30, 150], domain, 4)).toEqual([0, 1, 0, 0]);
  });

  it('gives nothing for no bins or an empty span, and zeros for no times', () => {
    expect(densityCounts([1, 2], domain, 0)).toEqual([]);
    expect(densityCounts([1, 2], [5, 5], 3)).toEqual([]);
    expect(densityCounts([], domain, 3)).toEqual([0, 0, 0]);
  });

  it('matches a plain count per bin over many unevenly spread times', () => {
    const sorted = Float64Array.from({ length: 5000 }, (_, i) => (i * i) % 997).sort();
    const counts = densityCounts(sorted, [0, 997], 37);
    const width = 997 / 37;
    const plain = Array.from({ length: 37 }, () => 0);
    for (const t of sorted) plain[Math.min(36, Math.floor(t / width))]! += 1;
    expect(counts.reduce((a, b) => a + b, 0)).toBe(5000);
    // Bin edges are computed the same way in both up to rounding: totals per bin agree.
    expect(counts).toEqual(plain);
  });
});

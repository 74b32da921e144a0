import { describe, expect, it } from 'vitest';
import { makeRecord, usd } from '../../test/make-record';
import type { BarRow } from './bar-layout';
import { barScale, isOffScale } from './bar-scale';

const row = (committed: number, delivered = 0, references: number[] = []): BarRow => ({
  group: `g${committed}-${delivered}`,
  donors: ['US'],
  committed,
  delivered,
  committedSegments: [],
  deliveredSegments: [],
  references: references.map((value) => ({
    record: makeRecord({ kind: 'cumulative', amount: usd(value) }),
    value,
  })),
  announcements: 1,
  unvalued: 0,
});

describe('barScale', () => {
  it('fits the longest bar, committed or delivered, to a nice round end', () => {
    const scale = barScale([row(3.11e9), row(0, 4.2e9)], 400, 5);
    expect(scale.domainMax).toBe(4.5e9);
    expect(scale.x(scale.domainMax)).toBe(400);
    expect(scale.ticks).toEqual([0, 1e9, 2e9, 3e9, 4e9]);
  });

  it('leaves a running total more than twice the longest bar off the scale', () => {
    const scale = barScale([row(3.11e9, 0, [30e9])], 400, 5);
    expect(scale.domainMax).toBe(3.5e9);
    expect(isOffScale(30e9, scale)).toBe(true);
  });

  it('widens the scale for a running total within twice the longest bar', () => {
    const scale = barScale([row(3e9, 0, [5e9])], 400, 5);
    expect(scale.domainMax).toBeGreaterThanOrEqual(5e9);
    expect(isOffScale(5e9, scale)).toBe(false);
  });

  it('spans the running totals when there is no bar, and 0–1 when there is nothing', () => {
    expect(barScale([row(0, 0, [30e9])], 400, 5).domainMax).toBe(30e9);
    expect(barScale([row(0)], 400, 5).domainMax).toBe(1);
    expect(barScale([], 400, 5).domainMax).toBe(1);
  });

  it('fits shares of GDP far below 1 %', () => {
    expect(barScale([row(0.0123)], 400, 5).domainMax).toBeCloseTo(0.014);
  });
});

import { describe, expect, it } from 'vitest';
import { makeRecord, usd } from '../../test/make-record';
import type { BarRow } from './bar-layout';
import { barScale, barScaleFitting, isOffScale } from './bar-scale';
import { i18nFor } from '../../i18n/i18n';

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

describe('barScaleFitting', () => {
  const rows = [row(3.11e9, 3.04e8)];
  const gap = (scale: ReturnType<typeof barScale>, label: (v: number) => string) =>
    scale.ticks.slice(1).map((tick, i) => {
      const before = scale.ticks[i]!;
      return (
        scale.x(tick) - scale.x(before) - ((label(tick).length + label(before).length) / 2) * 6
      );
    });

  it('keeps the ticks asked for where their labels fit', () => {
    const en = (v: number) => i18nFor('en').usd(v);
    expect(barScaleFitting(rows, 600, 5, en).ticks).toEqual(barScale(rows, 600, 5).ticks);
  });

  it('labels fewer ticks where long labels would touch ("1 miljard dollar" on short bars)', () => {
    const nl = (v: number) => i18nFor('nl').usd(v);
    // Four ticks of up to 16 characters in 200 px: they would run into each other.
    expect(Math.min(...gap(barScale(rows, 200, 3), nl))).toBeLessThan(6);
    const fitted = barScaleFitting(rows, 200, 3, nl);
    expect(fitted.ticks.length).toBeGreaterThan(1);
    expect(fitted.ticks.length).toBeLessThan(barScale(rows, 200, 3).ticks.length);
    for (const room of gap(fitted, nl)) expect(room).toBeGreaterThanOrEqual(6);
    // The domain is the same: only the labels thin out.
    expect(fitted.domainMax).toBe(barScale(rows, 200, 3).domainMax);
  });

  it('labels only 0 when not even two labels fit', () => {
    expect(barScaleFitting(rows, 30, 5, () => 'a very long label indeed').ticks).toEqual([0]);
  });
});

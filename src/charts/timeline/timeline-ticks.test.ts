import { describe, expect, it } from 'vitest';
import { dayStart } from '../../data/days';
import { makeRecord, onDay } from '../../test/make-record';
import { createTimeScale } from './timeline-layout';
import { axisTicks, LABEL_OFFSET, type AxisTick } from './timeline-ticks';

/** Records shaped like the built-in dataset: lone early ones, a January 2022 cluster, February 2023. */
const records = [
  makeRecord({ date: onDay('2019-06-01') }),
  makeRecord({ date: onDay('2021-08-10') }),
  makeRecord({ date: onDay('2021-11-05') }),
  ...Array.from({ length: 20 }, (_, i) =>
    makeRecord({ date: onDay(`2022-01-${String(i + 5).padStart(2, '0')}`) }),
  ),
  makeRecord({ date: onDay('2022-02-24') }),
  makeRecord({ date: onDay('2022-03-15') }),
  ...['2023-02-20', '2023-02-21', '2023-02-24'].map((d) => makeRecord({ date: onDay(d) })),
];

const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
];
/** A label's room on screen: a generous 7 px a character for 11 px type. */
const extent = (tick: AxisTick) => [tick.x, tick.x + LABEL_OFFSET + tick.label.length * 6.5];

function ticksAt(width: number, mode: 'squeezed' | 'linear', minGap = 60) {
  const { scale, breaks } = createTimeScale(records, width, mode);
  return { scale, breaks, ticks: axisTicks(scale, width, breaks, minGap) };
}

describe.each<['squeezed' | 'linear', number]>([
  ['squeezed', 1000],
  ['squeezed', 760],
  ['squeezed', 236],
  ['linear', 1000],
  ['linear', 236],
])('axisTicks on the %s axis, %i px wide', (mode, width) => {
  const { scale, breaks, ticks } = ticksAt(width, mode, width < 400 ? 52 : 60);

  it('puts ticks on the starts of months inside the visible domain', () => {
    for (const tick of ticks.filter((t) => t.boundary && t.level !== 'day' && t.level !== 'week')) {
      const d = new Date(tick.t);
      expect(d.getUTCDate()).toBe(1);
      expect(d.getUTCHours()).toBe(0);
      expect(tick.x).toBeGreaterThanOrEqual(0);
      expect(tick.x).toBeLessThanOrEqual(width);
      expect(tick.x).toBeCloseTo(scale(tick.t));
    }
  });

  it('labels each month with the month it sits in', () => {
    for (const tick of ticks.filter((t) => t.level === 'month')) {
      const d = new Date(tick.t);
      expect(tick.label.split(' ')[0]).toBe(MONTHS[d.getUTCMonth()]);
      // The label's middle is still in that month (or over a break's hatch, which is no month).
      const middle = +scale.invert(tick.x + LABEL_OFFSET + (tick.label.length * 6.5) / 2);
      const inBreak = breaks.some((b) => middle > b.start && middle < b.end);
      if (!inBreak) expect(new Date(middle).getUTCMonth()).toBe(d.getUTCMonth());
    }
  });

  it('keeps labels from colliding with each other, the ends, or a break mark', () => {
    for (let i = 1; i < ticks.length; i++)
      expect(ticks[i]!.x).toBeGreaterThan(extent(ticks[i - 1]!)[1]!);
    for (const tick of ticks) {
      expect(extent(tick)[1]).toBeLessThanOrEqual(width);
      for (const b of breaks) {
        const mark = (scale(b.start) + scale(b.end)) / 2;
        const [left, right] = extent(tick);
        expect(mark + 6 < left! || mark - 6 > right!).toBe(true);
      }
    }
  });

  it('names the year of the first labelled tick', () => {
    expect(ticks.length).toBeGreaterThan(0);
    expect(ticks[0]!.label).toMatch(/\d{4}/);
  });
});

describe('axisTicks, the cases readers met', () => {
  it('labels the February 2023 cluster as February, never "Mar 2023" over it', () => {
    const { scale, ticks } = ticksAt(760, 'squeezed');
    const feb = ticks.find((t) => t.label === 'Feb 2023');
    expect(feb).toBeDefined();
    expect(feb!.x).toBeLessThan(scale(dayStart('2023-02-20')));
    for (const tick of ticks.filter((t) => /Mar/.test(t.label)))
      expect(new Date(tick.t).getUTCMonth()).toBe(2);
  });

  it('labels a month whose start falls in a break where it comes into view, with no grid line', () => {
    const { breaks, ticks } = ticksAt(1000, 'squeezed');
    const feb = ticks.find((t) => t.label === 'Feb 2023')!;
    expect(feb.boundary).toBe(false);
    expect(breaks.some((b) => Math.abs(b.end - feb.t) < 1)).toBe(true);
  });

  it('thins labels out on a narrow axis, and shows months and years on the linear one', () => {
    expect(ticksAt(236, 'squeezed', 52).ticks.length).toBeLessThan(
      ticksAt(1000, 'squeezed').ticks.length,
    );
    const linear = ticksAt(1000, 'linear').ticks;
    expect(linear.filter((t) => t.level === 'year').length).toBeGreaterThanOrEqual(3);
    expect(linear.some((t) => t.level === 'month')).toBe(true);
    expect(linear.some((t) => t.level === 'week' || t.level === 'day')).toBe(false);
  });

  it('writes Dutch month names for the Dutch locale', () => {
    const { scale, breaks } = createTimeScale(records, 1000, 'squeezed');
    const labels = axisTicks(scale, 1000, breaks, 60, 'nl-NL').map((t) => t.label);
    expect(labels.some((l) => /^(mrt|feb)/.test(l))).toBe(true);
  });
});

import type { ScaleTime } from 'd3-scale';
import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import { ONE_DAY } from '../../data/days';
import type { AxisBreak } from './timeline-layout';

/** One labelled tick of the time axis. */
export interface AxisTick {
  /** Where the label starts: the named time's own start, or where it comes into view. */
  x: number;
  /** The time at x. */
  t: number;
  label: string;
  /** Coarser ticks (years, months) are drawn stronger than days. */
  level: 'year' | 'month' | 'week' | 'day';
  /**
   * True when x is the start of the year, month, week or day the label names (a grid line is
   * drawn there). False for a year or month that began before the view or inside a break: its
   * label then sits where it comes into view, with no line.
   */
  boundary: boolean;
}

/** The gap between a tick's line and its label (labels start at the tick, text-anchor start). */
export const LABEL_OFFSET = 3;

const tickFormats = new Map<string, { month: Intl.DateTimeFormat; day: Intl.DateTimeFormat }>();
function tickFormatsFor(locale: string) {
  let formats = tickFormats.get(locale);
  if (!formats) {
    formats = {
      month: new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }),
      day: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
    };
    tickFormats.set(locale, formats);
  }
  return formats;
}

/** The stretches of [t0, t1] outside every break, in time order. */
function openStretches(t0: number, t1: number, breaks: readonly AxisBreak[]): [number, number][] {
  const stretches: [number, number][] = [];
  let at = t0;
  for (const b of [...breaks].sort((a, c) => a.start - c.start)) {
    if (b.end <= at || b.start >= t1) continue;
    if (b.start > at) stretches.push([at, b.start]);
    at = Math.max(at, b.end);
  }
  if (at < t1) stretches.push([at, t1]);
  return stretches;
}

type Level = AxisTick['level'];

/** A label's width in px, estimated for the axis's 11 px type. */
const widthOf = (label: string) => label.length * 6.5;

/**
 * Ticks for a (zoomed) broken, warped time scale, or a linear one. The scale need not be
 * linear, so d3's tick generator cannot space the labels: candidates are taken at every year,
 * month, Monday and day in view, and accepted coarsest first wherever their labels keep clear of
 * the ones already taken. A label starts at its tick and sits in what it names: a month's label
 * is placed only where its middle falls inside that month's visible stretch (so "Mar 2023"
 * never stands over a February cluster), and a year or month whose start is off screen or
 * inside a break is labelled where it comes into view. Nothing is labelled inside a break, and
 * no label runs past either end. Month names follow `locale` ("Mar", "mrt").
 */
export function axisTicks(
  scale: ScaleTime<number, number>,
  width: number,
  breaks: readonly AxisBreak[],
  minGap = 64,
  locale = 'en-GB',
): AxisTick[] {
  const { month: monthLabel, day: dayLabel } = tickFormatsFor(locale);
  const t0 = +scale.invert(0);
  const t1 = +scale.invert(width);
  const stretches = openStretches(t0, t1, breaks);
  /** The px of [start, end) outside the breaks. */
  const visibleWidth = (start: number, end: number) =>
    stretches.reduce(
      (sum, [a, b]) => sum + Math.max(0, scale(Math.min(b, end)) - scale(Math.max(a, start))),
      0,
    );
  /** Where the hatch of a break ends, for a time inside one; else the time itself. */
  const pastBreak = (t: number) => breaks.find((b) => t > b.start && t < b.end)?.end ?? t;
  const taken: Array<Omit<AxisTick, 'label'> & { text: string; w: number }> = [];
  // The "//" drawn on the axis at the middle of each break: no label runs over one.
  const breakMarks = breaks.map((b) => (scale(b.start) + scale(b.end)) / 2);
  const clear = (x: number, w: number, others: ReadonlyArray<{ x: number; w: number }>) =>
    x + LABEL_OFFSET + w <= width &&
    breakMarks.every((m) => m + 7 < x + LABEL_OFFSET || m - 7 > x + LABEL_OFFSET + w) &&
    others.every((tick) => {
      const [left, right] = x < tick.x ? [{ x, w }, tick] : [tick, { x, w }];
      return right.x - left.x >= Math.max(minGap, left.w + LABEL_OFFSET + 8);
    });
  const levels: Array<
    [Level, CountableTimeInterval, (d: Date) => string, 'all' | 'starts' | 'rest']
  > = [
    ['year', utcYear, (d) => String(d.getUTCFullYear()), 'starts'],
    ['month', utcMonth, (d) => monthLabel.format(d), 'all'],
    // A year coming into view is labelled only where no month label says it ("Feb 2023").
    ['year', utcYear, (d) => String(d.getUTCFullYear()), 'rest'],
    ['week', utcMonday, (d) => dayLabel.format(d), 'starts'],
    ['day', utcDay, (d) => dayLabel.format(d), 'starts'],
  ];
  for (const [level, interval, label, which] of levels) {
    // Skip levels with far more candidates than could ever fit.
    if (level === 'day' && (t1 - t0) / ONE_DAY > 4000) continue;
    const dates = interval.range(interval.floor(new Date(t0)), new Date(t1 + 1));
    // The roomiest first (on the squeezed axis, the busiest months), else in time order.
    const room = (d: Date) => Math.round(visibleWidth(+d, +interval.offset(d, 1)) / 12);
    if (level === 'year' || level === 'month') dates.sort((a, b) => room(b) - room(a) || +a - +b);
    for (const date of dates) {
      const start = +date;
      const end = +interval.offset(date, 1);
      // A week or day narrower than a label's room anywhere is passed over before its label is
      // written (the scale only grows with time, so no part of it is wider than the whole).
      if ((level === 'week' || level === 'day') && scale(end) - scale(start) < 12) continue;
      const text = label(date);
      // A month or day label gains its year unless that year's own label stands before it.
      const named = taken.some(
        (t) => t.level === 'year' && t.text === String(date.getUTCFullYear()),
      );
      const w = widthOf(level === 'year' || named ? text : `${text} 2000`);
      // The label's middle stays in what it names; over a break's hatch it belongs to no month.
      const limit = scale(pastBreak(end));
      for (const [a, b] of stretches) {
        if (b <= start || a >= end) continue;
        const from = Math.max(a, start);
        const boundary = from === start;
        if (boundary ? which === 'rest' : which === 'starts') break;
        const x = scale(from);
        // A week or day tick only where weeks or days have room, not between two months.
        const inside =
          level === 'week' || level === 'day'
            ? scale(end) - x >= 12
            : x + LABEL_OFFSET + w / 2 <= limit;
        if (x >= 0 && inside && clear(x, w, taken)) {
          taken.push({ x, t: from, w, text, level, boundary });
          break;
        }
      }
    }
  }
  taken.sort((a, b) => a.x - b.x);
  // A month or day label needs its year once: on the first tick, and whenever it changes. A
  // label that the year makes too long for its room is left out (the next one then says it).
  let year: number | null = null;
  const kept: Array<AxisTick & { w: number }> = [];
  for (const { x, t, text, level, boundary } of taken) {
    const y = new Date(t).getUTCFullYear();
    const full = level !== 'year' && y !== year ? `${text} ${y}` : text;
    const w = widthOf(full);
    if (!clear(x, w, kept.slice(-1))) continue;
    kept.push({ x, t, label: full, level, boundary, w });
    year = y;
  }
  return kept.map(({ x, t, label, level, boundary }) => ({ x, t, label, level, boundary }));
}

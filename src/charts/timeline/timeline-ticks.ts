import type { ScaleTime } from 'd3-scale';
import { utcDay, utcMonday, utcMonth, utcYear } from 'd3-time';
import { ONE_DAY } from '../../data/days';
import type { AxisBreak } from './timeline-layout';

/** One labelled tick of the time axis. */
export interface AxisTick {
  x: number;
  label: string;
  /** Coarser ticks (years, months) are drawn stronger than days. */
  level: 'year' | 'month' | 'week' | 'day';
}

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

/**
 * Ticks for a (zoomed) broken, warped time scale. The scale is not linear, so d3's tick
 * generator cannot space the labels: candidates are taken at every year, month, Monday and day
 * boundary in view, and accepted coarsest first wherever they keep `minGap` px from the ticks
 * already taken. Nothing is labelled inside a break. Month names follow `locale` ("Mar", "mrt").
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
  const inBreak = (t: number) => breaks.some((b) => t > b.start && t < b.end);
  const taken: Array<AxisTick & { t: number; w: number }> = [];
  // Label widths are estimated (11px type), counting the year a label may gain below.
  const widthOf = (label: string, level: AxisTick['level']) =>
    (label.length + (level === 'year' ? 0 : 5)) * 6.5;
  const fits = (x: number, w: number) =>
    taken.every((tick) => Math.abs(tick.x - x) >= Math.max(minGap, (tick.w + w) / 2 + 10));
  const levels: Array<
    [AxisTick['level'], (start: Date, end: Date) => Date[], (d: Date) => string]
  > = [
    ['year', (a, b) => utcYear.range(a, b), (d) => String(d.getUTCFullYear())],
    ['month', (a, b) => utcMonth.range(a, b), (d) => monthLabel.format(d)],
    ['week', (a, b) => utcMonday.range(a, b), (d) => dayLabel.format(d)],
    ['day', (a, b) => utcDay.range(a, b), (d) => dayLabel.format(d)],
  ];
  for (const [level, range, label] of levels) {
    // Skip levels with far more candidates than could ever fit.
    const span = t1 - t0;
    if (level === 'day' && span / ONE_DAY > 4000) continue;
    for (const date of range(new Date(t0), new Date(t1 + 1))) {
      const t = +date;
      if (inBreak(t)) continue;
      const x = scale(t);
      const text = label(date);
      const w = widthOf(text, level);
      if (x < 0 || x > width || !fits(x, w)) continue;
      taken.push({ x, t, w, label: text, level });
    }
  }
  taken.sort((a, b) => a.x - b.x);
  // A month or day label needs its year once: on the first tick, and whenever it changes.
  let year: number | null = null;
  return taken.map(({ x, t, label, level }) => {
    const y = new Date(t).getUTCFullYear();
    const withYear = level !== 'year' && y !== year ? `${label} ${y}` : label;
    year = y;
    return { x, label: withYear, level };
  });
}

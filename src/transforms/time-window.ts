import type { Announcement } from '../data/schema';
import { dayEnd, dayStart, ONE_DAY } from '../data/days';

/** The room the timeline leaves before the first and after the last date. */
export const GAP_MARGIN = 12 * ONE_DAY;

/**
 * The span the timeline's axis covers: from the first to the last date edge of the records,
 * with a 12-day margin either side (a default year when there are none).
 */
export function timelineDomain(records: readonly Announcement[]): [number, number] {
  let first = Infinity;
  let last = -Infinity;
  for (const r of records) {
    first = Math.min(first, dayStart(r.date.start));
    last = Math.max(last, dayEnd(r.date.end));
  }
  if (first > last) [first, last] = [Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)];
  return [first - GAP_MARGIN, last + GAP_MARGIN];
}

/**
 * A time window as the axis can show it: clamped to the axis's span, never shifted. A window
 * that covers the whole span is the whole span (null); so is one that misses it entirely (it
 * holds nothing to show, and is dropped like any other outdated parameter).
 */
export function clampWindow(
  window: [number, number] | null,
  [first, last]: [number, number],
): [number, number] | null {
  if (!window) return null;
  const from = Math.max(window[0], first);
  const to = Math.min(window[1], last);
  if (to <= from) return null;
  if (from === first && to === last) return null;
  return [from, to];
}

import type { Announcement } from '../data/schema';
import { dayEnd, dayStart, ONE_DAY } from '../data/days';

/** The room the timeline leaves before the first and after the last date. */
export const GAP_MARGIN = 12 * ONE_DAY;

/**
 * The span the timeline's axis covers: from the first to the last date edge of the records,
 * with a 12-day margin either side (a default year when there are none).
 */
export function timelineDomain(records: readonly Announcement[]): [number, number] {
  const known = domains.get(records);
  if (known) return known;
  // ISO days (YYYY-MM-DD) order as text, so the ends are found by comparing strings and only
  // they are parsed: several views ask for the span of the same records, and at 100,000 records
  // a Date.parse per record per view showed in the first render.
  let first: string | null = null;
  let last: string | null = null;
  for (const r of records) {
    if (first === null || r.date.start < first) first = r.date.start;
    if (last === null || r.date.end > last) last = r.date.end;
  }
  const domain: [number, number] =
    first === null || last === null || first > last
      ? [Date.UTC(2022, 0, 1) - GAP_MARGIN, Date.UTC(2023, 0, 1) + GAP_MARGIN]
      : [dayStart(first) - GAP_MARGIN, dayEnd(last) + GAP_MARGIN];
  domains.set(records, domain);
  return domain;
}

/** The span per list of records (a dataset's, a filter's): the lists are never changed. */
const domains = new WeakMap<readonly Announcement[], [number, number]>();

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

import type { Announcement } from '../data/schema';
import { dayEnd, dayStart } from '../data/days';

/**
 * Each record's place in time for a density strip, sorted: the middle of its date's span (a
 * day's noon, a month's middle), so a vague date counts once, where it most likely falls.
 */
export function sortedTimes(records: readonly Announcement[]): Float64Array {
  // Records share few dates: each distinct span is read once (Date.parse is most of the cost).
  const middles = new Map<string, number>();
  const times = new Float64Array(records.length);
  records.forEach((r, i) => {
    const key = `${r.date.start}/${r.date.end}`;
    let middle = middles.get(key);
    if (middle === undefined) {
      middle = (dayStart(r.date.start) + dayEnd(r.date.end)) / 2;
      middles.set(key, middle);
    }
    times[i] = middle;
  });
  return times.sort();
}

/** The index of the first time at or after t in a sorted array. */
function lowerBound(sorted: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How many times fall in each of `bins` equal stretches of [first, last) (the last stretch
 * takes `last` too); times outside are not counted. Two binary searches a bin, so a strip of
 * a few hundred columns over 100,000 records costs a few thousand steps, not a pass per bin.
 */
export function densityCounts(
  sorted: ArrayLike<number>,
  [first, last]: [number, number],
  bins: number,
): number[] {
  const n = Math.max(0, Math.floor(bins));
  if (n === 0 || !(last > first)) return [];
  const counts: number[] = [];
  let below = lowerBound(sorted, first);
  for (let i = 1; i <= n; i++) {
    const edge = i === n ? last : first + ((last - first) * i) / n;
    const upTo = i === n ? upperBound(sorted, edge) : lowerBound(sorted, edge);
    counts.push(upTo - below);
    below = upTo;
  }
  return counts;
}

/** The index of the first time after t in a sorted array. */
function upperBound(sorted: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

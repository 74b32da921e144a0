import type { Announcement } from '../../data/schema';
import { dayStart, ONE_DAY } from '../../data/days';
import {
  countsAsCommitted,
  countsAsDelivered,
  donorGroupKey,
  isAidToUkraine,
  type Measure,
} from '../../transforms/aggregate';

// The running total per donor group, under the comparison's counting rules (aggregate.ts): the
// same records count (committed or delivered), with the same measure (usdMeasure), so a line
// ends at the comparison's bar for the same records and window. Running totals the sources
// report (kind `cumulative`) are reference points, never added.

/** Which of the comparison's two sums the lines add up. */
export type RunningMode = 'committed' | 'delivered';
export const RUNNING_MODES: readonly RunningMode[] = ['committed', 'delivered'];

/** One step of a line: the record that moved it, when, and the total after it. */
export interface RunningPoint {
  /** Epoch ms of the step. */
  t: number;
  /** The running total after this record. */
  value: number;
  /** What the record added. */
  added: number;
  record: Announcement;
}

/** A running total a source reports (a `cumulative` record), drawn beside the line. */
export interface ReferencePoint {
  t: number;
  value: number;
  record: Announcement;
}

/** One donor group's line. */
export interface RunningSeries {
  group: string;
  donors: string[];
  /** The running total at the window's end (the comparison's committed or delivered). */
  total: number;
  points: RunningPoint[];
  references: ReferencePoint[];
}

/** The lines in view, and the donor groups in view that have nothing to draw. */
export interface RunningSeriesSet {
  /** Groups with a step or a reference point, largest total first (ties: first seen first). */
  series: RunningSeries[];
  /** Groups with aid in view but no sum to add and no reported total, in order of first record. */
  noSum: Array<{ group: string; donors: string[] }>;
}

/**
 * When a record moves its line: the last day of its date (the latest the event can be, the
 * month its amount is converted at), held inside the window so that every record the window
 * holds (the comparison counts each one that overlaps it) steps up within it.
 */
export function stepTime(record: Announcement, window: [number, number] | null): number {
  return clampTo(dayStart(record.date.end), window);
}

const clampTo = (t: number, window: [number, number] | null) =>
  window ? Math.min(Math.max(t, window[0]), window[1]) : t;

/**
 * The running totals of the records in the window, per donor group: the records are put in
 * date order (one sort), then summed in one pass, each group's total carried as it goes. O(n
 * log n) for n records; 100,000 records take one sort and one loop.
 */
export function buildRunningSeries(
  records: readonly Announcement[],
  measure: Measure,
  mode: RunningMode,
  window: [number, number] | null,
): RunningSeriesSet {
  const counts = mode === 'committed' ? countsAsCommitted : countsAsDelivered;
  const groups = new Map<string, RunningSeries>();
  const entries: Array<{ t: number; order: number; record: Announcement; series: RunningSeries }> =
    [];
  // Dates repeat (bursts of news on one day): each ISO day is read once.
  const days = new Map<string, number>();
  const dayOf = (iso: string) => {
    let t = days.get(iso);
    if (t === undefined) days.set(iso, (t = dayStart(iso)));
    return t;
  };
  for (const record of records) {
    if (!isAidToUkraine(record)) continue;
    const end = dayOf(record.date.end);
    // overlapsWindow (selectors.ts), with the days read once.
    if (window && !(dayOf(record.date.start) < window[1] && end + ONE_DAY > window[0])) continue;
    const key = donorGroupKey(record.donors);
    let series = groups.get(key);
    if (!series) {
      series = { group: key, donors: key.split('+'), total: 0, points: [], references: [] };
      groups.set(key, series);
    }
    entries.push({ t: clampTo(end, window), order: entries.length, record, series });
  }
  entries.sort((a, b) => a.t - b.t || a.order - b.order);
  for (const { t, record, series } of entries) {
    const value = measure(record);
    if (value === null || value <= 0) continue;
    if (record.kind === 'cumulative') series.references.push({ t, value, record });
    else if (counts(record)) {
      series.total += value;
      series.points.push({ t, value: series.total, added: value, record });
    }
  }
  const all = [...groups.values()];
  return {
    series: all
      .filter((s) => s.points.length > 0 || s.references.length > 0)
      .sort((a, b) => b.total - a.total),
    noSum: all
      .filter((s) => s.points.length === 0 && s.references.length === 0)
      .map(({ group, donors }) => ({ group, donors })),
  };
}

/**
 * A line thinned to at most one point per pixel column: of the points falling in one column
 * only the last is kept, so the step shape is kept at the pixel (each kept step rises to the
 * column's final total) and the line still ends at its total. `x` maps time to pixels.
 */
export function downsampleSteps<P extends { t: number }>(
  points: readonly P[],
  x: (t: number) => number,
): P[] {
  const kept: P[] = [];
  let column = -Infinity;
  for (const point of points) {
    const c = Math.floor(x(point.t));
    if (c === column) kept[kept.length - 1] = point;
    else {
      kept.push(point);
      column = c;
    }
  }
  return kept;
}

/** The SVG path of a step line from the window's start (at 0) to its end, through `points`. */
export function stepPath(
  points: readonly RunningPoint[],
  x: (t: number) => number,
  y: (value: number) => number,
  [x0, x1]: [number, number],
): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  let d = `M${r(x0)},${r(y(0))}`;
  for (const p of points) d += `H${r(x(p.t))}V${r(y(p.value))}`;
  return `${d}H${r(x1)}`;
}

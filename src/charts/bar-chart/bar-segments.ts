import type { Announcement, ExchangeRate, Kind } from '../../data/schema';
import { KIND_ORDER } from '../../encoding/kind-style';
import type { I18n } from '../../i18n/i18n';
import type { Metric } from '../../state/store';
import type { Segment } from '../../transforms/aggregate';
import { toUsd } from '../../transforms/to-usd';
import { recordLabel } from '../../ui/record-label';
import type { BarRow } from './bar-layout';
import { partKey } from './bar-navigation';
import { fewestRectangles, referenceCounter, segmentCounter } from './bar-budget';

/**
 * One rectangle of a bar as drawn: one announcement, or, where announcements of one kind are
 * too narrow to be told apart, all of them in one rectangle that says how many it holds.
 */
export interface DrawnSegment {
  /** The keyboard path's key: `group:c:record-id` for one announcement, `group:c:kind:*` for several. */
  key: string;
  bar: 'c' | 'd';
  kind: Kind;
  /** Where it starts and how long it is, in the metric's units. */
  start: number;
  value: number;
  /** The announcements it holds, in the bar's order; one, or several of `kind`. */
  records: readonly Announcement[];
  /** The one a tooltip shows and Enter pins: its own, or the largest of several. */
  record: Announcement;
}

/** A running total's mark as drawn: one, or several too close to tell apart (the largest shown). */
export interface DrawnReference {
  key: string;
  value: number;
  record: Announcement;
  /** How many running totals the mark stands for. */
  count: number;
}

/** A donor group's bars as drawn. */
export interface DrawnRow {
  row: BarRow;
  committed: DrawnSegment[];
  delivered: DrawnSegment[];
  references: DrawnReference[];
}

/**
 * A row's running totals as drawn: each its own mark, unless marks come within `minGap` pixels
 * of each other; then the marks of each `minGap`-wide column of pixels become one, at the
 * largest of them (a running total only grows: the latest is the largest).
 */
export function referencesToDraw(
  row: Pick<BarRow, 'group' | 'references'>,
  width: (value: number) => number,
  minGap = 4,
): DrawnReference[] {
  const one = (r: BarRow['references'][number]): DrawnReference => ({
    key: partKey(row.group, 'r', r.record),
    value: r.value,
    record: r.record,
    count: 1,
  });
  const sorted = [...row.references].sort((a, b) => a.value - b.value);
  if (sorted.every((r, i) => i === 0 || width(r.value) - width(sorted[i - 1]!.value) >= minGap))
    return row.references.map(one);
  const columns = new Map<number, DrawnReference>();
  for (const r of sorted) {
    const column = Math.floor(width(r.value) / minGap);
    const mark = columns.get(column);
    columns.set(
      column,
      mark
        ? {
            key: `${row.group}:r:${column}:*`,
            value: r.value,
            record: r.record,
            count: mark.count + 1,
          }
        : one(r),
    );
  }
  return [...columns.values()];
}

/** How a bar is drawn: the narrowest rectangle told apart, and the most rectangles in the chart. */
export interface DrawOptions {
  /** Segments narrower than this (px) are merged with the others of their kind; default 2. */
  minWidth?: number;
  /** The most rectangles the chart draws; past it, `minWidth` doubles until they fit. */
  budget?: number;
}

const single = (group: string, bar: 'c' | 'd', s: Segment): DrawnSegment => ({
  key: partKey(group, bar, s.record),
  bar,
  kind: s.record.kind,
  start: s.start,
  value: s.value,
  records: [s.record],
  record: s.record,
});

/**
 * A bar's segments as drawn. When every segment is at least `minWidth` pixels wide, each is its
 * own rectangle, in the bar's order, as before. Otherwise the bar is drawn kind by kind (one part
 * per donor and kind): within a kind, each segment wide enough keeps its rectangle, and the
 * narrow ones become one rectangle after them. The bar's length does not change.
 */
export function segmentsToDraw(
  group: string,
  bar: 'c' | 'd',
  segments: readonly Segment[],
  width: (value: number) => number,
  minWidth = 2,
): DrawnSegment[] {
  if (segments.every((s) => width(s.value) >= minWidth))
    return segments.map((s) => single(group, bar, s));
  const drawn: DrawnSegment[] = [];
  let at = segments[0]?.start ?? 0;
  const byKind = new Map<Kind, Segment[]>();
  for (const s of segments) {
    const list = byKind.get(s.record.kind);
    if (list) list.push(s);
    else byKind.set(s.record.kind, [s]);
  }
  for (const kind of KIND_ORDER) {
    const ofKind = byKind.get(kind) ?? [];
    const narrow: Segment[] = [];
    for (const s of ofKind) {
      if (width(s.value) >= minWidth) {
        drawn.push({ ...single(group, bar, s), start: at });
        at += s.value;
      } else narrow.push(s);
    }
    if (narrow.length === 1) {
      drawn.push({ ...single(group, bar, narrow[0]!), start: at });
      at += narrow[0]!.value;
    } else if (narrow.length > 1) {
      let value = 0;
      let largest = narrow[0]!;
      for (const s of narrow) {
        value += s.value;
        if (s.value > largest.value) largest = s;
      }
      drawn.push({
        key: `${group}:${bar}:${kind}:*`,
        bar,
        kind,
        start: at,
        value,
        records: narrow.map((s) => s.record),
        record: largest.record,
      });
      at += value;
    }
  }
  return drawn;
}

/**
 * Every row's bars as drawn, at most `budget` rectangles in all (a few hundred whatever the
 * number of announcements): narrow segments merge at 2 px, and at twice that, and so on, until
 * the chart fits. `x` maps the metric's values to pixels from 0.
 */
export function drawnRows(
  rows: readonly BarRow[],
  x: (value: number) => number,
  withDelivered: boolean,
  { minWidth = 2, budget = 400 }: DrawOptions = {},
): DrawnRow[] {
  const width = (value: number) => x(value) - x(0);
  let longest = 0;
  for (const row of rows) longest = Math.max(longest, width(row.committed), width(row.delivered));
  const bars = rows.flatMap((row) =>
    withDelivered ? [row.committedSegments, row.deliveredSegments] : [row.committedSegments],
  );
  const withReferences = rows.filter((row) => row.references.length > 0);
  let min = minWidth;
  if (fewestRectangles(bars) + withReferences.length > budget) {
    // Hundreds of donor groups: no width fits the budget, so the widest step is taken at once.
    while (!(min > longest) && min < Number.MAX_VALUE) min *= 2;
  } else {
    const segments = segmentCounter(bars, width);
    const references = withReferences.map((row) => referenceCounter(row.references, width));
    for (; ; min *= 2) {
      let count = segments(min);
      for (const counter of references) count += counter(min * 2);
      // Past the longest bar every kind is one rectangle a bar: nothing is left to merge.
      if (count <= budget || min > longest) break;
    }
  }
  return rows.map((row) => ({
    row,
    committed: segmentsToDraw(row.group, 'c', row.committedSegments, width, min),
    delivered: withDelivered
      ? segmentsToDraw(row.group, 'd', row.deliveredSegments, width, min)
      : [],
    references: referencesToDraw(row, width, min * 2),
  }));
}

/** Each record's spoken description, kept for the rates and language it was written in. */
const spoken = new WeakMap<
  Announcement,
  { rates: ReadonlyMap<string, ExchangeRate>; i18n: I18n; label: string }
>();

/**
 * recordLabel, written once per record (and rates and language): a bar redrawn for a new
 * window or filter says again what it said, without formatting dates and dollars again.
 */
function spokenRecord(
  record: Announcement,
  rates: ReadonlyMap<string, ExchangeRate>,
  i18n: I18n,
): string {
  const kept = spoken.get(record);
  if (kept && kept.rates === rates && kept.i18n === i18n) return kept.label;
  const label = recordLabel(record, toUsd(record, rates), i18n);
  spoken.set(record, { rates, i18n, label });
  return label;
}

/** What a drawn rectangle says to a screen reader and in the picture's `<title>`. */
export function drawnLabel(
  segment: DrawnSegment,
  metric: Metric,
  format: (value: number) => string,
  rates: ReadonlyMap<string, ExchangeRate>,
  i18n: I18n,
): string {
  const { t } = i18n;
  const part =
    segment.bar === 'd'
      ? t.bars.segmentDelivered
      : metric === 'count'
        ? t.bars.segmentAnnouncement
        : t.bars.segmentCommitted;
  if (segment.records.length === 1) return `${part}: ${spokenRecord(segment.record, rates, i18n)}`;
  return `${part}: ${t.bars.merged(segment.records.length, i18n.kind(segment.kind), format(segment.value))}`;
}

import type { ScaleTime } from 'd3-scale';
import type { Announcement, ExchangeRate } from '../../data/schema';
import { dayStart, ONE_DAY } from '../../data/days';
import { donorGroupKey } from '../../transforms/aggregate';
import { toUsd } from '../../transforms/to-usd';
import { KIND_ORDER } from '../../encoding/kind-style';
import type { Lane } from './timeline-layout';

/** One lane of the timeline (timeline-layout.ts's Lane), with the top of each of its rows. */
export interface TableLane extends Lane {
  /** The offset of each row's top from the lane's top, beside `rowHeights`. */
  rowTops: number[];
  /** The lane that gathers the smaller donors beyond the lane cap: how many donor groups. */
  others?: number;
}

/** The key of the lane that gathers the smaller donors beyond the lane cap (no donor's key). */
export const OTHERS_LANE = '*others';

/**
 * Every record placed on the timeline, column by column (typed arrays, one slot per record),
 * at the base (unzoomed) scale: built once per data, lane mode or width, never per frame.
 * Zooming is an affine map of base pixels (x·k + tx), so every frame reads these columns as is.
 */
export interface MarkTable {
  size: number;
  /** The records, in the order of the table's slots. */
  records: readonly Announcement[];
  /** Start and end of the date's span in epoch ms (end exclusive). */
  t0: Float64Array;
  t1: Float64Array;
  /** Base pixels: the symbol's centre, and the span's ends (= the centre for a single day). */
  cx: Float64Array;
  x0: Float64Array;
  x1: Float64Array;
  lane: Uint16Array;
  /** Index into KIND_ORDER. */
  kind: Uint8Array;
  /** USD value, NaN when there is none (drawn hollow). */
  usd: Float64Array;
  /** Symbol area in px² and the radius it is packed with. */
  area: Float64Array;
  radius: Float64Array;
  /** 1 for a week, month or year date (drawn with a soft band). */
  span: Uint8Array;
  /** The row the mark takes at the base scale, -1 when the lane's rows are full there. */
  row: Int16Array;
  /** Donor group (as in the bar chart) per slot, index into `groups`. */
  group: Uint16Array;
  groups: string[];
  /** Slots sorted by the symbol's centre, i.e. by time (the base scale is monotone). */
  byTime: Uint32Array;
  /** `cx` in `byTime` order, for a binary search of the window. */
  sortedCx: Float64Array;
  /** The widest a span reaches from its centre, in base pixels (the search's margin). */
  maxReach: number;
  lanes: TableLane[];
  height: number;
  maxUsd: number;
  maxArea: number;
}

const MIN_AREA = 50;
const MAX_AREA = 900;
const NO_SUM_AREA = 70;
const LANE_PADDING = 8;
/** Horizontal room kept between two marks in one row. */
export const MARK_GAP = 3;
const MIN_ROW = 18;
/** The chart's height a lane's rows may add up to, over all lanes, before crowds are summed. */
const ROWS_BUDGET_PX = 4000;

/**
 * The most rows a lane packs its marks in (crowds beyond are drawn as aggregates): as many as
 * keep all lanes within about ROWS_BUDGET_PX, between 4 and 12. The shipped dataset's dozen
 * lanes get 12 (it needs 9 at a phone's width), forty donors' lanes get 5.
 */
export function rowCap(lanes: number): number {
  return Math.min(12, Math.max(4, Math.floor(ROWS_BUDGET_PX / (Math.max(lanes, 1) * MIN_ROW))));
}

export const rowHeightOf = (radius: number) => Math.max(2 * radius + 6, MIN_ROW);

/**
 * Builds the mark table: lanes (by donor group in order of first announcement, or by kind),
 * sizes (area ∝ USD; running totals at a fixed size since they are never added) and rows
 * within a lane so that no two marks overlap at the base scale, up to `rowCap` rows a lane.
 */
export function buildMarkTable(
  records: readonly Announcement[],
  rates: ReadonlyMap<string, ExchangeRate>,
  scale: ScaleTime<number, number>,
  mode: 'donor' | 'kind',
  /** The least height a lane needs, e.g. for a label on two lines. */
  minLaneHeight: (key: string) => number = () => 0,
  /**
   * The most lanes by donor: beyond it, the busiest donor groups keep their lanes (in order of
   * first announcement) and the rest share one last lane (OTHERS_LANE).
   */
  laneCap = Infinity,
): MarkTable {
  const size = records.length;
  const t = {
    t0: new Float64Array(size),
    t1: new Float64Array(size),
    cx: new Float64Array(size),
    x0: new Float64Array(size),
    x1: new Float64Array(size),
    lane: new Uint16Array(size),
    kind: new Uint8Array(size),
    usd: new Float64Array(size),
    area: new Float64Array(size),
    radius: new Float64Array(size),
    span: new Uint8Array(size),
    row: new Int16Array(size).fill(-1),
    group: new Uint16Array(size),
  };
  let maxUsd = 0;
  const groupIndex = new Map<string, number>();
  const kindIndex = new Map(KIND_ORDER.map((kind, i) => [kind, i]));
  // A hundred thousand records fall on a few thousand days: each day's string is parsed once.
  const days = new Map<string, number>();
  const day = (iso: string) => {
    let ms = days.get(iso);
    if (ms === undefined) days.set(iso, (ms = dayStart(iso)));
    return ms;
  };
  for (let i = 0; i < size; i++) {
    const record = records[i]!;
    const usd = toUsd(record, rates);
    t.usd[i] = usd ?? NaN;
    if (usd !== null && record.kind !== 'cumulative') maxUsd = Math.max(maxUsd, usd);
    t.t0[i] = day(record.date.start);
    t.t1[i] = day(record.date.end) + ONE_DAY;
    t.span[i] = record.date.precision !== 'day' ? 1 : 0;
    t.kind[i] = kindIndex.get(record.kind)!;
    const group = donorGroupKey(record.donors);
    if (!groupIndex.has(group)) groupIndex.set(group, groupIndex.size);
    t.group[i] = groupIndex.get(group)!;
  }
  let maxReach = 0;
  for (let i = 0; i < size; i++) {
    const usd = t.usd[i]!;
    const cumulative = KIND_ORDER[t.kind[i]!] === 'cumulative';
    const area = Number.isNaN(usd)
      ? NO_SUM_AREA
      : cumulative
        ? MAX_AREA * 0.45
        : Math.max(MIN_AREA, (usd / maxUsd) * MAX_AREA);
    t.area[i] = area;
    t.radius[i] = Math.sqrt(area / Math.PI) * 1.15;
    if (t.span[i]) {
      t.x0[i] = scale(t.t0[i]!);
      t.x1[i] = scale(t.t1[i]!);
      t.cx[i] = (t.x0[i]! + t.x1[i]!) / 2;
      maxReach = Math.max(maxReach, t.cx[i]! - t.x0[i]!);
    } else t.cx[i] = t.x0[i] = t.x1[i] = scale(t.t0[i]! + ONE_DAY / 2);
  }

  // Lanes in order of first announcement (by donor) or in the legend's order (by kind).
  const byStart = Array.from({ length: size }, (_, i) => i).sort((a, b) => t.t0[a]! - t.t0[b]!);
  const groupKeys = [...groupIndex.keys()];
  const laneOf = new Map<string, number[]>();
  for (const i of byStart) {
    const key = mode === 'donor' ? groupKeys[t.group[i]!]! : KIND_ORDER[t.kind[i]!]!;
    let list = laneOf.get(key);
    if (!list) laneOf.set(key, (list = []));
    list.push(i);
  }
  let laneKeys =
    mode === 'donor' ? [...laneOf.keys()] : KIND_ORDER.filter((kind) => laneOf.has(kind));
  let others = 0;
  if (mode === 'donor' && laneKeys.length > laneCap) {
    const busiest = new Set(
      [...laneKeys]
        .sort((a, b) => laneOf.get(b)!.length - laneOf.get(a)!.length)
        .slice(0, Math.max(0, laneCap - 1)),
    );
    const rest = laneKeys.filter((key) => !busiest.has(key));
    others = rest.length;
    laneOf.set(
      OTHERS_LANE,
      rest.flatMap((key) => laneOf.get(key)!).sort((a, b) => t.t0[a]! - t.t0[b]!),
    );
    laneKeys = [...laneKeys.filter((key) => busiest.has(key)), OTHERS_LANE];
  }

  const lanes: TableLane[] = [];
  const cap = rowCap(laneKeys.length);
  let y = 0;
  laneKeys.forEach((key, laneIndex) => {
    const slots = laneOf.get(key)!;
    const left = (i: number) => Math.min(t.x0[i]!, t.cx[i]! - t.radius[i]!);
    const right = (i: number) => Math.max(t.x1[i]!, t.cx[i]! + t.radius[i]!);
    const ordered = [...slots].sort((a, b) => left(a) - left(b));
    const rowEnds: number[] = [];
    const rowHeights: number[] = [];
    for (const i of ordered) {
      t.lane[i] = laneIndex;
      let row = rowEnds.findIndex((end) => end + MARK_GAP <= left(i));
      if (row < 0 && rowEnds.length < cap) {
        row = rowEnds.length;
        rowEnds.push(-Infinity);
        rowHeights.push(0);
      }
      if (row < 0) continue;
      rowEnds[row] = right(i);
      rowHeights[row] = Math.max(rowHeights[row]!, rowHeightOf(t.radius[i]!));
      t.row[i] = row;
    }
    const rowsHeight = rowHeights.reduce((s, h) => s + h, 0);
    const height = Math.max(rowsHeight + 2 * LANE_PADDING, minLaneHeight(key));
    const top = (height - rowsHeight) / 2;
    const rowTops: number[] = [];
    rowHeights.reduce((at, h) => (rowTops.push(at), at + h), top);
    const first = records[slots[0]!]!;
    lanes.push({
      key,
      donors: mode === 'donor' && key !== OTHERS_LANE ? key.split('+') : null,
      kind: mode === 'kind' ? first.kind : null,
      y,
      height,
      rowHeights,
      rowTops,
      ...(key === OTHERS_LANE ? { others } : {}),
    });
    y += height;
  });

  const byTime = Uint32Array.from(byStart).sort((a, b) => t.cx[a]! - t.cx[b]!);
  const sortedCx = Float64Array.from(byTime, (i) => t.cx[i]!);
  return {
    ...t,
    size,
    records,
    groups: groupKeys,
    byTime,
    sortedCx,
    maxReach,
    lanes,
    height: y,
    maxUsd,
    maxArea: MAX_AREA,
  };
}

/** The first position in `sorted` whose value is at least `value` (binary search). */
export function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The positions in `byTime` of the marks that may show between base pixels `from` and `to`
 * (a symbol's centre within, or a span reaching in): [start, end).
 */
export function windowRange(table: MarkTable, from: number, to: number): [number, number] {
  return [
    lowerBound(table.sortedCx, from - table.maxReach),
    lowerBound(table.sortedCx, to + table.maxReach + 1e-9),
  ];
}

/** The y of a row's middle, in plot pixels. */
export function rowCentre(lane: TableLane, row: number): number {
  return lane.y + lane.rowTops[row]! + lane.rowHeights[row]! / 2;
}

/**
 * Which marks are drawn faint: those of other donors while a donor group is hovered in the
 * bar chart, and those a search did not find (when there is a search).
 */
export function markDimmer(
  table: MarkTable,
  hoveredGroup: string | null,
  matches: ReadonlySet<string> | null,
): (slot: number) => boolean {
  const group = hoveredGroup === null ? -1 : table.groups.indexOf(hoveredGroup);
  return (slot) =>
    (hoveredGroup !== null && table.group[slot] !== group) ||
    (matches !== null && !matches.has(table.records[slot]!.id));
}

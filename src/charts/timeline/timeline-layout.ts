import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { Announcement, ExchangeRate, Kind } from '../../data/schema';
import { donorGroupKey } from '../../transforms/aggregate';
import { dayEnd, dayStart, ONE_DAY } from '../../data/days';
import { toUsd } from '../../transforms/to-usd';
import { GAP_MARGIN, timelineDomain } from '../../transforms/time-window';
import { KIND_ORDER } from '../../encoding/kind-style';

/** A stretch of time the axis compresses to a fixed width, drawn as a break. */
export interface AxisBreak {
  start: number;
  end: number;
}

const GAP_DAYS = 45;
const BREAK_PX = 26;
/** Share of the open width handed out per event boundary rather than per day. */
const STEP_SHARE = 0.55;

/**
 * The timeline's base scale: a broken, event-weighted time axis.
 *
 * - Stretches with no event edge for more than 45 days are squeezed to a fixed width and drawn
 *   as breaks, so the years between clusters cost almost nothing. Built from event edges, not
 *   span interiors, so a long vague span (a year-precision record) does not hide a gap.
 * - Inside the open stretches, time runs left to right without reversal, but each interval
 *   between two consecutive event edges gets a fixed share of width on top of its share by
 *   duration: a week with twenty announcements gets room, a quiet month does not take it.
 *
 * A polylinear d3 time scale, so d3-zoom's rescaleX and invert work on it unchanged.
 */
export function createBrokenTimeScale(
  records: readonly Announcement[],
  width: number,
): { scale: ScaleTime<number, number>; breaks: AxisBreak[] } {
  const edgeSet = new Set<number>();
  for (const r of records) {
    edgeSet.add(dayStart(r.date.start));
    edgeSet.add(dayEnd(r.date.end));
  }
  const edges = [...edgeSet].sort((a, b) => a - b);
  if (edges.length === 0) edges.push(Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1));
  const first = edges[0]! - GAP_MARGIN;
  const last = edges.at(-1)! + GAP_MARGIN;

  // Breakpoints of the scale, each interval marked open (weighted) or a break (fixed width).
  const points: number[] = [first];
  const isBreak: boolean[] = [];
  const breaks: AxisBreak[] = [];
  const push = (t: number, brk: boolean) => {
    if (t <= points.at(-1)!) return;
    points.push(t);
    isBreak.push(brk);
  };
  for (let i = 0; i < edges.length; i++) {
    const t = edges[i]!;
    const previous = edges[i - 1];
    if (previous !== undefined && t - previous > GAP_DAYS * ONE_DAY) {
      const gap = { start: previous + GAP_MARGIN, end: t - GAP_MARGIN };
      breaks.push(gap);
      push(gap.start, false);
      push(gap.end, true);
    }
    push(t, false);
  }
  push(last, false);

  let openDays = 0;
  let openSteps = 0;
  for (let i = 0; i < isBreak.length; i++) {
    if (isBreak[i]) continue;
    openDays += (points[i + 1]! - points[i]!) / ONE_DAY;
    openSteps += 1;
  }
  const openPx = Math.max(width - breaks.length * BREAK_PX, width * 0.5);
  const perDay = ((1 - STEP_SHARE) * openPx) / Math.max(openDays, 1);
  const perStep = (STEP_SHARE * openPx) / Math.max(openSteps, 1);
  const range: number[] = [0];
  for (let i = 0; i < isBreak.length; i++) {
    const days = (points[i + 1]! - points[i]!) / ONE_DAY;
    range.push(range[i]! + (isBreak[i] ? BREAK_PX : perStep + perDay * days));
  }
  const total = range.at(-1)!;
  const scale = scaleUtc<number, number>()
    .domain(points.map((t) => new Date(t)))
    .range(range.map((r) => (r * width) / total));
  return { scale, breaks };
}

/**
 * The timeline's base scale in either axis mode: 'squeezed' is the broken, event-weighted axis
 * above; 'linear' is true time over the same span (the first to the last date, with the same
 * margins), with no breaks, so equal durations take equal widths.
 */
export function createTimeScale(
  records: readonly Announcement[],
  width: number,
  mode: 'squeezed' | 'linear',
): { scale: ScaleTime<number, number>; breaks: AxisBreak[] } {
  if (mode === 'squeezed') return createBrokenTimeScale(records, width);
  const [first, last] = timelineDomain(records);
  const scale = scaleUtc<number, number>()
    .domain([new Date(first), new Date(last)])
    .range([0, width]);
  return { scale, breaks: [] };
}

/** One lane of the timeline. */
export interface Lane {
  key: string;
  /** Donor codes for a donor lane, null for a kind lane. */
  donors: readonly string[] | null;
  kind: Kind | null;
  y: number;
  height: number;
  rowHeights: number[];
}

/** One record placed on the timeline, at the base (unzoomed) scale. */
export interface Mark {
  record: Announcement;
  lane: string;
  /** Start and end of the date's span in epoch ms (end exclusive). */
  t0: number;
  t1: number;
  isSpan: boolean;
  cy: number;
  /** Symbol area in px²; proportional to USD where there is one. */
  area: number;
  usd: number | null;
  radius: number;
}

const MIN_AREA = 50;
const MAX_AREA = 900;
const NO_SUM_AREA = 70;
const LANE_PADDING = 8;
const MARK_GAP = 3;

/** The lane a record belongs in. */
export function laneKeyOf(record: Announcement, mode: 'donor' | 'kind'): string {
  return mode === 'donor' ? donorGroupKey(record.donors) : record.kind;
}

/**
 * Places every record: lanes (by donor group in order of first announcement, or by kind),
 * sizes (area ∝ USD, running totals at a fixed size since they are never added), and rows
 * within a lane so that no two marks overlap at the base scale. Zooming only spreads marks
 * apart (the zoom never goes below 1×), so rows are computed once, not on every frame.
 */
export function layoutTimeline(
  records: readonly Announcement[],
  rates: ReadonlyMap<string, ExchangeRate>,
  scale: ScaleTime<number, number>,
  mode: 'donor' | 'kind',
  /** The least height a lane needs, e.g. for a label on two lines. */
  minLaneHeight: (key: string) => number = () => 0,
): { lanes: Lane[]; marks: Mark[]; height: number; maxUsd: number; maxArea: number } {
  const usdById = new Map<string, number | null>();
  let maxUsd = 0;
  for (const record of records) {
    const usd = toUsd(record, rates);
    usdById.set(record.id, usd);
    if (usd !== null && record.kind !== 'cumulative') maxUsd = Math.max(maxUsd, usd);
  }
  const areaOf = (record: Announcement) => {
    const usd = usdById.get(record.id) ?? null;
    if (usd === null) return NO_SUM_AREA;
    if (record.kind === 'cumulative') return MAX_AREA * 0.45;
    return Math.max(MIN_AREA, (usd / maxUsd) * MAX_AREA);
  };

  const byLane = new Map<string, Announcement[]>();
  const sorted = [...records].sort((a, b) =>
    a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0,
  );
  for (const record of sorted) {
    const key = laneKeyOf(record, mode);
    let list = byLane.get(key);
    if (!list) byLane.set(key, (list = []));
    list.push(record);
  }
  const laneKeys =
    mode === 'donor' ? [...byLane.keys()] : KIND_ORDER.filter((kind) => byLane.has(kind));

  const lanes: Lane[] = [];
  const marks: Mark[] = [];
  let y = 0;
  for (const key of laneKeys) {
    const laneRecords = byLane.get(key)!;
    const rowEnds: number[] = [];
    const rowHeights: number[] = [];
    const placed: Array<{ mark: Omit<Mark, 'cy'>; row: number }> = [];
    const items = laneRecords.map((record) => {
      const t0 = dayStart(record.date.start);
      const t1 = dayEnd(record.date.end);
      const isSpan = record.date.precision !== 'day';
      const area = areaOf(record);
      const radius = Math.sqrt(area / Math.PI) * 1.15;
      const cx = isSpan ? (scale(t0) + scale(t1)) / 2 : scale(t0 + ONE_DAY / 2);
      const left = Math.min(isSpan ? scale(t0) : cx, cx - radius);
      const right = Math.max(isSpan ? scale(t1) : cx, cx + radius);
      const mark = {
        record,
        lane: key,
        t0,
        t1,
        isSpan,
        area,
        radius,
        usd: usdById.get(record.id) ?? null,
      };
      return { mark, left, right };
    });
    items.sort((a, b) => a.left - b.left);
    for (const { mark, left, right } of items) {
      let row = rowEnds.findIndex((end) => end + MARK_GAP <= left);
      if (row < 0) {
        row = rowEnds.length;
        rowEnds.push(right);
        rowHeights.push(0);
      } else rowEnds[row] = right;
      rowHeights[row] = Math.max(rowHeights[row]!, 2 * mark.radius + 6, 18);
      placed.push({ mark, row });
    }
    const rowTops = rowHeights.map((_, i) => rowHeights.slice(0, i).reduce((s, h) => s + h, 0));
    const rowsHeight = rowHeights.reduce((s, h) => s + h, 0);
    const height = Math.max(rowsHeight + 2 * LANE_PADDING, minLaneHeight(key));
    const top = (height - rowsHeight) / 2;
    for (const { mark, row } of placed) {
      marks.push({ ...mark, cy: y + top + rowTops[row]! + rowHeights[row]! / 2 });
    }
    const first = laneRecords[0]!;
    lanes.push({
      key,
      donors: mode === 'donor' ? key.split('+') : null,
      kind: mode === 'kind' ? first.kind : null,
      y,
      height,
      rowHeights,
    });
    y += height;
  }
  return { lanes, marks, height: y, maxUsd, maxArea: MAX_AREA };
}

import { KIND_ORDER } from '../../encoding/kind-style';
import { MARK_GAP, rowCentre, windowRange, type MarkTable } from './mark-table';

/** Index of 'cumulative' in KIND_ORDER: running totals are never added to other sums. */
const CUMULATIVE = KIND_ORDER.indexOf('cumulative');

/** Where marks in a lane crowd this many pixels, they are counted, not drawn one by one. */
export const COLUMN_PX = 12;
/** Marks this far outside the plot are still laid out (a symbol's edge may show). */
const MARGIN_PX = 40;
/** The closest zoom (d3-zoom's scale extent): 500×, a day several hundred pixels wide. */
export const MAX_ZOOM = 500;
/** The width of one digit of an aggregate's count (600 weight, 10 px), with some to spare. */
export const COUNT_DIGIT_PX = 6.5;
/** Room kept between an aggregate's box and the count inside it, each side. */
const COUNT_PAD_PX = 3;
/** An aggregate's box is at least this wide; boxes and marks beside it keep this far apart. */
const MIN_BOX_PX = 10;
const BOX_GAP_PX = 1;
/** Neighbouring crowded columns are summed together while their centres span this much. */
const MERGE_PX = 30;

/** Several announcements in one lane too close to tell apart at this zoom, drawn as one. */
export interface Aggregate {
  /** Stable while its members stay the same: the lane and its first member's slot (a colon, which no record id has). */
  key: string;
  lane: number;
  /** Table slots, in time order. */
  members: number[];
  /** Extent of the members' centres in plot pixels, and the lane's rows it covers. */
  x0: number;
  x1: number;
  y: number;
  height: number;
  /** The members' USD values added (those that have one). */
  usd: number;
  /** The base-pixel extent to zoom to so that its members spread out. */
  base: [number, number];
  /**
   * The box it is drawn in, in plot pixels: round its members, widened where there is room so
   * that its count fits, never over its lane's other aggregates or marks.
   */
  box: { x: number; y: number; width: number; height: number };
  /** Whether the box is wide enough to print the count inside it (else only its description says it). */
  countShown: boolean;
  /**
   * What opening it does: 'zoom' spreads its members apart; 'list' lists them, when zooming
   * cannot (all on one date, or at the zoom limit).
   */
  opens: 'zoom' | 'list';
}

/** The count's text box inside an aggregate's box (centred), in plot pixels. */
export function countBox(aggregate: Aggregate) {
  const width = String(aggregate.members.length).length * COUNT_DIGIT_PX;
  const { box } = aggregate;
  return { x: box.x + box.width / 2 - width / 2, y: aggregate.y - 6, width, height: 12 };
}

/** What one frame draws: marks one by one (slot, centre) and aggregates. */
export interface LevelOfDetail {
  slots: Uint32Array;
  x: Float32Array;
  y: Float32Array;
  count: number;
  aggregates: Aggregate[];
}

/** The zoom: plot x = base x · k + tx. */
export interface ViewTransform {
  k: number;
  x: number;
}

/**
 * Decides, for the plot at this zoom, which marks are drawn one by one and which are summed:
 * in each lane, marks are walked in time order in columns of COLUMN_PX; a column holding more
 * marks than the lane has rows becomes an aggregate, the rest are packed in the lane's rows
 * (a mark keeps its base-scale row when it still fits, so zooming only spreads marks apart),
 * and a mark that fits in no row joins the aggregate beside it. At the base scale of a small
 * dataset nothing is summed and every mark sits where the base layout put it.
 */
export function levelOfDetail(
  table: MarkTable,
  view: ViewTransform,
  plotWidth: number,
  /** The plot's rows in view, [top, bottom) in plot pixels: lanes outside are skipped. */
  band: readonly [number, number] = [-Infinity, Infinity],
): LevelOfDetail {
  const { k, x: tx } = view;
  const [start, end] = windowRange(table, (-MARGIN_PX - tx) / k, (plotWidth + MARGIN_PX - tx) / k);
  const perLane: number[][] = table.lanes.map(() => []);
  const shown = table.lanes.map((lane) => lane.y < band[1] && lane.y + lane.height > band[0]);
  for (let p = start; p < end; p++) {
    const i = table.byTime[p]!;
    if (!shown[table.lane[i]!]) continue;
    const [left, right] = extentOf(table, i, k, tx);
    if (right >= -MARGIN_PX && left <= plotWidth + MARGIN_PX) perLane[table.lane[i]!]!.push(i);
  }
  const total = end - start;
  const slots = new Uint32Array(total);
  const xs = new Float32Array(total);
  const ys = new Float32Array(total);
  let count = 0;
  const aggregates: Aggregate[] = [];
  /** Per lane, the drawn marks' centres and extents [x, left, right, x, left, right, …] in time order. */
  const extents: number[][] = table.lanes.map(() => []);

  perLane.forEach((list, laneIndex) => {
    const lane = table.lanes[laneIndex]!;
    const rows = lane.rowHeights.length;
    const rowEnds = new Array<number>(rows).fill(-Infinity);
    /** Where each row's last symbol ends (its soft band may reach further). */
    const symbolEnds = new Array<number>(rows).fill(-Infinity);
    let last: Aggregate | null = null;
    let lastColumn = -Infinity;
    /**
     * Adds a mark to the column's aggregate (or, for a mark that fits no row, the one before);
     * a crowded column next to an aggregate joins it while their centres span at most
     * MERGE_PX, so a dense stretch is a few boxes wide enough for their counts.
     */
    const joins = (cx: number, column: number, orBefore: boolean) =>
      last !== null &&
      (lastColumn === column ||
        (lastColumn === column - 1 && (orBefore || cx - last.x0 <= MERGE_PX)));
    const aggregate = (i: number, column: number, orBefore: boolean) => {
      const cx = table.cx[i]! * k + tx;
      if (last && joins(cx, column, orBefore)) {
        if (!orBefore) lastColumn = column;
        last.members.push(i);
        last.x1 = Math.max(last.x1, cx);
        last.base[1] = Math.max(last.base[1], table.cx[i]!);
      } else {
        const rowsTop = lane.y + (lane.rowTops[0] ?? 0);
        const rowsHeight = lane.rowHeights.reduce((s, h) => s + h, 0);
        last = {
          key: `agg:${laneIndex}:${i}`,
          lane: laneIndex,
          members: [i],
          x0: cx,
          x1: cx,
          y: rowsTop + rowsHeight / 2,
          height: rowsHeight,
          usd: 0,
          base: [table.cx[i]!, table.cx[i]!],
          box: { x: 0, y: 0, width: 0, height: 0 },
          countShown: false,
          opens: 'zoom',
        };
        aggregates.push(last);
        lastColumn = column;
      }
    };
    for (let a = 0; a < list.length;) {
      // One column: the marks whose centres fall in the same COLUMN_PX of the zoomed axis
      // (columns counted from the axis's start, so panning does not move their edges).
      const column = Math.floor((table.cx[list[a]!]! * k) / COLUMN_PX);
      let b = a + 1;
      while (b < list.length && Math.floor((table.cx[list[b]!]! * k) / COLUMN_PX) === column) b++;
      if (b - a > rows) {
        for (let j = a; j < b; j++) aggregate(list[j]!, column, false);
        a = b;
        continue;
      }
      for (let j = a; j < b; j++) {
        const i = list[j]!;
        const [left, right] = extentOf(table, i, k, tx);
        const own = table.row[i]!;
        let row = own >= 0 && rowEnds[own]! + MARK_GAP <= left ? own : -1;
        if (row < 0) row = rowEnds.findIndex((e) => e + MARK_GAP <= left);
        // Soft bands may lie under other marks: where only the symbol finds room (next to the
        // symbols before it, over a band), the mark is drawn there rather than summed.
        const cx = table.cx[i]! * k + tx;
        const symbolLeft = cx - table.radius[i]!;
        if (row < 0) row = symbolEnds.findIndex((e) => e + MARK_GAP <= symbolLeft);
        if (row < 0) {
          aggregate(i, column, true);
          continue;
        }
        rowEnds[row] = Math.max(rowEnds[row]!, right);
        symbolEnds[row] = cx + table.radius[i]!;
        extents[laneIndex]!.push(cx, symbolLeft, cx + table.radius[i]!);
        slots[count] = i;
        xs[count] = table.cx[i]! * k + tx;
        ys[count] = rowCentre(lane, row);
        count++;
      }
      a = b;
    }
  });
  for (const group of aggregates) {
    for (const i of group.members) {
      const usd = table.usd[i]!;
      if (!Number.isNaN(usd) && table.kind[i] !== CUMULATIVE) group.usd += usd;
    }
    group.opens = opensAs(group, k, plotWidth);
  }
  placeBoxes(aggregates, extents);
  return { slots, x: xs, y: ys, count, aggregates };
}

/**
 * What a mark covers in plot pixels at this zoom: its span (which zooming widens) and its
 * symbol (which keeps its size).
 */
function extentOf(table: MarkTable, i: number, k: number, tx: number): [number, number] {
  const cx = table.cx[i]! * k + tx;
  const r = table.radius[i]!;
  return [Math.min(table.x0[i]! * k + tx, cx - r), Math.max(table.x1[i]! * k + tx, cx + r)];
}

/**
 * Whether zooming in spreads an aggregate's members apart: not when they would share a column
 * even at the zoom limit (one date), nor at the limit, nor when the zoom that shows them all is
 * no closer than this one (a crowd of long spans). Then opening it lists them.
 */
function opensAs(group: Aggregate, k: number, plotWidth: number): 'zoom' | 'list' {
  const [b0, b1] = group.base;
  if ((b1 - b0) * MAX_ZOOM < COLUMN_PX || k >= MAX_ZOOM / 1.05) return 'list';
  const closest = Math.min(MAX_ZOOM, plotWidth / ((b1 - b0) * 1.3));
  return closest > k * 1.05 ? 'zoom' : 'list';
}

/**
 * Each aggregate's box: round its members' centres (at least MIN_BOX_PX), widened to fit its
 * count where the lane has room, and kept off its neighbours: two aggregates of a lane meet
 * at most halfway between their members, and a box only grows over free space, not over a
 * mark drawn one by one. The count is printed only where the box is wide enough for it, so
 * no two counts ever overlap.
 */
function placeBoxes(aggregates: Aggregate[], extents: number[][]) {
  const byLane = new Map<number, Aggregate[]>();
  for (const group of aggregates) {
    let list = byLane.get(group.lane);
    if (!list) byLane.set(group.lane, (list = []));
    list.push(group);
  }
  for (const [lane, list] of byLane) {
    const marks = extents[lane]!;
    let m = 0;
    list.forEach((group, n) => {
      const before = list[n - 1];
      const after = list[n + 1];
      // The free room: up to the nearest marks' edges (its members' centres stay inside
      // whatever the marks), and at most halfway to the aggregates beside it.
      let lo = -Infinity;
      let hi = Infinity;
      for (; m < marks.length && marks[m]! < group.x0; m += 3)
        if (!before || marks[m]! > before.x1) lo = Math.max(lo, marks[m + 2]! + BOX_GAP_PX);
      let j = m;
      while (j < marks.length && marks[j]! <= group.x1) j += 3;
      for (; j < marks.length && (!after || marks[j]! < after.x0); j += 3)
        hi = Math.min(hi, marks[j + 1]! - BOX_GAP_PX);
      lo = Math.min(lo, group.x0 - 2);
      hi = Math.max(hi, group.x1 + 2);
      if (before) lo = Math.max(lo, (before.x1 + group.x0) / 2 + BOX_GAP_PX / 2);
      if (after) hi = Math.min(hi, (group.x1 + after.x0) / 2 - BOX_GAP_PX / 2);
      const text = String(group.members.length).length * COUNT_DIGIT_PX + 2 * COUNT_PAD_PX;
      const want = Math.max(MIN_BOX_PX, group.x1 - group.x0 + MIN_BOX_PX, text);
      const centre = (group.x0 + group.x1) / 2;
      let x0 = Math.max(lo, centre - want / 2);
      const x1 = Math.min(hi, x0 + want);
      x0 = Math.max(lo, Math.min(x0, x1 - want));
      const height = Math.max(14, group.height - 4);
      group.box = { x: x0, y: group.y - height / 2, width: x1 - x0, height };
      group.countShown = x1 - x0 >= text && height >= 14;
    });
  }
}

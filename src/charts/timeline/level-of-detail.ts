import { KIND_ORDER } from '../../encoding/kind-style';
import { MARK_GAP, rowCentre, windowRange, type MarkTable } from './mark-table';

/** Index of 'cumulative' in KIND_ORDER: running totals are never added to other sums. */
const CUMULATIVE = KIND_ORDER.indexOf('cumulative');

/** Where marks in a lane crowd this many pixels, they are counted, not drawn one by one. */
export const COLUMN_PX = 12;
/** Marks this far outside the plot are still laid out (a symbol's edge may show). */
const MARGIN_PX = 40;

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
    const left = Math.min(table.x0[i]!, table.cx[i]! - table.radius[i]!) * k + tx;
    const right = Math.max(table.x1[i]!, table.cx[i]! + table.radius[i]!) * k + tx;
    if (right >= -MARGIN_PX && left <= plotWidth + MARGIN_PX) perLane[table.lane[i]!]!.push(i);
  }
  const total = end - start;
  const slots = new Uint32Array(total);
  const xs = new Float32Array(total);
  const ys = new Float32Array(total);
  let count = 0;
  const aggregates: Aggregate[] = [];

  perLane.forEach((list, laneIndex) => {
    const lane = table.lanes[laneIndex]!;
    const rows = lane.rowHeights.length;
    const rowEnds = new Array<number>(rows).fill(-Infinity);
    let last: Aggregate | null = null;
    let lastColumn = -Infinity;
    /** Adds a mark to the column's aggregate (or, for a mark that fits no row, the one before). */
    const aggregate = (i: number, column: number, orBefore: boolean) => {
      const cx = table.cx[i]! * k + tx;
      if (last && (lastColumn === column || (orBefore && lastColumn === column - 1))) {
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
        const left = Math.min(table.x0[i]!, table.cx[i]! - table.radius[i]!) * k + tx;
        const right = Math.max(table.x1[i]!, table.cx[i]! + table.radius[i]!) * k + tx;
        const own = table.row[i]!;
        let row = own >= 0 && rowEnds[own]! + MARK_GAP <= left ? own : -1;
        if (row < 0) row = rowEnds.findIndex((e) => e + MARK_GAP <= left);
        if (row < 0) {
          aggregate(i, column, true);
          continue;
        }
        rowEnds[row] = right;
        slots[count] = i;
        xs[count] = table.cx[i]! * k + tx;
        ys[count] = rowCentre(lane, row);
        count++;
      }
      a = b;
    }
  });
  for (const group of aggregates)
    for (const i of group.members) {
      const usd = table.usd[i]!;
      if (!Number.isNaN(usd) && table.kind[i] !== CUMULATIVE) group.usd += usd;
    }
  return { slots, x: xs, y: ys, count, aggregates };
}

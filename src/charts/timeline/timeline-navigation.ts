import { quadtree, type Quadtree } from 'd3-quadtree';
import type { MarkTable } from './mark-table';
import type { Aggregate, LevelOfDetail } from './level-of-detail';

/** Something drawn that the pointer and the keyboard can reach: one mark or an aggregate. */
export interface ViewItem {
  /** The record's id for a mark, the aggregate's key for an aggregate. */
  key: string;
  lane: number;
  /** Centre in plot pixels, and how far the drawn shape reaches from it. */
  x: number;
  y: number;
  r: number;
  /** The table slot of a mark; null for an aggregate. */
  slot: number | null;
  aggregate: Aggregate | null;
}

/** The marks and aggregates of a frame, by lane, then left to right. */
export function viewItems(table: MarkTable, lod: LevelOfDetail): ViewItem[] {
  const items: ViewItem[] = [];
  for (let j = 0; j < lod.count; j++) {
    const slot = lod.slots[j]!;
    items.push({
      key: table.records[slot]!.id,
      lane: table.lane[slot]!,
      x: lod.x[j]!,
      y: lod.y[j]!,
      r: table.radius[slot]!,
      slot,
      aggregate: null,
    });
  }
  for (const aggregate of lod.aggregates)
    items.push({
      key: aggregate.key,
      lane: aggregate.lane,
      x: (aggregate.x0 + aggregate.x1) / 2,
      y: aggregate.y,
      r: Math.max(5, (aggregate.x1 - aggregate.x0) / 2 + 5),
      slot: null,
      aggregate,
    });
  return items.sort((a, b) => a.lane - b.lane || a.x - b.x || a.y - b.y);
}

/**
 * The first item in the plot (0 to `width`): the earliest in the first lane that has one.
 * A linear pass, so the tab stop costs nothing per frame.
 */
export function firstInView(
  table: MarkTable,
  lod: LevelOfDetail,
  width: number,
): Pick<ViewItem, 'key' | 'slot' | 'aggregate' | 'x' | 'y' | 'r'> | null {
  let best: { lane: number; x: number; j: number; aggregate: Aggregate | null } | null = null;
  const better = (lane: number, x: number) =>
    x >= 0 && x <= width && (!best || lane < best.lane || (lane === best.lane && x < best.x));
  for (let j = 0; j < lod.count; j++) {
    const lane = table.lane[lod.slots[j]!]!;
    if (better(lane, lod.x[j]!)) best = { lane, x: lod.x[j]!, j, aggregate: null };
  }
  for (const aggregate of lod.aggregates) {
    const x = (aggregate.x0 + aggregate.x1) / 2;
    if (better(aggregate.lane, x)) best = { lane: aggregate.lane, x, j: -1, aggregate };
  }
  if (!best) return null;
  const found: { x: number; j: number; aggregate: Aggregate | null } = best;
  if (found.aggregate) {
    const a = found.aggregate;
    return { key: a.key, slot: null, aggregate: a, x: found.x, y: a.y, r: (a.x1 - a.x0) / 2 + 5 };
  }
  const slot = lod.slots[found.j]!;
  return {
    key: table.records[slot]!.id,
    slot,
    aggregate: null,
    x: found.x,
    y: lod.y[found.j]!,
    r: table.radius[slot]!,
  };
}

/**
 * The item a key moves to: Left/Right step through time within the lane, Up/Down jump to the
 * nearest item in time in the next lane above or below that has one, Home/End go to the
 * lane's first or last. With no current item, the earliest item of the first lane.
 */
export function nextItem(
  items: readonly ViewItem[],
  currentKey: string | null,
  key: string,
): ViewItem | null {
  if (items.length === 0) return null;
  const current = items.find((item) => item.key === currentKey);
  if (!current) return items[0]!;
  const lane = items.filter((item) => item.lane === current.lane);
  const at = lane.indexOf(current);
  switch (key) {
    case 'ArrowRight':
      return lane[at + 1] ?? current;
    case 'ArrowLeft':
      return lane[at - 1] ?? current;
    case 'Home':
      return lane[0]!;
    case 'End':
      return lane.at(-1)!;
    case 'ArrowUp':
    case 'ArrowDown': {
      const others = items.filter((item) =>
        key === 'ArrowUp' ? item.lane < current.lane : item.lane > current.lane,
      );
      if (others.length === 0) return current;
      const laneIndex =
        key === 'ArrowUp'
          ? Math.max(...others.map((i) => i.lane))
          : Math.min(...others.map((i) => i.lane));
      return others
        .filter((item) => item.lane === laneIndex)
        .reduce((best, item) =>
          Math.abs(item.x - current.x) < Math.abs(best.x - current.x) ? item : best,
        );
    }
    default:
      return current;
  }
}

/** The least distance the pointer finds a mark from: a 24 px target (WCAG 2.5.8). */
export const HIT_RADIUS = 12;

/** A spatial index of a frame's items, for the pointer. */
export function hitIndex(items: readonly ViewItem[]): Quadtree<ViewItem> {
  return quadtree<ViewItem>()
    .x((item) => item.x)
    .y((item) => item.y)
    .addAll([...items]);
}

/**
 * The item under the pointer: the nearest whose drawn shape (or aggregate's box) is within
 * HIT_RADIUS of the point, else null.
 */
export function hitTest(tree: Quadtree<ViewItem>, x: number, y: number): ViewItem | null {
  // Aggregates reach up and down their lane; look wide, then measure to each shape's edge.
  const near = tree.find(x, y, HIT_RADIUS + 60);
  if (!near) return null;
  let best: ViewItem | null = null;
  let bestDistance = Infinity;
  tree.visit((node, x0, y0, x1, y1) => {
    if (!node.length) {
      for (let leaf: typeof node | undefined = node; leaf; leaf = leaf.next) {
        const item = leaf.data;
        const d = edgeDistance(item, x, y);
        if (d < bestDistance) [best, bestDistance] = [item, d];
      }
    }
    const reach = HIT_RADIUS + 60;
    return x0 > x + reach || x1 < x - reach || y0 > y + reach || y1 < y - reach;
  });
  return bestDistance <= HIT_RADIUS ? best : null;
}

/** Distance from a point to an item's drawn shape (0 inside). */
function edgeDistance(item: ViewItem, x: number, y: number): number {
  if (item.aggregate) {
    const halfW = item.r;
    const halfH = Math.max(7, item.aggregate.height / 2 - 2);
    const dx = Math.max(0, Math.abs(x - item.x) - halfW);
    const dy = Math.max(0, Math.abs(y - item.y) - halfH);
    return Math.hypot(dx, dy);
  }
  return Math.max(0, Math.hypot(x - item.x, y - item.y) - item.r);
}

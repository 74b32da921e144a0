// The bar chart's budget of rectangles (drawnRows in bar-segments.ts), counted over numbers.
import { KIND_ORDER } from '../../encoding/kind-style';
import type { Segment } from '../../transforms/aggregate';
import type { BarRow } from './bar-layout';

const KIND_NUMBER = new Map(KIND_ORDER.map((kind, i) => [kind, i]));

/**
 * How many rectangles segmentsToDraw makes of every bar at a given minimum width, counted from
 * the segments' widths (measured once, into one array for all bars) without making them: the
 * chart's budget is checked at 2 px, 4 px, … over numbers, and the segments are made once, at
 * the width that fits.
 */
export function segmentCounter(
  bars: ReadonlyArray<readonly Segment[]>,
  width: (value: number) => number,
): (minWidth: number) => number {
  let total = 0;
  for (const bar of bars) total += bar.length;
  const widths = new Float64Array(total);
  const kinds = new Int8Array(total);
  const ends = new Uint32Array(bars.length);
  let at = 0;
  bars.forEach((bar, b) => {
    for (const segment of bar) {
      widths[at] = width(segment.value);
      kinds[at++] = KIND_NUMBER.get(segment.record.kind) ?? -1;
    }
    ends[b] = at;
  });
  const wide = new Uint32Array(KIND_ORDER.length);
  const narrow = new Uint8Array(KIND_ORDER.length);
  return (minWidth) => {
    let count = 0;
    for (let b = 0, i = 0; b < ends.length; b++) {
      const from = i;
      wide.fill(0);
      narrow.fill(0);
      let allWide = true;
      for (; i < ends[b]!; i++) {
        const kind = kinds[i]!;
        if (widths[i]! >= minWidth) {
          if (kind >= 0) wide[kind]!++;
        } else {
          allWide = false;
          if (kind >= 0) narrow[kind] = 1;
        }
      }
      if (allWide) count += i - from;
      else for (let k = 0; k < KIND_ORDER.length; k++) count += wide[k]! + narrow[k]!;
    }
    return count;
  };
}

/** How many marks referencesToDraw makes of a row's running totals at a given gap. */
export function referenceCounter(
  references: BarRow['references'],
  width: (value: number) => number,
): (minGap: number) => number {
  const widths = references.map((r) => width(r.value)).sort((a, b) => a - b);
  return (minGap) => {
    if (widths.every((w, i) => i === 0 || w - widths[i - 1]! >= minGap)) return widths.length;
    let columns = 0;
    let last: number | null = null;
    for (const w of widths) {
      const column = Math.floor(w / minGap);
      if (column !== last) columns++;
      last = column;
    }
    return columns;
  };
}

/**
 * The fewest rectangles the bars can come to at any width: one per kind a bar holds (a kind's
 * narrow segments merge into one, never fewer). When even that is over the budget, the widths
 * need not be counted: the chart merges at the widest step (past the longest bar).
 */
export function fewestRectangles(bars: ReadonlyArray<readonly Segment[]>): number {
  let count = 0;
  const seen = new Set<string>();
  for (const bar of bars) {
    seen.clear();
    for (const segment of bar)
      if (KIND_NUMBER.has(segment.record.kind)) seen.add(segment.record.kind);
    count += seen.size;
  }
  return count;
}

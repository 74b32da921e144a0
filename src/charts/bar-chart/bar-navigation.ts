import type { Announcement } from '../../data/schema';
import type { BarRow } from './bar-layout';
import type { DrawnRow } from './bar-segments';

/** One focusable part of the comparison: a committed or delivered segment, or a running total. */
export interface FocusPart {
  key: string;
  group: string;
  record: Announcement;
}

/**
 * Every focusable part in reading order: row by row, the committed rectangles as drawn, then the
 * delivered, then the running totals. A rectangle of several announcements is one part (its
 * record is the largest of them).
 */
export function focusOrder(drawn: readonly DrawnRow[]): FocusPart[] {
  return drawn.flatMap(({ row, committed, delivered, references }) =>
    [...committed, ...delivered, ...references].map((s) => ({
      key: s.key,
      group: row.group,
      record: s.record,
    })),
  );
}

/** The key of a part: its row, which bar (c, d or r) and its record. */
export function partKey(group: string, bar: 'c' | 'd' | 'r', record: Announcement): string {
  return `${group}:${bar}:${record.id}`;
}

/**
 * The part a key moves to: Left/Right step through the parts in reading order, Up/Down go to
 * the first part of the row above or below (staying put at the edges). Null for other keys.
 */
export function nextFocusKey(
  order: readonly FocusPart[],
  rows: readonly Pick<BarRow, 'group'>[],
  currentKey: string,
  key: string,
): string | null {
  const at = order.findIndex((p) => p.key === currentKey);
  if (at < 0) return null;
  if (key === 'ArrowRight') return order[Math.min(order.length - 1, at + 1)]!.key;
  if (key === 'ArrowLeft') return order[Math.max(0, at - 1)]!.key;
  if (key === 'ArrowDown' || key === 'ArrowUp') {
    const rowIndex = rows.findIndex((row) => row.group === order[at]!.group);
    const target = rows[rowIndex + (key === 'ArrowDown' ? 1 : -1)];
    return (target && order.find((p) => p.group === target.group)?.key) ?? currentKey;
  }
  return null;
}

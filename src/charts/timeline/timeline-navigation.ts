import type { Mark } from './timeline-layout';

/**
 * The mark a key moves to: Left/Right step through time within the lane, Up/Down jump to the
 * nearest mark in time in the lane above or below, Home/End go to the first or last mark.
 */
export function nextMarkId(
  marks: readonly Mark[],
  laneOrder: readonly string[],
  currentId: string | null,
  key: string,
): string | null {
  if (marks.length === 0) return null;
  const byTime = (a: Mark, b: Mark) => a.t0 - b.t0 || a.cy - b.cy;
  const current = marks.find((m) => m.record.id === currentId);
  if (!current) return [...marks].sort(byTime)[0]!.record.id;
  const lane = marks.filter((m) => m.lane === current.lane).sort(byTime);
  const at = lane.indexOf(current);
  switch (key) {
    case 'ArrowRight':
      return (lane[at + 1] ?? current).record.id;
    case 'ArrowLeft':
      return (lane[at - 1] ?? current).record.id;
    case 'Home':
      return lane[0]!.record.id;
    case 'End':
      return lane.at(-1)!.record.id;
    case 'ArrowUp':
    case 'ArrowDown': {
      const step = key === 'ArrowUp' ? -1 : 1;
      for (
        let i = laneOrder.indexOf(current.lane) + step;
        i >= 0 && i < laneOrder.length;
        i += step
      ) {
        const candidates = marks.filter((m) => m.lane === laneOrder[i]);
        if (candidates.length === 0) continue;
        const middle = (current.t0 + current.t1) / 2;
        const nearest = candidates.reduce((best, m) =>
          Math.abs((m.t0 + m.t1) / 2 - middle) < Math.abs((best.t0 + best.t1) / 2 - middle)
            ? m
            : best,
        );
        return nearest.record.id;
      }
      return current.record.id;
    }
    default:
      return current.record.id;
  }
}

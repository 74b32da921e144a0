const BOTH: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
const HORIZONTAL: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1 };

/**
 * Where a roving tab stop goes for a key (WAI-ARIA APG): the arrow keys step, wrapping at the
 * ends, Home and End go to the ends; null for any other key. `at` is the stop's index among
 * `count` items; a tab list moves with the left and right arrows only.
 */
export function rovingIndex(
  key: string,
  at: number,
  count: number,
  axis: 'both' | 'horizontal' = 'both',
): number | null {
  if (count === 0) return null;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const step = (axis === 'both' ? BOTH : HORIZONTAL)[key];
  return step === undefined ? null : (at + step + count) % count;
}

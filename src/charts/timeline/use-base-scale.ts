import { useMemo } from 'react';
import type { Announcement } from '../../data/schema';
import { useViewStore } from '../../state/store';
import { createTimeScale } from './timeline-layout';

/** The timeline's unzoomed scale in the axis mode the reader chose (squeezed or linear). */
export function useBaseScale(records: readonly Announcement[], plotWidth: number) {
  const axisMode = useViewStore((s) => s.axisMode);
  return useMemo(
    () => createTimeScale(records, plotWidth, axisMode),
    [records, plotWidth, axisMode],
  );
}

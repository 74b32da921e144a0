import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useDrawnMark } from './drawn-mark';

const marks = (name: string) => performance.getEntriesByName(name, 'mark') as PerformanceMark[];

describe('useDrawnMark', () => {
  afterEach(() => performance.clearMarks());

  it('leaves no mark before the chart was measured, then one per render with the record count', () => {
    const { rerender } = renderHook(({ measured }) => useDrawnMark('bars', measured, 1234), {
      initialProps: { measured: false },
    });
    expect(marks('explorer:bars-drawn')).toHaveLength(0);
    rerender({ measured: true });
    expect(marks('explorer:bars-drawn')).toHaveLength(1);
    expect(marks('explorer:bars-drawn')[0]!.detail).toEqual({ records: 1234 });
    rerender({ measured: true });
    // Only the latest is kept in the timeline; the bench observes each one as it comes.
    expect(marks('explorer:bars-drawn')).toHaveLength(1);
  });
});

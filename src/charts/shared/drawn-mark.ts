import { useLayoutEffect } from 'react';

/**
 * Leaves a `performance.mark` named `explorer:<chart>-drawn` each time a chart has put a
 * dataset on screen at its measured width (in a layout effect: after the DOM changed, before
 * the browser paints). `npm run bench` waits for these marks to time the first complete render
 * and each interaction; the mark's detail says how many records the chart was given.
 */
export function useDrawnMark(chart: 'timeline' | 'bars', measured: boolean, records: number) {
  useLayoutEffect(() => {
    if (!measured || typeof performance === 'undefined' || !performance.mark) return;
    const name = `explorer:${chart}-drawn`;
    performance.clearMarks?.(name); // only the latest is kept; the bench observes each one
    performance.mark(name, { detail: { records } });
  });
}

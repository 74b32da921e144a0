import type { ScaleTime } from 'd3-scale';
import { useEffect, useRef } from 'react';
import { useViewStore } from '../../state/store';
import { clampWindow } from '../../transforms/time-window';

/** Two windows within a minute of each other at both ends (the URL keeps minutes). */
function sameWindow(a: [number, number] | null, b: [number, number] | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a[0] - b[0]) < 60_000 && Math.abs(a[1] - b[1]) < 60_000;
}

/**
 * The zoom and the store's window follow each other. The zoomed window narrows the other
 * views (the whole span is "no window"); a window set elsewhere (a shared URL, back/forward,
 * "Clear filters") moves the zoom. `sentWindow` is the last window the two agreed on, so
 * neither echoes the other.
 */
export function useWindowSync({
  scale,
  baseScale,
  plotWidth,
  zoomed,
  domain,
  reset,
  showRange,
}: {
  /** The zoomed scale, and the unzoomed one the zoom transform applies to. */
  scale: ScaleTime<number, number>;
  baseScale: ScaleTime<number, number>;
  plotWidth: number;
  /** False at the base scale (the whole span, "no window"). */
  zoomed: boolean;
  /** The span the axis covers: a window beyond it is clamped to it, never shifted. */
  domain: [number, number];
  reset: () => void;
  showRange: (x0: number, x1: number) => void;
}) {
  const timeWindow = useViewStore((s) => s.timeWindow);
  const setTimeWindow = useViewStore((s) => s.setTimeWindow);
  const sentWindow = useRef<[number, number] | null>(null);
  const lastBase = useRef(baseScale);
  useEffect(() => {
    // A new base scale (resize, new records) keeps the window; the effect below re-applies it.
    if (lastBase.current !== baseScale) {
      lastBase.current = baseScale;
      return;
    }
    const window: [number, number] | null = !zoomed
      ? null
      : [+scale.invert(0), +scale.invert(plotWidth)];
    if (sameWindow(window, sentWindow.current)) return;
    sentWindow.current = window;
    setTimeWindow(window);
  }, [zoomed, scale, baseScale, plotWidth, setTimeWindow]);
  useEffect(() => {
    if (timeWindow === null) {
      if (sentWindow.current !== null || zoomed) reset();
      sentWindow.current = null;
      return;
    }
    // Outside its domain the scale extrapolates (and the zoom's bounds would then shift the
    // window): only the part of the window the axis covers is drawn, and the store is told.
    const shown = clampWindow(timeWindow, domain);
    if (!sameWindow(shown, timeWindow)) {
      setTimeWindow(shown);
      return;
    }
    const [x0, x1] = [baseScale(timeWindow[0]), baseScale(timeWindow[1])];
    const current = [+scale.invert(0), +scale.invert(plotWidth)] as [number, number];
    sentWindow.current = timeWindow;
    if (!sameWindow(current, timeWindow)) showRange(x0, x1);
    // Only a change of the store's window (or of the base scale) moves the zoom.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [timeWindow, baseScale]);
}

import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_ZOOM } from './level-of-detail';
/** A gesture has settled when no wheel or drag event came for this long. */
export const SETTLE_MS = 150;

/**
 * Hands the plot's <g> to d3-zoom (wheel, pinch, drag). During a gesture the transform stays
 * out of React and the store: it is kept in a ref, and subscribers (the canvas, the axis) are
 * told once per animation frame. `settled` (React state) follows SETTLE_MS after the last
 * event; the store's time window is written from it. The only place the timeline gives a DOM
 * node to d3.
 */
export type ZoomControls = Omit<ReturnType<typeof useTimelineZoom>, 'ref'>;

export function useTimelineZoom(width: number, height: number) {
  const ref = useRef<SVGGElement>(null);
  const behaviour = useRef<ZoomBehavior<SVGGElement, unknown> | null>(null);
  const live = useRef<ZoomTransform>(zoomIdentity);
  const listeners = useRef(new Set<() => void>());
  const frame = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [settled, setSettled] = useState<ZoomTransform>(zoomIdentity);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [width, Math.max(height, 1)],
    ];
    const notify = () => {
      frame.current = 0;
      for (const listener of listeners.current) listener();
    };
    const z = zoom<SVGGElement, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      .extent(extent)
      .translateExtent(extent)
      .on('zoom', (event: { transform: ZoomTransform }) => {
        live.current = event.transform;
        if (typeof requestAnimationFrame === 'undefined') notify();
        else if (!frame.current) frame.current = requestAnimationFrame(notify);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => setSettled(live.current), SETTLE_MS);
      });
    behaviour.current = z;
    const selection = select(element);
    selection.call(z);
    // Keep the current view when the size changes.
    selection.call(z.transform, zoomTransform(element));
    return () => {
      selection.on('.zoom', null);
    };
  }, [width, height]);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (frame.current) cancelAnimationFrame(frame.current);
    },
    [],
  );

  /** The transform now (mid-gesture too), and a subscription to its frames. */
  const getLive = useCallback(() => live.current, []);
  const subscribe = useCallback((listener: () => void) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);

  const zoomBy = useCallback((factor: number) => {
    const element = ref.current;
    if (element && behaviour.current) select(element).call(behaviour.current.scaleBy, factor);
  }, []);
  const panBy = useCallback((dx: number) => {
    const element = ref.current;
    if (element && behaviour.current)
      select(element).call(behaviour.current.translateBy, dx / zoomTransform(element).k, 0);
  }, []);
  const reset = useCallback(() => {
    const element = ref.current;
    if (element && behaviour.current)
      select(element).call(behaviour.current.transform, zoomIdentity);
  }, []);
  /** Zooms so that the base-scale pixel span [x0, x1] fills the plot. */
  const showRange = useCallback(
    (x0: number, x1: number) => {
      const element = ref.current;
      if (!element || !behaviour.current || x1 <= x0) return;
      const k = Math.min(MAX_ZOOM, Math.max(1, width / (x1 - x0)));
      select(element).call(behaviour.current.transform, zoomIdentity.scale(k).translate(-x0, 0));
    },
    [width],
  );

  return { ref, settled, getLive, subscribe, zoomBy, panBy, reset, showRange };
}

import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { useCallback, useEffect, useRef, useState } from 'react';

const MAX_ZOOM = 500;

/**
 * Hands the plot's <g> to d3-zoom (wheel, pinch, drag) and reports the transform back to React.
 * The only place the timeline gives a DOM node to d3.
 */
export function useTimelineZoom(width: number, height: number) {
  const ref = useRef<SVGGElement>(null);
  const behaviour = useRef<ZoomBehavior<SVGGElement, unknown> | null>(null);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [width, Math.max(height, 1)],
    ];
    const z = zoom<SVGGElement, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      .extent(extent)
      .translateExtent(extent)
      .on('zoom', (event: { transform: ZoomTransform }) => setTransform(event.transform));
    behaviour.current = z;
    const selection = select(element);
    selection.call(z);
    // Keep the current view when the size changes.
    selection.call(z.transform, zoomTransform(element));
    return () => {
      selection.on('.zoom', null);
    };
  }, [width, height]);

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

  return { ref, transform, zoomBy, panBy, reset, showRange };
}

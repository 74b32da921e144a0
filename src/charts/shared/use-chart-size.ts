import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The width a chart was last measured at. The charts share one width (the charts panel's), so a
 * chart drawn again (another dataset, the Charts tab shown again) starts at it: when the
 * measurement agrees, the layouts of the render before it are kept, instead of being made at
 * the fallback width, thrown away and made again (a third of a 100,000-record first render).
 */
let lastWidth: number | null = null;

/** Width of a container element, kept current with a ResizeObserver. */
export function useChartWidth<T extends HTMLElement>(fallback = 800) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(() => lastWidth ?? fallback);
  // False until the container was measured: a render before it is not the one shown.
  const [measured, setMeasured] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      lastWidth = Math.max(240, Math.floor(element.clientWidth));
      setWidth(lastWidth);
      setMeasured(true);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width, measured };
}

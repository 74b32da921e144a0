import { useLayoutEffect, useRef, useState } from 'react';

/** Width of a container element, kept current with a ResizeObserver. */
export function useChartWidth<T extends HTMLElement>(fallback = 800) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  // False until the container was measured: a render at the fallback width is not the one shown.
  const [measured, setMeasured] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      setWidth(Math.max(240, Math.floor(element.clientWidth)));
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

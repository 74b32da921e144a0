import { useLayoutEffect, useRef, useState } from 'react';

/** Rows drawn beyond the window's edges, and the step the band moves in (fewer redraws). */
const OVERSCAN = 400;
const STEP = 200;

/** The band of rows in the window, with overscan, in steps: [top, bottom) of `height` px. */
export function visibleBand(
  plotTop: number,
  viewportHeight: number,
  height: number,
): [number, number] {
  const top = Math.max(0, Math.floor((-plotTop - OVERSCAN) / STEP) * STEP);
  const bottom = Math.min(height, Math.ceil((viewportHeight - plotTop + OVERSCAN) / STEP) * STEP);
  return bottom > top ? [top, bottom] : [0, Math.min(height, STEP)];
}

/**
 * The plot's rows the window shows (a chart of hundreds of lanes is far taller than the
 * screen): the canvas covers only these, so a frame clears and draws a screenful, not 20,000
 * px. Follows scrolling and resizing, once per animation frame.
 */
export function useVisibleBand(plotTop: number, height: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [band, setBand] = useState<[number, number]>(() => [0, Math.min(height, 1200)]);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const top = element.getBoundingClientRect().top + plotTop;
      const next = visibleBand(top, window.innerHeight || 800, height);
      setBand((old) => (old[0] === next[0] && old[1] === next[1] ? old : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [plotTop, height]);
  return { ref, band };
}

import { useEffect, useState } from 'react';

/**
 * False in a part's first render when `defer` is true, then true once the page has painted (the
 * next animation frame, and a task after it). A part the first view does not need (below the
 * charts) renders nothing at first, so a large dataset's charts reach the screen without waiting
 * for it, and it follows in its own task. With `defer` false it is true at once.
 */
export function useAfterPaint(defer: boolean): boolean {
  const [painted, setPainted] = useState(!defer);
  useEffect(() => {
    if (painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted]);
  return painted;
}

import { useRef, useState } from 'react';

/**
 * Roving focus over a chart's marks: one tab stop (the active mark, or the first), arrow keys
 * move it. Keys name the focusable parts; `refFor` registers their elements, `moveTo` focuses
 * one (after the frame that may have panned it into view), `anchorOf` gives the point a tooltip
 * hangs from (the top centre of the element's box, in viewport pixels).
 */
export function useRovingFocus<E extends HTMLElement | SVGElement>(keys: readonly string[]) {
  const [active, setActive] = useState<string | null>(null);
  const elements = useRef(new Map<string, E>());
  const focusKey = active !== null && keys.includes(active) ? active : (keys[0] ?? null);
  const refFor = (key: string) => (element: E | null) => {
    if (element) elements.current.set(key, element);
    else elements.current.delete(key);
  };
  const moveTo = (key: string) => {
    setActive(key);
    requestAnimationFrame(() => elements.current.get(key)?.focus());
  };
  const anchorOf = (key: string): { x: number; y: number } | null => {
    const box = elements.current.get(key)?.getBoundingClientRect();
    return box ? { x: box.left + box.width / 2, y: box.top } : null;
  };
  return { focusKey, setActive, refFor, moveTo, anchorOf };
}

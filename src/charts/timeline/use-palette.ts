import { useLayoutEffect, useRef, useState } from 'react';
import { readPalette, type Palette } from './draw-marks';

const FALLBACK: Palette = { kinds: [], card: '#ffffff', ink: '#1d232b' };

/**
 * The theme's colours for the canvas, read from the CSS variables through a hidden probe
 * element, and read again when the theme changes (the reader's choice on <html data-theme>,
 * or the system's light or dark setting).
 */
export function usePalette() {
  const probe = useRef<HTMLSpanElement>(null);
  const [palette, setPalette] = useState<Palette>(FALLBACK);
  useLayoutEffect(() => {
    const element = probe.current;
    if (!element || typeof getComputedStyle === 'undefined') return;
    const read = () => setPalette(readPalette(element));
    read();
    const observer = new MutationObserver(read);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme', 'class', 'style'],
    });
    const scheme = window.matchMedia?.('(prefers-color-scheme: dark)');
    scheme?.addEventListener?.('change', read);
    return () => {
      observer.disconnect();
      scheme?.removeEventListener?.('change', read);
    };
  }, []);
  return { probe, palette };
}

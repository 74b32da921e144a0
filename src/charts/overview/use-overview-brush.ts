import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import type { ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { utcDay } from 'd3-time';
import { useEffect, useRef, useState } from 'react';
import { useViewStore } from '../../state/store';
import { clampWindow } from '../../transforms/time-window';

/** A brushed pixel span as whole days: from the start of the first to the end of the last. */
function daysOf(x: ScaleTime<number, number>, [x0, x1]: [number, number]): [number, number] {
  const start = +utcDay.floor(x.invert(x0));
  const end = Math.max(+utcDay.ceil(x.invert(x1)), start + 86_400_000);
  return [start, end];
}

/**
 * Hands the overview's brush layer to d3-brush and ties it to the store's window: a drag sets
 * the window when it ends (in whole days, clamped to the data), while the dates being brushed
 * show as it moves; a window set anywhere else (zoom, presets, dates, the address) moves the
 * brush. The whole span is the whole strip brushed; a click that clears the brush is the whole
 * span too.
 */
export function useOverviewBrush(
  x: ScaleTime<number, number>,
  width: number,
  height: number,
  domain: [number, number],
) {
  const ref = useRef<SVGGElement>(null);
  const behaviour = useRef<BrushBehavior<unknown> | null>(null);
  const timeWindow = useViewStore((s) => s.timeWindow);
  const setTimeWindow = useViewStore((s) => s.setTimeWindow);
  /** The window being brushed, while a drag lasts. */
  const [live, setLive] = useState<[number, number] | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const full: [number, number] = [0, width];
    const brush = brushX<unknown>()
      .extent([
        [0, 0],
        [width, height],
      ])
      .on('brush', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent || !event.selection) return;
        setLive(daysOf(x, event.selection as [number, number]));
      })
      .on('end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return;
        setLive(null);
        const selection = event.selection as [number, number] | null;
        if (!selection) {
          select(element).call(brush.move, full);
          setTimeWindow(null);
          return;
        }
        setTimeWindow(clampWindow(daysOf(x, selection), domain));
      });
    behaviour.current = brush;
    select(element).call(brush);
    return () => {
      select(element).on('.brush', null);
    };
  }, [x, width, height, domain, setTimeWindow]);

  useEffect(() => {
    const element = ref.current;
    const brush = behaviour.current;
    if (!element || !brush) return;
    const span: [number, number] = timeWindow
      ? [Math.max(0, x(timeWindow[0])), Math.min(width, x(timeWindow[1]))]
      : [0, width];
    select(element).call(brush.move, span);
  }, [timeWindow, x, width]);

  return { ref, live };
}

import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
import type { Quadtree } from 'd3-quadtree';
import { useViewStore } from '../../state/store';
import { useI18n } from '../../ui/use-i18n';
import { recordLabel } from '../../ui/record-label';
import type { MarkTable } from './mark-table';
import { levelOfDetail, type Aggregate, type LevelOfDetail } from './level-of-detail';
import {
  firstInView,
  hitIndex,
  hitTest,
  nextItem,
  viewItems,
  type ViewItem,
} from './timeline-navigation';
import { aggregateLabel } from './timeline-overlay';
import type { ZoomControls } from './use-timeline-zoom';

/** A mark or aggregate found in the frame, with its place in plot pixels. */
export type Located = Pick<ViewItem, 'key' | 'slot' | 'aggregate' | 'x' | 'y' | 'r'>;

const NAV_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

/**
 * The plot's pointer and keyboard: the pointer finds the nearest mark or aggregate (quadtree,
 * 12 px reach), shows its tooltip and pins it on click; the plot is one tab stop whose arrow
 * keys step through the marks and aggregates in time order; Enter pins a mark or zooms into an
 * aggregate. Only the focused item is described to screen readers.
 */
export function usePlotInteraction({
  table,
  lod,
  band,
  k,
  tx,
  plotWidth,
  zoom,
  canvasRef,
  openList,
}: {
  table: MarkTable;
  lod: LevelOfDetail;
  /** The rows the canvas covers: its top is plot row band[0]. */
  band: readonly [number, number];
  k: number;
  tx: number;
  plotWidth: number;
  zoom: ZoomControls;
  canvasRef: RefObject<HTMLCanvasElement | null>;
  /** Lists an aggregate's announcements (one that zooming cannot spread apart). */
  openList?: (aggregate: Aggregate) => void;
}) {
  const i18n = useI18n();
  const setHovered = useViewStore((s) => s.setHovered);
  const pin = useViewStore((s) => s.pin);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [aggregateTip, setAggregateTip] = useState<{
    text: string;
    anchor: { x: number; y: number };
  } | null>(null);
  const [pointerOver, setPointerOver] = useState(false);
  const focusRef = useRef<SVGGElement>(null);
  const hasFocus = useRef(false);
  const lastHover = useRef<string | null>(null);
  const slotOf = useMemo(() => new Map(table.records.map((r, i) => [r.id, i])), [table]);

  const locate = useCallback(
    (key: string): Located | null => {
      const slot = slotOf.get(key);
      if (slot !== undefined) {
        for (let j = 0; j < lod.count; j++)
          if (lod.slots[j] === slot)
            return {
              key,
              slot,
              aggregate: null,
              x: lod.x[j]!,
              y: lod.y[j]!,
              r: table.radius[slot]!,
            };
        return null;
      }
      const aggregate = lod.aggregates.find((a) => a.key === key);
      return aggregate
        ? {
            key,
            slot: null,
            aggregate,
            x: (aggregate.x0 + aggregate.x1) / 2,
            y: aggregate.y,
            r: (aggregate.x1 - aggregate.x0) / 2 + 5,
          }
        : null;
    },
    [slotOf, lod, table],
  );

  // The items of a frame and their quadtree, built on the first pointer move over it.
  const cache = useRef<{ lod: LevelOfDetail; tree: Quadtree<ViewItem> } | null>(null);
  const treeOf = () => {
    if (cache.current?.lod !== lod) cache.current = { lod, tree: hitIndex(viewItems(table, lod)) };
    return cache.current.tree;
  };

  const labelOf = (item: Located) =>
    item.aggregate
      ? aggregateLabel(table, item.aggregate, i18n)
      : recordLabel(
          table.records[item.slot!]!,
          Number.isNaN(table.usd[item.slot!]!) ? null : table.usd[item.slot!]!,
          i18n,
        );

  // The tab stop: the item last moved to, or the first in view (first lane, earliest).
  const focused = useMemo(() => {
    let item = focusKey !== null ? locate(focusKey) : null;
    item ??= firstInView(table, lod, plotWidth);
    return item ? { ...item, label: labelOf(item) } : null;
    // labelOf reads the table and i18n, both in the deps through lod and locate.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey, locate, table, lod, plotWidth, i18n]);

  const anchorOf = (item: Located) => {
    const box = canvasRef.current?.getBoundingClientRect();
    return box ? { x: box.left + item.x, y: box.top - band[0] + item.y - item.r } : { x: 0, y: 0 };
  };
  const show = (item: Located | null) => {
    if (!item) {
      setHovered(null);
      setAggregateTip(null);
    } else if (item.aggregate) {
      setHovered(null);
      setAggregateTip({ text: labelOf(item), anchor: anchorOf(item) });
    } else {
      setAggregateTip(null);
      setHovered(item.key, anchorOf(item));
    }
  };
  const zoomInto = (aggregate: Aggregate) => {
    const [b0, b1] = aggregate.base;
    const pad = Math.max(0.5, (b1 - b0) * 0.15);
    zoom.showRange(b0 - pad, b1 + pad);
    setFocusKey(table.records[aggregate.members[0]!]!.id);
  };
  const activate = (item: Located) => {
    if (item.aggregate?.opens === 'list' && openList) {
      setFocusKey(item.key);
      openList(item.aggregate);
    } else if (item.aggregate) zoomInto(item.aggregate);
    else {
      setFocusKey(item.key);
      pin(item.key);
    }
  };

  // The focused item's tooltip follows it (a step, a pan, a zoom) while it has the focus.
  useLayoutEffect(() => {
    if (hasFocus.current && focused) show(focused);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focused?.key, focused?.x, focused?.y]);

  // For tests and the benchmark: where a record's mark is drawn (viewport px), or null.
  const locateRef = useRef(locate);
  const bandTop = useRef(band[0]);
  useLayoutEffect(() => {
    locateRef.current = locate;
    bandTop.current = band[0];
  });
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    Object.defineProperty(canvas, 'markCentre', {
      configurable: true,
      value: (id: string) => {
        const item = locateRef.current(id);
        if (!item || item.x < 0 || item.x > plotWidth) return null;
        const box = canvas.getBoundingClientRect();
        return { x: box.left + item.x, y: box.top - bandTop.current + item.y };
      },
    });
  }, [canvasRef, plotWidth]);

  const pointAt = (event: { clientX: number; clientY: number }) => {
    const box = canvasRef.current?.getBoundingClientRect();
    return box ? { x: event.clientX - box.left, y: event.clientY - box.top + band[0] } : null;
  };
  const onPointerMove = (event: PointerEvent) => {
    if (event.buttons) return;
    const point = pointAt(event);
    const hit = point ? hitTest(treeOf(), point.x, point.y) : null;
    if ((hit?.key ?? null) === lastHover.current) return;
    lastHover.current = hit?.key ?? null;
    setPointerOver(hit !== null);
    show(hit);
  };
  const onPointerLeave = () => {
    lastHover.current = null;
    setPointerOver(false);
    show(null);
  };
  const onClick = (event: MouseEvent) => {
    const point = pointAt(event);
    const hit = point ? hitTest(treeOf(), point.x, point.y) : null;
    if (hit) activate(hit);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const { key } = event;
    if (key === '+' || key === '=') zoom.zoomBy(1.6);
    else if (key === '-' || key === '_') zoom.zoomBy(1 / 1.6);
    else if (key === '0') zoom.reset();
    else if (event.shiftKey && (key === 'ArrowLeft' || key === 'ArrowRight'))
      zoom.panBy(key === 'ArrowLeft' ? plotWidth / 4 : -plotWidth / 4);
    else if (NAV_KEYS.includes(key)) {
      // The items a plot's width either side too, and lanes beyond the rows in view, so a
      // step can go past the edge (the page scrolls to the focused item).
      const rows: [number, number] = [band[0] - 1500, band[1] + 1500];
      const wide = levelOfDetail(table, { k, x: tx + plotWidth }, plotWidth * 3, rows);
      const items = viewItems(table, wide).map((item) => ({ ...item, x: item.x - plotWidth }));
      const next = nextItem(items, focused?.key ?? null, key);
      if (next) {
        if (next.x < 0 || next.x > plotWidth) zoom.panBy(plotWidth / 2 - next.x);
        setFocusKey(next.key);
        focusRef.current?.focus();
      }
    } else if ((key === 'Enter' || key === ' ') && event.target === focusRef.current && focused)
      activate(focused);
    else return;
    event.preventDefault();
  };

  return {
    focused,
    locate,
    focusRef,
    aggregateTip,
    pointerOver,
    onPointerMove,
    onPointerLeave,
    onClick,
    onKeyDown,
    onFocus: () => {
      hasFocus.current = true;
      if (focused) {
        setFocusKey(focused.key);
        show(focused);
      }
    },
    onBlur: () => {
      hasFocus.current = false;
      show(null);
    },
  };
}

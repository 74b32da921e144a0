import {
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type RefObject,
} from 'react';
import type { ScaleTime } from 'd3-scale';
import { useViewStore } from '../../state/store';
import { useI18n } from '../../ui/use-i18n';
import { KIND_STYLES } from '../../encoding/kind-style';
import { markDimmer, type MarkTable } from './mark-table';
import type { AxisBreak } from './timeline-layout';
import { levelOfDetail, type Aggregate } from './level-of-detail';
import { drawMarks } from './draw-marks';
import { axisTicks } from './timeline-ticks';
import { HatchPattern } from './timeline-legend';
import { LaneLabels, TimeAxis } from './timeline-parts';
import { AggregateShape, AggregateTooltip, MarkShape, aggregateDays } from './timeline-overlay';
import { AggregateList, listPlace } from './aggregate-list';
import { AXIS_HEIGHT } from './timeline-frame';
import { usePalette } from './use-palette';
import { useVisibleBand } from './use-visible-band';
import { usePlotInteraction, type Located } from './use-plot-interaction';
import type { ZoomControls } from './use-timeline-zoom';

export interface TimelinePlotProps {
  table: MarkTable;
  base: { scale: ScaleTime<number, number>; breaks: AxisBreak[] };
  plotWidth: number;
  outerWidth: number;
  labelWidth: number;
  narrow: boolean;
  zoom: ZoomControls;
  /** The element d3-zoom listens on. */
  zoomRef: RefObject<SVGGElement | null>;
  /** Record ids a search found: the others are drawn dimmed. Null: no search. */
  matches: ReadonlySet<string> | null;
  label: string;
}

/**
 * The timeline's plot, redrawn on every frame of a gesture without the rest of the page: the
 * marks on a canvas (level of detail, one pass per kind), the axis, breaks and lane labels in
 * SVG beneath, and in SVG above it the one focusable element (the focused mark or aggregate,
 * with its label) and the hovered and pinned marks.
 */
export function TimelinePlot(props: TimelinePlotProps) {
  const { table, base, plotWidth, outerWidth, labelWidth, narrow, zoom, zoomRef, matches } = props;
  const transform = useSyncExternalStore(zoom.subscribe, zoom.getLive, zoom.getLive);
  const { k, x: tx } = transform;
  const i18n = useI18n();
  const hoveredGroup = useViewStore((s) => s.hoveredGroup);
  const hoveredId = useViewStore((s) => s.hoveredId);
  const pinnedId = useViewStore((s) => s.pinnedId);
  const pin = useViewStore((s) => s.pin);
  const { probe, palette } = usePalette();
  const canvasRef = useRef<HTMLCanvasElement>(null);

  const scale = useMemo(() => transform.rescaleX(base.scale), [transform, base.scale]);
  const ticks = useMemo(
    () => axisTicks(scale, plotWidth, base.breaks, narrow ? 52 : 60, i18n.locale),
    [scale, plotWidth, base.breaks, narrow, i18n.locale],
  );
  const { ref: bandRef, band } = useVisibleBand(AXIS_HEIGHT, table.height);
  const lod = useMemo(
    () => levelOfDetail(table, { k, x: tx }, plotWidth, band),
    [table, k, tx, plotWidth, band],
  );
  const dimmed = useMemo(
    () => markDimmer(table, hoveredGroup, matches),
    [table, hoveredGroup, matches],
  );
  // How many of the marks and aggregates' members in the frame are drawn faint (said on the canvas).
  const faint = useMemo(() => {
    if (hoveredGroup === null && matches === null) return 0;
    let n = 0;
    for (let j = 0; j < lod.count; j++) if (dimmed(lod.slots[j]!)) n++;
    for (const group of lod.aggregates) for (const i of group.members) if (dimmed(i)) n++;
    return n;
  }, [lod, dimmed, hoveredGroup, matches]);

  // The aggregate whose announcements are listed (one that zooming cannot spread apart).
  const [list, setList] = useState<{
    key: string;
    members: number[];
    title: string;
    records: MarkTable['records'];
  } | null>(null);
  const openList = (aggregate: Aggregate) => {
    const [from, to] = aggregateDays(table, aggregate);
    const n = aggregate.members.length;
    const title = i18n.t.timeline.aggregateList(n, i18n.day(from), i18n.day(to));
    setList({ key: aggregate.key, members: aggregate.members, title, records: table.records });
  };
  const listed = list ? (lod.aggregates.find((a) => a.key === list.key) ?? null) : null;
  // A zoom or pan that takes the aggregate away, or other records, close its list.
  if (list && (!listed || list.records !== table.records)) setList(null);

  const {
    focused,
    locate,
    focusRef,
    aggregateTip,
    pointerOver,
    onPointerMove,
    onPointerLeave,
    onClick,
    onKeyDown,
    onFocus,
    onBlur,
  } = usePlotInteraction({ table, lod, band, k, tx, plotWidth, zoom, canvasRef, openList });

  const height = AXIS_HEIGHT + table.height + 2;
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  useLayoutEffect(() => {
    const ctx = canvasRef.current?.getContext?.('2d');
    if (!ctx || palette.kinds.length === 0) return;
    drawMarks(ctx, table, lod, palette, {
      width: plotWidth,
      top: band[0],
      height: band[1] - band[0],
      dpr,
      k,
      tx,
      dimmed,
    });
  }, [table, lod, palette, plotWidth, band, dpr, k, tx, dimmed]);

  const emphasised = [hoveredId, pinnedId]
    .filter((id, n, all): id is string => id !== null && all.indexOf(id) === n)
    .filter((id) => id !== focused?.key)
    .map((id) => locate(id))
    .filter((item): item is Located => item !== null && item.slot !== null);

  return (
    <div
      ref={bandRef}
      role="group"
      aria-label={props.label}
      aria-describedby="timeline-help"
      className="timeline"
      style={{ width: outerWidth, height }}
      onKeyDown={onKeyDown}
    >
      <span ref={probe} className="timeline-probe" aria-hidden="true" />
      <svg width={outerWidth} height={height} aria-hidden="true" className="timeline-back">
        <defs>
          <HatchPattern id="break-hatch" />
          <clipPath id="plot-clip">
            <rect x={0} y={-AXIS_HEIGHT} width={plotWidth} height={height + AXIS_HEIGHT} />
          </clipPath>
        </defs>
        <LaneLabels
          lanes={table.lanes}
          width={outerWidth}
          labelWidth={labelWidth}
          top={AXIS_HEIGHT}
          narrow={narrow}
          band={band}
        />
        <g transform={`translate(${labelWidth},0)`}>
          <TimeAxis ticks={ticks} plotWidth={plotWidth} top={AXIS_HEIGHT} height={height} />
          <g transform={`translate(0,${AXIS_HEIGHT})`} clipPath="url(#plot-clip)">
            {base.breaks.map((gap) => {
              const x0 = scale(gap.start);
              const x1 = scale(gap.end);
              return (
                <g key={gap.start}>
                  <rect
                    x={x0}
                    y={band[0]}
                    width={Math.max(0, x1 - x0)}
                    height={band[1] - band[0]}
                    fill="url(#break-hatch)"
                    opacity={0.6}
                  />
                  <path
                    d={`M${(x0 + x1) / 2 - 6},-2 l5,-10 M${(x0 + x1) / 2 + 1},-2 l5,-10`}
                    className="break-mark"
                  />
                </g>
              );
            })}
          </g>
        </g>
      </svg>
      <canvas
        ref={canvasRef}
        aria-hidden="true"
        className="timeline-canvas"
        width={Math.round(plotWidth * dpr)}
        height={Math.round((band[1] - band[0]) * dpr)}
        data-marks={lod.count}
        data-aggregates={lod.aggregates.length}
        data-dimmed={faint}
        style={{
          left: labelWidth,
          top: AXIS_HEIGHT + band[0],
          width: plotWidth,
          height: band[1] - band[0],
        }}
      />
      <svg width={outerWidth} height={height} role="presentation" className="timeline-front">
        <defs>
          {Object.entries(KIND_STYLES).map(([kind, style]) => (
            <linearGradient key={kind} id={`soft-${kind}`} x1="0" x2="1" y1="0" y2="0">
              <stop offset="0" style={{ stopColor: style.paint }} stopOpacity="0" />
              <stop offset="0.2" style={{ stopColor: style.paint }} stopOpacity="0.35" />
              <stop offset="0.8" style={{ stopColor: style.paint }} stopOpacity="0.35" />
              <stop offset="1" style={{ stopColor: style.paint }} stopOpacity="0" />
            </linearGradient>
          ))}
        </defs>
        <g transform={`translate(${labelWidth},${AXIS_HEIGHT})`}>
          <g
            ref={zoomRef}
            className={`plot${pointerOver ? ' over-mark' : ''}`}
            onPointerMove={onPointerMove}
            onPointerLeave={onPointerLeave}
            onClick={(event) => {
              setList(null);
              onClick(event);
            }}
          >
            <rect width={plotWidth} height={table.height} fill="transparent" />
            {emphasised.map((item) => (
              <g key={item.key} aria-hidden="true" className="timeline-mark emphasised">
                <MarkShape table={table} slot={item.slot!} k={k} tx={tx} x={item.x} y={item.y} />
              </g>
            ))}
            {focused && (
              <g
                ref={focusRef}
                role="img"
                tabIndex={0}
                aria-label={focused.label}
                data-record-id={focused.slot !== null ? focused.key : undefined}
                data-aggregate={focused.aggregate ? focused.aggregate.members.length : undefined}
                data-opens={focused.aggregate?.opens}
                className={`timeline-mark${focused.key === hoveredId || focused.key === pinnedId ? ' emphasised' : ''}`}
                onFocus={onFocus}
                onBlur={onBlur}
              >
                {focused.aggregate ? (
                  <AggregateShape aggregate={focused.aggregate} />
                ) : (
                  <MarkShape
                    table={table}
                    slot={focused.slot!}
                    k={k}
                    tx={tx}
                    x={focused.x}
                    y={focused.y}
                  />
                )}
              </g>
            )}
          </g>
        </g>
      </svg>
      {aggregateTip && !list && <AggregateTooltip {...aggregateTip} />}
      {list && listed && (
        <AggregateList
          key={list.key}
          table={table}
          members={list.members}
          title={list.title}
          place={listPlace(listed.box, {
            left: labelWidth,
            top: AXIS_HEIGHT,
            width: outerWidth,
            height,
          })}
          onOpen={(id) => pin(id)}
          onClose={() => {
            setList(null);
            focusRef.current?.focus();
          }}
        />
      )}
    </div>
  );
}

import { symbolCircle } from 'd3-shape';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Announcement, ExchangeRate } from '../../data/schema';
import { recordLabel } from '../../components/record-label';
import { Flag } from '../../components/flag';
import { LANE_MODES, useViewStore } from '../../state/store';
import { donorGroupKey } from '../../transforms/aggregate';
import { ChartDownloads, type ChartPicture } from '../../components/downloads';
import {
  legendBand,
  legendBreak,
  legendSizes,
  legendSymbol,
  timelineSvg,
  type LegendItem,
} from '../../export/chart-svg';
import { useI18n } from '../../i18n/use-i18n';
import { useSourceLine } from '../../components/source-line';
import { RadioGroup } from '../../components/radio-group';
import { ONE_DAY } from '../../transforms/dates';
import { KIND_ORDER, KIND_STYLES } from '../shared/kind-style';
import { useChartWidth } from '../shared/use-chart-size';
import {
  axisTicks,
  createBrokenTimeScale,
  layoutTimeline,
  markPath,
  type Mark,
} from './timeline-layout';
import { nextMarkId } from './timeline-navigation';
import { useTimelineZoom } from './use-timeline-zoom';
import { clampWindow, timelineDomain } from '../../transforms/time-window';

const AXIS_HEIGHT = 30;

interface TimelineProps {
  /** Every record of the dataset: fixes the axis so filtering never moves it. */
  records: readonly Announcement[];
  /** The records that pass the filters: these are drawn. */
  filtered: readonly Announcement[];
  rates: ReadonlyMap<string, ExchangeRate>;
}

/** Two windows within a minute of each other at both ends (the URL keeps minutes). */
function sameWindow(a: [number, number] | null, b: [number, number] | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a[0] - b[0]) < 60_000 && Math.abs(a[1] - b[1]) < 60_000;
}

/** Every announcement on a zoomable, broken time axis, in lanes by donor or by kind. */
export function Timeline({ records, filtered, rates }: TimelineProps) {
  const { ref: containerRef, width: outerWidth } = useChartWidth<HTMLDivElement>();
  const laneMode = useViewStore((s) => s.laneMode);
  const setLaneMode = useViewStore((s) => s.setLaneMode);
  const timeWindow = useViewStore((s) => s.timeWindow);
  const setTimeWindow = useViewStore((s) => s.setTimeWindow);
  const hoveredGroup = useViewStore((s) => s.hoveredGroup);
  const hoveredId = useViewStore((s) => s.hoveredId);
  const pinnedId = useViewStore((s) => s.pinnedId);
  const setHovered = useViewStore((s) => s.setHovered);
  const pin = useViewStore((s) => s.pin);
  const i18n = useI18n();
  const sourceLine = useSourceLine();
  const { t } = i18n;

  const narrow = outerWidth < 600;
  const labelWidth = narrow ? 84 : 172;
  const plotWidth = Math.max(120, outerWidth - labelWidth - 4);

  const base = useMemo(() => createBrokenTimeScale(records, plotWidth), [records, plotWidth]);
  const domain = useMemo(() => timelineDomain(records), [records]);
  const layout = useMemo(
    () =>
      layoutTimeline(filtered, rates, base.scale, laneMode, (key) =>
        laneMode === 'donor' && key.includes('+') ? (narrow ? 40 : 48) : 0,
      ),
    [filtered, rates, base.scale, laneMode, narrow],
  );
  const {
    ref: plotRef,
    transform,
    zoomBy,
    panBy,
    reset,
    showRange,
  } = useTimelineZoom(plotWidth, layout.height);
  const scale = useMemo(() => transform.rescaleX(base.scale), [transform, base.scale]);
  const ticks = useMemo(
    () => axisTicks(scale, plotWidth, base.breaks, narrow ? 52 : 60, i18n.locale),
    [scale, plotWidth, base.breaks, narrow, i18n.locale],
  );

  // The zoom and the store's window follow each other. The zoomed window narrows the other
  // views (the whole span is "no window"); a window set elsewhere (a shared URL, back/forward,
  // "Clear filters") moves the zoom. `sentWindow` is the last window the two agreed on, so
  // neither echoes the other.
  const { k, x } = transform;
  const sentWindow = useRef<[number, number] | null>(null);
  const lastBase = useRef(base.scale);
  useEffect(() => {
    // A new base scale (resize, new records) keeps the window; the effect below re-applies it.
    if (lastBase.current !== base.scale) {
      lastBase.current = base.scale;
      return;
    }
    const window: [number, number] | null =
      k === 1 && x === 0 ? null : [+scale.invert(0), +scale.invert(plotWidth)];
    if (sameWindow(window, sentWindow.current)) return;
    sentWindow.current = window;
    setTimeWindow(window);
  }, [k, x, scale, base.scale, plotWidth, setTimeWindow]);
  useEffect(() => {
    if (timeWindow === null) {
      if (sentWindow.current !== null || k !== 1 || x !== 0) reset();
      sentWindow.current = null;
      return;
    }
    // Outside its domain the scale extrapolates (and the zoom's bounds would then shift the
    // window): only the part of the window the axis covers is drawn, and the store is told.
    const shown = clampWindow(timeWindow, domain);
    if (!sameWindow(shown, timeWindow)) {
      setTimeWindow(shown);
      return;
    }
    const [x0, x1] = [base.scale(timeWindow[0]), base.scale(timeWindow[1])];
    const current = [+scale.invert(0), +scale.invert(plotWidth)] as [number, number];
    sentWindow.current = timeWindow;
    if (!sameWindow(current, timeWindow)) showRange(x0, x1);
    // Only a change of the store's window (or of the base scale) moves the zoom.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [timeWindow, base.scale]);

  const [activeId, setActiveId] = useState<string | null>(null);
  const markRefs = useRef(new Map<string, SVGGElement>());
  const laneOrder = useMemo(() => layout.lanes.map((lane) => lane.key), [layout.lanes]);
  const focusable =
    activeId && layout.marks.some((m) => m.record.id === activeId)
      ? activeId
      : layout.marks[0]?.record.id;

  const positionOf = (mark: Mark) => {
    const x0 = scale(mark.t0);
    const x1 = scale(mark.t1);
    const cx = mark.isSpan ? (x0 + x1) / 2 : scale(mark.t0 + ONE_DAY / 2);
    return { x0, x1, cx };
  };

  const showTooltipFor = (id: string) => {
    const element = markRefs.current.get(id);
    if (!element) return;
    const box = element.getBoundingClientRect();
    setHovered(id, { x: box.left + box.width / 2, y: box.top });
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const { key } = event;
    if (key === '+' || key === '=') zoomBy(1.6);
    else if (key === '-' || key === '_') zoomBy(1 / 1.6);
    else if (key === '0') reset();
    else if (event.shiftKey && (key === 'ArrowLeft' || key === 'ArrowRight'))
      panBy(key === 'ArrowLeft' ? plotWidth / 4 : -plotWidth / 4);
    else if (['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key)) {
      const next = nextMarkId(layout.marks, laneOrder, focusable ?? null, key);
      if (next) {
        setActiveId(next);
        const mark = layout.marks.find((m) => m.record.id === next)!;
        const { cx } = positionOf(mark);
        if (cx < 0 || cx > plotWidth) panBy(plotWidth / 2 - cx);
        requestAnimationFrame(() => markRefs.current.get(next)?.focus());
      }
    } else if (key === 'Enter' || key === ' ') {
      const id = (event.target as Element).getAttribute?.('data-record-id');
      if (id) pin(id);
    } else return;
    event.preventDefault();
  };

  const height = AXIS_HEIGHT + layout.height + 2;
  /**
   * The timeline as it stands (zoom, filters, lanes) as a standalone SVG document, drawn at a
   * print width whatever the screen (a phone's 350 px would cut names and lines): the plot is
   * stretched to at least 760 px, with room on the right for the last mark and tick label.
   */
  const draw = (): ChartPicture => {
    const exportLabel = 190;
    const exportPlot = Math.max(760, plotWidth);
    const k = exportPlot / plotWidth;
    const inWindow = layout.marks.filter((mark) => {
      const { x0, x1 } = positionOf(mark);
      return x1 >= 0 && x0 <= plotWidth;
    });
    const from = new Date(scale.invert(0)).toISOString().slice(0, 10);
    const to = new Date(scale.invert(plotWidth)).toISOString().slice(0, 10);
    return timelineSvg({
      title: `${t.title}: ${t.timeline.title}`,
      subtitle: `${t.timeline.groupLabel(inWindow.length, laneMode)} · ${i18n.day(from)} – ${i18n.day(to)}`,
      sourceLine: sourceLine,
      width: exportLabel + exportPlot + 40,
      labelWidth: exportLabel,
      plotWidth: exportPlot,
      axisHeight: AXIS_HEIGHT,
      lanesHeight: layout.height,
      lanes: layout.lanes.map((lane) => ({
        label: lane.donors ? i18n.group(lane.donors) : i18n.kind(lane.kind!),
        y: lane.y,
        height: lane.height,
      })),
      ticks: ticks.map((tick) => ({ x: tick.x * k, label: tick.label })),
      breaks: base.breaks.map((b) => ({ x0: scale(b.start) * k, x1: scale(b.end) * k })),
      marks: inWindow.map((mark) => {
        const { x0, x1, cx } = positionOf(mark);
        const style = KIND_STYLES[mark.record.kind];
        return {
          path: markPath(style.shape, mark.area),
          cx: cx * k,
          cy: mark.cy,
          rotate: style.rotate,
          color: style.color,
          hollow: mark.usd === null,
          span: mark.isSpan ? [x0 * k, x1 * k] : null,
          label: recordLabel(mark.record, mark.usd, i18n),
        };
      }),
      legend: timelineLegend(inWindow),
    });
  };
  /** The kinds drawn, mark sizes, hollow marks, soft bands and breaks, as the page's legend says. */
  const timelineLegend = (marks: typeof layout.marks): LegendItem[] => {
    const drawn = new Set(marks.map((mark) => mark.record.kind));
    const grey = '#4f5b67';
    const items: LegendItem[] = KIND_ORDER.filter((kind) => drawn.has(kind)).map((kind) => {
      const style = KIND_STYLES[kind];
      return {
        key: legendSymbol(markPath(style.shape, 90), style.color, style.rotate),
        label: i18n.kind(kind),
      };
    });
    if (layout.maxUsd > 0) {
      const small = legendSmallArea(layout.maxArea);
      const r = Math.sqrt(layout.maxArea / Math.PI);
      items.push({
        key: legendSizes(
          markPath(symbolCircle, small),
          markPath(symbolCircle, layout.maxArea),
          r,
          KIND_STYLES.pledge.color,
        ),
        label: t.timeline.legendArea(i18n.usd(layout.maxUsd / 20), i18n.usd(layout.maxUsd)),
        size: Math.ceil(r * 2.8),
      });
    }
    if (marks.some((mark) => mark.usd === null))
      items.push({
        key: legendSymbol(markPath(symbolCircle, 90), grey, 0, true),
        label: t.timeline.legendHollow,
      });
    if (marks.some((mark) => mark.isSpan))
      items.push({ key: legendBand(grey), label: t.timeline.legendBand });
    if (base.breaks.length > 0) items.push({ key: legendBreak(), label: t.timeline.legendBreak });
    return items;
  };
  const visible = layout.marks.filter((mark) => {
    const { x0, x1 } = positionOf(mark);
    return (x1 >= -40 && x0 <= plotWidth + 40) || mark.record.id === focusable;
  });

  return (
    <section className="card chart-card" aria-labelledby="timeline-title">
      <div className="chart-header">
        <h2 id="timeline-title">{t.timeline.title}</h2>
        <div className="chart-controls">
          <RadioGroup
            label={t.timeline.lanes}
            showLabel
            options={LANE_MODES.map((mode) => ({
              value: mode,
              label: mode === 'donor' ? t.timeline.byDonor : t.timeline.byKind,
            }))}
            value={laneMode}
            onChange={setLaneMode}
          />
          <ChartDownloads
            name="ukraine-aid-timeline"
            chartTitle={t.timeline.title}
            draw={draw}
            empty={layout.marks.length === 0}
          />
          <div className="zoom-buttons" role="group" aria-label={t.timeline.zoom}>
            <button type="button" onClick={() => zoomBy(1.6)} aria-label={t.timeline.zoomIn}>
              +
            </button>
            <button type="button" onClick={() => zoomBy(1 / 1.6)} aria-label={t.timeline.zoomOut}>
              −
            </button>
            <button
              type="button"
              onClick={reset}
              aria-label={t.timeline.resetLabel}
              disabled={k === 1 && x === 0}
            >
              {t.timeline.reset}
            </button>
          </div>
        </div>
      </div>
      <p id="timeline-help" className="hint">
        {t.timeline.help}
      </p>
      <TimelineLegend maxUsd={layout.maxUsd} maxArea={layout.maxArea} />
      <div ref={containerRef} className="chart-frame">
        {layout.marks.length === 0 ? (
          <p className="empty">{t.timeline.empty}</p>
        ) : (
          <svg
            width={outerWidth}
            height={height}
            role="group"
            aria-label={t.timeline.groupLabel(layout.marks.length, laneMode)}
            aria-describedby="timeline-help"
            onKeyDown={onKeyDown}
            className="timeline"
          >
            <defs>
              {Object.entries(KIND_STYLES).map(([kind, style]) => (
                <linearGradient key={kind} id={`soft-${kind}`} x1="0" x2="1" y1="0" y2="0">
                  <stop offset="0" style={{ stopColor: style.paint }} stopOpacity="0" />
                  <stop offset="0.2" style={{ stopColor: style.paint }} stopOpacity="0.35" />
                  <stop offset="0.8" style={{ stopColor: style.paint }} stopOpacity="0.35" />
                  <stop offset="1" style={{ stopColor: style.paint }} stopOpacity="0" />
                </linearGradient>
              ))}
              <HatchPattern id="break-hatch" />
              <clipPath id="plot-clip">
                <rect x={0} y={-AXIS_HEIGHT} width={plotWidth} height={height + AXIS_HEIGHT} />
              </clipPath>
            </defs>
            <g aria-hidden="true" className="lane-labels">
              {layout.lanes.map((lane, i) => (
                <g key={lane.key} transform={`translate(0,${AXIS_HEIGHT + lane.y})`}>
                  {i % 2 === 0 && (
                    <rect width={outerWidth} height={lane.height} className="lane-band" />
                  )}
                  <foreignObject
                    x={4}
                    y={0}
                    width={labelWidth - 8}
                    height={Math.max(lane.height, 20)}
                  >
                    <div
                      className={`lane-label${lane.donors && lane.donors.length > 1 ? ' joint' : ''}`}
                      style={{ height: lane.height }}
                    >
                      {lane.donors ? (
                        <>
                          <span className="lane-flags">
                            {lane.donors.map((code) => (
                              <Flag key={code} code={code} />
                            ))}
                          </span>
                          <span className="lane-name">
                            {narrow ? lane.donors.join('+') : i18n.group(lane.donors)}
                          </span>
                        </>
                      ) : (
                        <span className="lane-name">{i18n.kind(lane.kind!)}</span>
                      )}
                    </div>
                  </foreignObject>
                </g>
              ))}
            </g>
            <g transform={`translate(${labelWidth},0)`}>
              <g aria-hidden="true" className="axis" clipPath="url(#plot-clip)">
                <line x1={0} x2={plotWidth} y1={AXIS_HEIGHT - 0.5} y2={AXIS_HEIGHT - 0.5} />
                {ticks.map((tick) => (
                  <g
                    key={tick.x}
                    transform={`translate(${tick.x},0)`}
                    className={`tick tick-${tick.level}`}
                  >
                    <line y1={AXIS_HEIGHT - 6} y2={height} className="grid" />
                    <text
                      y={AXIS_HEIGHT - 10}
                      textAnchor={
                        tick.x < 24 ? 'start' : tick.x > plotWidth - 24 ? 'end' : 'middle'
                      }
                    >
                      {tick.label}
                    </text>
                  </g>
                ))}
              </g>
              <g ref={plotRef} transform={`translate(0,${AXIS_HEIGHT})`} className="plot">
                <rect width={plotWidth} height={layout.height} fill="transparent" />
                <g clipPath="url(#plot-clip)">
                  {base.breaks.map((gap) => {
                    const x0 = scale(gap.start);
                    const x1 = scale(gap.end);
                    return (
                      <g key={gap.start} aria-hidden="true">
                        <rect
                          x={x0}
                          width={Math.max(0, x1 - x0)}
                          height={layout.height}
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
                  {visible.map((mark) => {
                    const { record } = mark;
                    const style = KIND_STYLES[record.kind];
                    const { x0, x1, cx } = positionOf(mark);
                    const dimmed =
                      hoveredGroup !== null && donorGroupKey(record.donors) !== hoveredGroup;
                    const emphasised = record.id === hoveredId || record.id === pinnedId;
                    return (
                      <g
                        key={record.id}
                        ref={(el) => {
                          if (el) markRefs.current.set(record.id, el);
                          else markRefs.current.delete(record.id);
                        }}
                        data-record-id={record.id}
                        role="img"
                        aria-label={recordLabel(record, mark.usd, i18n)}
                        tabIndex={record.id === focusable ? 0 : -1}
                        className={`mark${dimmed ? ' dimmed' : ''}${emphasised ? ' emphasised' : ''}`}
                        onPointerEnter={() => showTooltipFor(record.id)}
                        onPointerLeave={() => setHovered(null)}
                        onFocus={() => {
                          setActiveId(record.id);
                          showTooltipFor(record.id);
                        }}
                        onBlur={() => setHovered(null)}
                        onClick={() => pin(record.id)}
                      >
                        {mark.isSpan && (
                          <rect
                            x={x0}
                            y={mark.cy - 5}
                            width={Math.max(2, x1 - x0)}
                            height={10}
                            fill={`url(#soft-${record.kind})`}
                            rx={5}
                          />
                        )}
                        <circle cx={cx} cy={mark.cy} r={mark.radius + 5} className="focus-ring" />
                        <path
                          d={markPath(style.shape, mark.area)}
                          transform={`translate(${cx},${mark.cy}) rotate(${style.rotate})`}
                          style={{
                            fill: mark.usd !== null ? style.paint : 'var(--card)',
                            stroke: style.paint,
                          }}
                          fillOpacity={mark.usd !== null ? 0.85 : 1}
                          strokeWidth={1.75}
                        />
                      </g>
                    );
                  })}
                </g>
              </g>
            </g>
          </svg>
        )}
      </div>
    </section>
  );
}

/** What size, fill and span mean; kinds are keyed by the filter chips' shapes. */
function TimelineLegend({ maxUsd, maxArea }: { maxUsd: number; maxArea: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const color = KIND_STYLES.pledge.paint;
  const small = legendSmallArea(maxArea);
  return (
    <ul className="legend" aria-label={t.timeline.legend}>
      {maxUsd > 0 && (
        <li>
          <svg width={46} height={36} aria-hidden="true">
            <path
              d={markPath(symbolCircle, small)}
              transform="translate(8,24)"
              style={{ fill: color }}
              fillOpacity={0.85}
            />
            <path
              d={markPath(symbolCircle, maxArea)}
              transform="translate(29,18)"
              style={{ fill: color }}
              fillOpacity={0.85}
            />
          </svg>
          {t.timeline.legendArea(i18n.usd(maxUsd / 20), i18n.usd(maxUsd))}
        </li>
      )}
      <li>
        <svg width={18} height={18} aria-hidden="true">
          <path
            d={markPath(symbolCircle, 70)}
            transform="translate(9,9)"
            style={{ fill: 'var(--card)', stroke: color }}
            strokeWidth={1.75}
          />
        </svg>
        {t.timeline.legendHollow}
      </li>
      <li>
        <svg width={54} height={14} aria-hidden="true">
          <rect x={1} y={2} width={52} height={10} rx={5} fill="url(#legend-soft)" />
          <defs>
            <linearGradient id="legend-soft" x1="0" x2="1">
              <stop offset="0" style={{ stopColor: color }} stopOpacity="0" />
              <stop offset="0.2" style={{ stopColor: color }} stopOpacity="0.35" />
              <stop offset="0.8" style={{ stopColor: color }} stopOpacity="0.35" />
              <stop offset="1" style={{ stopColor: color }} stopOpacity="0" />
            </linearGradient>
          </defs>
          <path
            d={markPath(symbolCircle, 40)}
            transform="translate(27,7)"
            style={{ fill: 'var(--card)', stroke: color }}
            strokeWidth={1.5}
          />
        </svg>
        {t.timeline.legendBand}
      </li>
      <li>
        <svg width={30} height={14} aria-hidden="true">
          <rect x={1} y={2} width={28} height={10} fill="url(#break-hatch-legend)" />
          <defs>
            <HatchPattern id="break-hatch-legend" />
          </defs>
        </svg>
        {t.timeline.legendBreak}
      </li>
      <li>{t.timeline.legendShape}</li>
    </ul>
  );
}

/** The legend's small circle: a twentieth of the largest mark's dollars, so of its area. */
function legendSmallArea(maxArea: number): number {
  return Math.max(50, maxArea / 20);
}

/** The diagonal hatch of a squeezed quiet stretch, as an SVG pattern to fill with. */
function HatchPattern({ id }: { id: string }) {
  return (
    <pattern
      id={id}
      width="6"
      height="6"
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <line x1="0" y1="0" x2="0" y2="6" style={{ stroke: 'var(--hatch)' }} strokeWidth="2" />
    </pattern>
  );
}

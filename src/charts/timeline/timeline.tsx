import { useMemo, type KeyboardEvent } from 'react';
import type { Announcement, ExchangeRate } from '../../data/schema';
import { recordLabel } from '../../ui/record-label';
import { LANE_MODES, useViewStore } from '../../state/store';
import { donorGroupKey } from '../../transforms/aggregate';
import { ChartDownloads } from '../../ui/downloads';
import { useI18n } from '../../ui/use-i18n';
import { useSourceLine } from '../../ui/source-line';
import { RadioGroup } from '../../ui/radio-group';
import { ONE_DAY } from '../../data/days';
import { markPath, KIND_STYLES } from '../../encoding/kind-style';
import { useChartWidth } from '../shared/use-chart-size';
import { useRovingFocus } from '../shared/use-roving-focus';
import { layoutTimeline, type Mark } from './timeline-layout';
import { useBaseScale } from './use-base-scale';
import { axisTicks } from './timeline-ticks';
import { nextMarkId } from './timeline-navigation';
import { useTimelineZoom } from './use-timeline-zoom';
import { useWindowSync } from './use-window-sync';
import { useDrawnMark } from '../shared/drawn-mark';
import { HatchPattern, TimelineLegend } from './timeline-legend';
import { LaneLabels, TimeAxis, ZoomButtons } from './timeline-parts';
import { AXIS_HEIGHT, timelinePicture } from './timeline-picture';
import { timelineDomain } from '../../transforms/time-window';
import { NARROW_MAX_WIDTH } from '../../ui/breakpoints';
import '../../ui/card.css';
import './timeline.css';

interface TimelineProps {
  /** Every record of the dataset: fixes the axis so filtering never moves it. */
  records: readonly Announcement[];
  /** The records that pass the filters: these are drawn. */
  filtered: readonly Announcement[];
  rates: ReadonlyMap<string, ExchangeRate>;
}

/** Every announcement on a zoomable, broken time axis, in lanes by donor or by kind. */
export function Timeline({ records, filtered, rates }: TimelineProps) {
  const { ref: containerRef, width: outerWidth, measured } = useChartWidth<HTMLDivElement>();
  useDrawnMark('timeline', measured, records.length);
  const laneMode = useViewStore((s) => s.laneMode);
  const setLaneMode = useViewStore((s) => s.setLaneMode);
  const hoveredGroup = useViewStore((s) => s.hoveredGroup);
  const hoveredId = useViewStore((s) => s.hoveredId);
  const pinnedId = useViewStore((s) => s.pinnedId);
  const setHovered = useViewStore((s) => s.setHovered);
  const pin = useViewStore((s) => s.pin);
  const i18n = useI18n();
  const sourceLine = useSourceLine();
  const { t } = i18n;

  const narrow = outerWidth < NARROW_MAX_WIDTH;
  const labelWidth = narrow ? 84 : 172;
  const plotWidth = Math.max(120, outerWidth - labelWidth - 4);

  const base = useBaseScale(records, plotWidth);
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

  const { k, x } = transform;
  useWindowSync({
    scale,
    baseScale: base.scale,
    plotWidth,
    zoomed: !(k === 1 && x === 0),
    domain: domain,
    reset,
    showRange,
  });

  const markIds = useMemo(() => layout.marks.map((mark) => mark.record.id), [layout.marks]);
  const focus = useRovingFocus<SVGGElement>(markIds);
  const focusable = focus.focusKey;
  const laneOrder = useMemo(() => layout.lanes.map((lane) => lane.key), [layout.lanes]);

  const positionOf = (mark: Mark) => {
    const x0 = scale(mark.t0);
    const x1 = scale(mark.t1);
    const cx = mark.isSpan ? (x0 + x1) / 2 : scale(mark.t0 + ONE_DAY / 2);
    return { x0, x1, cx };
  };

  const showTooltipFor = (id: string) => {
    const anchor = focus.anchorOf(id);
    if (anchor) setHovered(id, anchor);
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const { key } = event;
    if (key === '+' || key === '=') zoomBy(1.6);
    else if (key === '-' || key === '_') zoomBy(1 / 1.6);
    else if (key === '0') reset();
    else if (event.shiftKey && (key === 'ArrowLeft' || key === 'ArrowRight'))
      panBy(key === 'ArrowLeft' ? plotWidth / 4 : -plotWidth / 4);
    else if (['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key)) {
      const next = nextMarkId(layout.marks, laneOrder, focusable, key);
      if (next) {
        const mark = layout.marks.find((m) => m.record.id === next)!;
        const { cx } = positionOf(mark);
        if (cx < 0 || cx > plotWidth) panBy(plotWidth / 2 - cx);
        focus.moveTo(next);
      }
    } else if (key === 'Enter' || key === ' ') {
      const id = (event.target as Element).getAttribute?.('data-record-id');
      if (id) pin(id);
    } else return;
    event.preventDefault();
  };

  const height = AXIS_HEIGHT + layout.height + 2;
  const draw = () =>
    timelinePicture({
      layout,
      breaks: base.breaks,
      scale,
      ticks,
      plotWidth,
      laneMode,
      positionOf,
      i18n,
      sourceLine,
    });
  const visible = layout.marks.filter((mark) => {
    const { x0, x1 } = positionOf(mark);
    return (x1 >= -40 && x0 <= plotWidth + 40) || mark.record.id === focusable;
  });

  return (
    <section className="card chart-card" aria-labelledby="timeline-title">
      <div className="card-header">
        <h2 id="timeline-title">{t.timeline.title}</h2>
        <div className="card-controls">
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
          <ZoomButtons onZoom={zoomBy} onReset={reset} canReset={!(k === 1 && x === 0)} />
        </div>
      </div>
      <p id="timeline-help" className="card-hint">
        {t.timeline.help}
      </p>
      <TimelineLegend maxUsd={layout.maxUsd} maxArea={layout.maxArea} />
      <div ref={containerRef} className="chart-frame">
        {layout.marks.length === 0 ? (
          <p className="card-empty">{t.timeline.empty}</p>
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
            <LaneLabels
              lanes={layout.lanes}
              width={outerWidth}
              labelWidth={labelWidth}
              top={AXIS_HEIGHT}
              narrow={narrow}
            />
            <g transform={`translate(${labelWidth},0)`}>
              <TimeAxis ticks={ticks} plotWidth={plotWidth} top={AXIS_HEIGHT} height={height} />
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
                        ref={focus.refFor(record.id)}
                        data-record-id={record.id}
                        role="img"
                        aria-label={recordLabel(record, mark.usd, i18n)}
                        tabIndex={record.id === focusable ? 0 : -1}
                        className={`timeline-mark${dimmed ? ' dimmed' : ''}${emphasised ? ' emphasised' : ''}`}
                        onPointerEnter={() => showTooltipFor(record.id)}
                        onPointerLeave={() => setHovered(null)}
                        onFocus={() => {
                          focus.setActive(record.id);
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

import {
  useDeferredValue,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import type { Announcement, ExchangeRate } from '../../data/schema';
import { isoDayOf } from '../../data/days';
import { useViewStore } from '../../state/store';
import { usdMeasure, isAidToUkraine } from '../../transforms/aggregate';
import { timelineDomain } from '../../transforms/time-window';
import { toUsd } from '../../transforms/to-usd';
import { ChartDownloads } from '../../ui/downloads';
import { RadioGroup } from '../../ui/radio-group';
import { recordLabel } from '../../ui/record-label';
import { useSourceLine } from '../../ui/source-line';
import { useI18n } from '../../ui/use-i18n';
import { NARROW_MAX_WIDTH } from '../../ui/breakpoints';
import { overlapsWindow } from '../../state/selectors';
import { useChartWidth } from '../shared/use-chart-size';
import {
  labelMargin,
  layoutRunning,
  nearestStop,
  stopIndexAt,
  valueScale,
  type RunningLayout,
} from './running-layout';
import { RunningAxes, RunningFocusMark, RunningLegend, RunningLines } from './running-parts';
import { buildRunningSeries, RUNNING_MODES, type RunningMode } from './running-series';
import '../../ui/card.css';
import '../shared/chart.css';
import './running-total.css';

interface RunningTotalProps {
  /** Records that pass the filters (the chart keeps those in the store's time window). */
  records: readonly Announcement[];
  /** All records: without a window the x axis spans them, as the timeline's does. */
  allRecords: readonly Announcement[];
  rates: ReadonlyMap<string, ExchangeRate>;
}

/** Where the reader is on the chart: a line and one of its stops. */
interface Active {
  line: number;
  stop: number;
}

/** The running total of committed or delivered dollars over time, one step line per donor. */
export function RunningTotalChart({ records: given, allRecords, rates }: RunningTotalProps) {
  const records = useDeferredValue(given);
  const { ref, width } = useChartWidth<HTMLDivElement>();
  // Below the fold: a new window is drawn here in a render React may interrupt (a zoom goes on).
  const timeWindow = useDeferredValue(useViewStore((s) => s.timeWindow));
  const setHovered = useViewStore((s) => s.setHovered);
  const pin = useViewStore((s) => s.pin);
  const i18n = useI18n();
  const { t } = i18n;
  const sourceLine = useSourceLine();
  const [mode, setMode] = useState<RunningMode>('committed');
  // The point is kept with the layout it indexes: new data or a new size drops it.
  const [activeIn, setActiveIn] = useState<{ layout: RunningLayout; at: Active } | null>(null);
  const [focused, setFocused] = useState(false);
  const svgRef = useRef<SVGSVGElement>(null);

  const domain = useMemo(() => timeWindow ?? timelineDomain(allRecords), [timeWindow, allRecords]);
  const set = useMemo(
    () => buildRunningSeries(records, usdMeasure(rates), mode, timeWindow),
    [records, rates, mode, timeWindow],
  );
  const narrow = width < NARROW_MAX_WIDTH;
  const plotHeight = narrow ? 200 : 260;
  // The dollar labels set the left margin ("500 miljoen dollar" is long).
  const left = useMemo(
    () => labelMargin(valueScale(set.series, plotHeight).ticks.map(i18n.usd)),
    [set, plotHeight, i18n],
  );
  const margin = { left, right: narrow ? 10 : 160, top: 14, bottom: 26 };
  const plotWidth = Math.max(120, width - margin.left - margin.right);
  const layout = useMemo(
    () => layoutRunning(set, domain, plotWidth, plotHeight),
    [set, domain, plotWidth, plotHeight],
  );
  const active = activeIn?.layout === layout ? activeIn.at : null;
  const setActive = (at: Active | null) => setActiveIn(at && { layout, at });
  const modeName = t.runningTotal.modes[mode];
  const current = active && layout.lines[active.line]?.stops[active.stop];
  const currentLine = active ? layout.lines[active.line] : undefined;

  const describe = (layout: RunningLayout, at: Active): string => {
    const line = layout.lines[at.line]!;
    const stop = line.stops[at.stop]!;
    const name = i18n.group(line.series.donors);
    const date = i18n.day(isoDayOf(stop.t));
    if (stop.reference)
      return t.runningTotal.reference(name, date, i18n.usd(stop.value), stop.offScale);
    return `${t.runningTotal.point(name, date, i18n.usd(stop.value), modeName)}; ${t.runningTotal.movedBy(recordLabel(stop.record, toUsd(stop.record, rates), i18n))}`;
  };
  const show = (at: Active | null) => {
    setActive(at);
    const stop = at && layout.lines[at.line]?.stops[at.stop];
    const box = svgRef.current?.getBoundingClientRect();
    if (!stop || !box) return setHovered(null);
    setHovered(stop.record.id, {
      x: box.left + margin.left + stop.x,
      y: box.top + margin.top + stop.y - 8,
    });
  };

  /** The stop under a pointer or a tap, in viewport pixels. */
  const hitAt = (event: { clientX: number; clientY: number }) => {
    const box = svgRef.current!.getBoundingClientRect();
    const px = event.clientX - box.left - margin.left;
    const py = event.clientY - box.top - margin.top;
    return nearestStop(layout.lines, px, py);
  };
  const onPointerMove = (event: PointerEvent<SVGRectElement>) => {
    const hit = hitAt(event);
    if (hit?.line !== active?.line || hit?.stop !== active?.stop) show(hit);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const at = active ?? { line: 0, stop: Math.max(0, (layout.lines[0]?.stops.length ?? 1) - 1) };
    const stops = layout.lines[at.line]?.stops ?? [];
    let next: Active | null = null;
    if (event.key === 'ArrowRight') next = { ...at, stop: Math.min(stops.length - 1, at.stop + 1) };
    else if (event.key === 'ArrowLeft') next = { ...at, stop: Math.max(0, at.stop - 1) };
    else if (event.key === 'Home') next = { ...at, stop: 0 };
    else if (event.key === 'End') next = { ...at, stop: stops.length - 1 };
    else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      const line = at.line + (event.key === 'ArrowUp' ? -1 : 1);
      const target = layout.lines[line];
      if (target) {
        // The same moment on the other line: its step in force there.
        const x = stops[at.stop]?.x ?? 0;
        next = { line, stop: Math.max(0, stopIndexAt(target.stops, x)) };
      } else next = at;
    } else if ((event.key === 'Enter' || event.key === ' ') && active) {
      const stop = layout.lines[active.line]?.stops[active.stop];
      if (stop) pin(stop.record.id);
    } else return;
    event.preventDefault();
    if (next) show(next);
  };

  // The picture's and the CSV's writers are fetched on the first click (chunks of their own).
  const draw = async () =>
    (await import('./running-picture')).runningPicture({
      set,
      window: domain,
      mode,
      announcements: records.filter((r) => isAidToUkraine(r) && overlapsWindow(r, timeWindow))
        .length,
      i18n,
      sourceLine,
    });
  const noSumNames = set.noSum.map((g) => i18n.group(g.donors));
  const label = current && active ? describe(layout, active) : '';
  return (
    <section className="card chart-card running-total" aria-labelledby="running-title">
      <div className="card-header">
        <h2 id="running-title">{t.runningTotal.title}</h2>
        <div className="card-controls">
          <RadioGroup
            label={t.runningTotal.show}
            options={RUNNING_MODES.map((value) => ({ value, label: t.runningTotal.modes[value] }))}
            value={mode}
            onChange={(value) => {
              setActive(null);
              setMode(value);
            }}
          />
          <ChartDownloads
            name="ukraine-aid-over-time"
            chartTitle={t.runningTotal.title}
            draw={draw}
            empty={set.series.length === 0}
            csv={{
              text: async () =>
                (await import('./running-csv')).runningToCsv(set, mode, i18n.language),
              hint: t.runningTotal.csvHint,
            }}
          />
        </div>
      </div>
      <p className="card-hint" id="running-help">
        {t.runningTotal.help(mode)}
      </p>
      <div ref={ref} className="chart-frame">
        {set.series.length === 0 ? (
          <p className="card-empty">{t.runningTotal.empty(modeName)}</p>
        ) : (
          <>
            <svg
              ref={svgRef}
              width={width}
              height={margin.top + plotHeight + margin.bottom}
              role="application"
              aria-label={t.runningTotal.groupLabel(modeName, layout.lines.length)}
              aria-describedby="running-keys running-point"
              tabIndex={0}
              className="running-plot"
              onKeyDown={onKeyDown}
              onFocus={() => {
                setFocused(true);
                if (!active && layout.lines[0])
                  show({ line: 0, stop: layout.lines[0].stops.length - 1 });
              }}
              onBlur={() => {
                setFocused(false);
                show(null);
              }}
            >
              <g transform={`translate(${margin.left},${margin.top})`}>
                <RunningAxes layout={layout} width={plotWidth} height={plotHeight} i18n={i18n} />
                <RunningLines layout={layout} width={plotWidth} narrow={narrow} i18n={i18n} />
                {current && currentLine && (
                  <RunningFocusMark
                    stop={current}
                    line={currentLine}
                    width={plotWidth}
                    height={plotHeight}
                    focused={focused}
                    text={`${narrow ? currentLine.series.donors.join('+') : i18n.group(currentLine.series.donors)} · ${i18n.day(isoDayOf(current.t))} · ${i18n.usd(current.value)}`}
                  />
                )}
                <rect
                  width={plotWidth}
                  height={plotHeight}
                  className="running-hit"
                  onPointerMove={onPointerMove}
                  onPointerLeave={() => !focused && show(null)}
                  onClick={(event) => {
                    // A tap brings no hover first: the point is found where it lands.
                    const hit = hitAt(event);
                    const stop = hit && layout.lines[hit.line]?.stops[hit.stop];
                    if (stop) pin(stop.record.id);
                  }}
                />
              </g>
            </svg>
            <p id="running-keys" className="visually-hidden">
              {t.runningTotal.keys}
            </p>
            <p id="running-point" className="visually-hidden" aria-live="polite">
              {label}
            </p>
            <RunningLegend lines={layout.lines} i18n={i18n} />
          </>
        )}
        {noSumNames.length > 0 && (
          <p className="running-nosum">
            {t.runningTotal.noSum(noSumNames.join(', '), noSumNames.length)}
          </p>
        )}
      </div>
    </section>
  );
}

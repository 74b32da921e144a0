import { useMemo, useState } from 'react';
import type { Announcement, ExchangeRate } from '../../data/schema';
import { LANE_MODES, useViewStore } from '../../state/store';
import { ChartDownloads } from '../../ui/downloads';
import { useI18n } from '../../ui/use-i18n';
import { useSourceLine } from '../../ui/source-line';
import { RadioGroup } from '../../ui/radio-group';
import { useChartWidth } from '../shared/use-chart-size';
import { useBaseScale } from './use-base-scale';
import { buildMarkTable } from './mark-table';
import { levelOfDetail } from './level-of-detail';
import { axisTicks } from './timeline-ticks';
import { useTimelineZoom } from './use-timeline-zoom';
import { useWindowSync } from './use-window-sync';
import { useDrawnMark } from '../shared/drawn-mark';
import { TimelineHowTo } from './timeline-legend';
import { ZoomButtons } from './timeline-parts';
import { TimelinePlot } from './timeline-plot';
import { timelineDomain } from '../../transforms/time-window';
import { NARROW_MAX_WIDTH } from '../../ui/breakpoints';
import '../../ui/card.css';
import './timeline.css';

/**
 * The most lanes by donor before the smaller ones share one: 24 busiest donors and the rest
 * (a large collection has hundreds of joint donors, a plot hundreds of screens tall).
 */
const LANE_CAP = 25;

interface TimelineProps {
  /** Every record of the dataset: fixes the axis so filtering never moves it. */
  records: readonly Announcement[];
  /** The records that pass the filters: these are drawn. */
  filtered: readonly Announcement[];
  rates: ReadonlyMap<string, ExchangeRate>;
  /** Record ids a search found: the other marks are drawn dimmed. Null or absent: no search. */
  matches?: ReadonlySet<string> | null;
}

/** Every announcement on a zoomable, broken time axis, in lanes by donor or by kind. */
export function Timeline({ records, filtered, rates, matches = null }: TimelineProps) {
  const { ref: containerRef, width: outerWidth, measured } = useChartWidth<HTMLDivElement>();
  useDrawnMark('timeline', measured, records.length);
  const laneMode = useViewStore((s) => s.laneMode);
  const setLaneMode = useViewStore((s) => s.setLaneMode);
  const i18n = useI18n();
  const sourceLine = useSourceLine();
  const { t } = i18n;

  const narrow = outerWidth < NARROW_MAX_WIDTH;
  const labelWidth = narrow ? 84 : 172;
  const plotWidth = Math.max(120, outerWidth - labelWidth - 4);

  const base = useBaseScale(records, plotWidth);
  const [allLanes, setAllLanes] = useState(false);
  const domain = useMemo(() => timelineDomain(records), [records]);
  const table = useMemo(
    () =>
      buildMarkTable(
        filtered,
        rates,
        base.scale,
        laneMode,
        (key) => (laneMode === 'donor' && key.includes('+') ? (narrow ? 40 : 48) : 0),
        allLanes ? Infinity : LANE_CAP,
      ),
    [filtered, rates, base.scale, laneMode, narrow, allLanes],
  );
  const { ref: zoomRef, ...zoom } = useTimelineZoom(plotWidth, table.height);
  const { settled } = zoom;
  const scale = useMemo(() => settled.rescaleX(base.scale), [settled, base.scale]);
  const zoomed = !(settled.k === 1 && settled.x === 0);
  useWindowSync({
    scale,
    baseScale: base.scale,
    plotWidth,
    zoomed,
    domain,
    reset: zoom.reset,
    showRange: zoom.showRange,
  });

  // The picture is drawn from the same table and level of detail as the screen, at this moment;
  // its writer is fetched on the first click (a chunk of its own).
  const draw = async () => {
    const live = zoom.getLive();
    const liveScale = live.rescaleX(base.scale);
    const { timelinePicture } = await import('./timeline-picture');
    return timelinePicture({
      table,
      lod: levelOfDetail(table, { k: live.k, x: live.x }, plotWidth),
      k: live.k,
      tx: live.x,
      breaks: base.breaks,
      scale: liveScale,
      ticks: axisTicks(liveScale, plotWidth, base.breaks, narrow ? 52 : 60, i18n.locale),
      plotWidth,
      laneMode,
      i18n,
      sourceLine,
    });
  };

  const howTo = <TimelineHowTo maxUsd={table.maxUsd} maxArea={table.maxArea} />;
  return (
    <section className="card chart-card" aria-labelledby="timeline-title">
      <div className="card-header timeline-header">
        <h2 id="timeline-title">{t.timeline.title}</h2>
        <div className="card-controls timeline-controls">
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
          {laneMode === 'donor' && table.groups.length > LANE_CAP && (
            <button type="button" className="control-button" onClick={() => setAllLanes(!allLanes)}>
              {allLanes
                ? t.timeline.fewerLanes(LANE_CAP - 1)
                : t.timeline.allLanes(table.groups.length)}
            </button>
          )}
          <ChartDownloads
            name="ukraine-aid-timeline"
            chartTitle={t.timeline.title}
            draw={draw}
            empty={table.size === 0}
          />
          <ZoomButtons onZoom={zoom.zoomBy} onReset={zoom.reset} canReset={zoomed} />
        </div>
      </div>
      <div ref={containerRef} className="chart-frame">
        {table.size === 0 ? (
          <p className="card-empty">{t.timeline.empty}</p>
        ) : (
          <TimelinePlot
            table={table}
            base={base}
            plotWidth={plotWidth}
            outerWidth={outerWidth}
            labelWidth={labelWidth}
            narrow={narrow}
            zoom={zoom}
            zoomRef={zoomRef}
            matches={matches}
            label={t.timeline.groupLabel(table.size, laneMode)}
          />
        )}
      </div>
      {/* How to read it, under the plot: the plot comes up on a phone's first screen (issue 15,
          point 6), and the controls' Tabs lead straight into the marks. */}
      {howTo}
    </section>
  );
}

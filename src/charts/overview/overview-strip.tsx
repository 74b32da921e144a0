import { scaleUtc } from 'd3-scale';
import { utcYear } from 'd3-time';
import { useMemo } from 'react';
import type { Announcement } from '../../data/schema';
import { isoDayOf } from '../../data/days';
import { useViewStore } from '../../state/store';
import { densityCounts, sortedTimes } from '../../transforms/density';
import { windowDays } from '../../transforms/time-presets';
import { useI18n } from '../../ui/use-i18n';
import { useChartWidth } from '../shared/use-chart-size';
import { useOverviewBrush } from './use-overview-brush';

const STRIP_HEIGHT = 36;
const AXIS_HEIGHT = 16;
/** One density column every 3 px. */
const COLUMN_PX = 3;

/**
 * The whole span on a true linear time scale, as a small density strip of the records that
 * pass the filters (a column's height ∝ √count, so a lone announcement still shows beside a
 * cluster), with the time window brushed on it. Drag to choose a window; the brush follows the
 * timeline's zoom.
 */
export function OverviewStrip({
  filtered,
  domain,
}: {
  filtered: readonly Announcement[];
  domain: [number, number];
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { ref: frameRef, width } = useChartWidth<HTMLDivElement>();
  const timeWindow = useViewStore((s) => s.timeWindow);
  const x = useMemo(
    () =>
      scaleUtc<number, number>()
        .domain(domain.map((ms) => new Date(ms)))
        .range([0, width]),
    [domain, width],
  );
  const times = useMemo(() => sortedTimes(filtered), [filtered]);
  const columns = Math.max(1, Math.floor(width / COLUMN_PX));
  const counts = useMemo(() => densityCounts(times, domain, columns), [times, domain, columns]);
  const path = useMemo(() => {
    const most = Math.max(1, ...counts);
    const step = width / columns;
    let d = '';
    counts.forEach((count, i) => {
      if (count === 0) return;
      const h = Math.max(2, Math.sqrt(count / most) * (STRIP_HEIGHT - 4));
      d += `M${(i * step).toFixed(1)},${STRIP_HEIGHT}v${-h.toFixed(1)}h${Math.max(1, step - 0.5).toFixed(1)}v${h.toFixed(1)}z`;
    });
    return d;
  }, [counts, width, columns]);
  const years = useMemo(() => {
    const ticks: Array<{ x: number; label: string }> = [];
    for (const date of utcYear.range(new Date(domain[0]), new Date(domain[1]))) {
      const at = x(date);
      if (at + 32 > width || (ticks.length > 0 && at - ticks.at(-1)!.x < 40)) continue;
      ticks.push({ x: at, label: String(date.getUTCFullYear()) });
    }
    return ticks;
  }, [x, domain, width]);
  const { ref: brushRef, live } = useOverviewBrush(x, width, STRIP_HEIGHT, domain);
  const shown = live
    ? { from: isoDayOf(live[0]), to: isoDayOf(live[1] - 1) }
    : windowDays(timeWindow, domain);
  const label = t.window.overview(i18n.day(shown.from), i18n.day(shown.to));

  return (
    <div ref={frameRef} className="overview-frame">
      <svg
        width={width}
        height={STRIP_HEIGHT + AXIS_HEIGHT}
        role="img"
        aria-label={label}
        className="overview-strip"
      >
        <rect width={width} height={STRIP_HEIGHT} className="overview-ground" />
        <path d={path} className="overview-density" />
        <g aria-hidden="true" className="overview-axis">
          {years.map((tick) => (
            <g key={tick.label} transform={`translate(${tick.x},0)`}>
              <line y1={0} y2={STRIP_HEIGHT + 4} />
              <text x={3} y={STRIP_HEIGHT + 13}>
                {tick.label}
              </text>
            </g>
          ))}
        </g>
        <g ref={brushRef} className="overview-brush" data-testid="overview-brush" />
      </svg>
      <p className="overview-live">
        <span aria-hidden="true">
          {i18n.day(shown.from)} – {i18n.day(shown.to)}
        </span>{' '}
        · {t.window.overviewHelp}
      </p>
    </div>
  );
}

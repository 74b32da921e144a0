import { memo } from 'react';
import { Flag } from '../../ui/flag';
import { useI18n } from '../../ui/use-i18n';
import type { Lane } from './timeline-layout';
import { LABEL_OFFSET, type AxisTick } from './timeline-ticks';
import '../../ui/controls.css';
import '../shared/chart.css';

/** The time axis above the plot: a tick per label, its grid line down through every lane. */
export function TimeAxis({
  ticks,
  plotWidth,
  top,
  height,
}: {
  ticks: readonly AxisTick[];
  plotWidth: number;
  /** The axis's height above the lanes. */
  top: number;
  /** The whole chart's height, down to which grid lines run. */
  height: number;
}) {
  return (
    <g aria-hidden="true" className="chart-axis" clipPath="url(#plot-clip)">
      <line x1={0} x2={plotWidth} y1={top - 0.5} y2={top - 0.5} className="timeline-axis-line" />
      {ticks.map((tick) => (
        <g key={tick.x} transform={`translate(${tick.x},0)`} className={`tick tick-${tick.level}`}>
          {tick.boundary && <line y1={top - 6} y2={height} className="chart-grid" />}
          <text x={LABEL_OFFSET} y={top - 10} textAnchor="start">
            {tick.label}
          </text>
        </g>
      ))}
    </g>
  );
}

/**
 * The lanes' names (flags and donors, or the kind) and their alternate bands, beside the plot.
 * Memoised: the plot redraws on every frame of a gesture, the lanes stay as they are.
 */
export const LaneLabels = memo(function LaneLabels({
  lanes,
  width,
  labelWidth,
  top,
  narrow,
  band = [-Infinity, Infinity],
}: {
  lanes: readonly (Pick<Lane, 'key' | 'donors' | 'kind' | 'y' | 'height'> & { others?: number })[];
  /** Only the lanes in these rows are written (a dataset may have hundreds). */
  band?: readonly [number, number];
  width: number;
  labelWidth: number;
  top: number;
  narrow: boolean;
}) {
  const i18n = useI18n();
  return (
    <g aria-hidden="true" className="lane-labels">
      {lanes.map((lane, i) =>
        lane.y >= band[1] || lane.y + lane.height <= band[0] ? null : (
          <g key={lane.key} transform={`translate(0,${top + lane.y})`}>
            {i % 2 === 0 && <rect width={width} height={lane.height} className="lane-band" />}
            <foreignObject x={4} y={0} width={labelWidth - 8} height={Math.max(lane.height, 20)}>
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
                  <span className="lane-name">
                    {lane.others !== undefined
                      ? i18n.t.timeline.otherDonors(lane.others)
                      : i18n.kind(lane.kind!)}
                  </span>
                )}
              </div>
            </foreignObject>
          </g>
        ),
      )}
    </g>
  );
});

/** +, − and Reset beside the timeline (the wheel, a pinch and the keys do the same). */
export function ZoomButtons({
  onZoom,
  onReset,
  canReset,
}: {
  onZoom: (factor: number) => void;
  onReset: () => void;
  canReset: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="zoom-buttons" role="group" aria-label={t.timeline.zoom}>
      <button
        type="button"
        className="control-button"
        onClick={() => onZoom(1.6)}
        aria-label={t.timeline.zoomIn}
      >
        +
      </button>
      <button
        type="button"
        className="control-button"
        onClick={() => onZoom(1 / 1.6)}
        aria-label={t.timeline.zoomOut}
      >
        −
      </button>
      <button
        type="button"
        className="control-button"
        onClick={onReset}
        aria-label={t.timeline.resetLabel}
        disabled={!canReset}
      >
        {t.timeline.reset}
      </button>
    </div>
  );
}

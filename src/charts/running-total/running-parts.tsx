import { memo } from 'react';
import type { I18n } from '../../i18n/i18n';
import { tickLabels, type DrawnLine, type RunningLayout, type Stop } from './running-layout';

/** The colour a line is drawn in on screen: its palette variable, or grey. */
export const lineColour = (line: DrawnLine) =>
  line.colour === null ? 'var(--running-other)' : `var(--running-${line.colour})`;

/** The grid, the dollar labels on the left and the dates along the bottom. */
export const RunningAxes = memo(function RunningAxes({
  layout,
  width,
  height,
  i18n,
}: {
  layout: RunningLayout;
  width: number;
  height: number;
  i18n: I18n;
}) {
  const labels = tickLabels(layout.xTicks, i18n.month, i18n.day);
  return (
    <g aria-hidden="true" className="chart-axis">
      {layout.yTicks.map((tick) => (
        <g key={tick}>
          <line x1={0} x2={width} y1={layout.y(tick)} y2={layout.y(tick)} className="chart-grid" />
          <text x={-6} y={layout.y(tick) + 4} textAnchor="end">
            {i18n.usd(tick)}
          </text>
        </g>
      ))}
      <line x1={0} x2={width} y1={height} y2={height} className="running-baseline" />
      {layout.xTicks.map((tick, i) => (
        <text key={tick.getTime()} x={layout.x(tick)} y={height + 16} textAnchor="middle">
          {labels[i]}
        </text>
      ))}
    </g>
  );
});

/** The lines (grey under coloured), the reported totals (★) and the end labels. */
export const RunningLines = memo(function RunningLines({
  layout,
  width,
  narrow,
  i18n,
}: {
  layout: RunningLayout;
  width: number;
  narrow: boolean;
  i18n: I18n;
}) {
  const lines = [...layout.lines].reverse();
  return (
    <g aria-hidden="true">
      {lines.map((line) =>
        line.path ? (
          <path
            key={line.series.group}
            d={line.path}
            className={`running-line${line.colour === null ? ' other' : ''}`}
            style={{ stroke: lineColour(line) }}
          />
        ) : null,
      )}
      {lines.flatMap((line) =>
        line.stops
          .filter((stop) => stop.reference)
          .map((stop) => (
            <text
              key={`${line.series.group}:${stop.record.id}`}
              // An off-scale total's words stand beside its date, clear of the step rising
              // there and of the end label: to the left of it where there is room.
              x={stop.offScale ? stop.x + (stop.x > 90 ? -6 : 6) : stop.x}
              y={stop.y + 5}
              textAnchor={stop.offScale ? (stop.x > 90 ? 'end' : 'start') : 'middle'}
              className="running-reference"
              style={{ fill: lineColour(line) }}
            >
              {stop.offScale ? `★↑ ${i18n.usd(stop.value)}` : '★'}
            </text>
          )),
      )}
      {lines.map((line) =>
        line.labelY === null ? null : (
          <text
            key={`label:${line.series.group}`}
            x={narrow ? width - 2 : width + 6}
            y={narrow ? line.labelY - 5 : line.labelY + 4}
            textAnchor={narrow ? 'end' : 'start'}
            className="running-end-label"
            style={{ fill: lineColour(line) }}
          >
            {narrow ? line.series.donors.join('+') : i18n.group(line.series.donors)}
          </text>
        ),
      )}
    </g>
  );
});

/** The mark on the hovered or focused point, with what it is written beside it. */
export function RunningFocusMark({
  stop,
  line,
  width,
  height,
  text,
  focused,
}: {
  stop: Stop;
  line: DrawnLine;
  width: number;
  height: number;
  text: string;
  focused: boolean;
}) {
  const right = stop.x < width - 200;
  // Below the point: the tooltip hangs above it.
  const y = stop.y + 20 <= height - 4 ? stop.y + 20 : stop.y - 12;
  return (
    <g aria-hidden="true" className={`running-focus${focused ? ' focused' : ''}`}>
      <line x1={stop.x} x2={stop.x} y1={0} y2={height} className="running-crosshair" />
      <circle cx={stop.x} cy={stop.y} r={focused ? 6 : 5} style={{ stroke: lineColour(line) }} />
      <text x={right ? stop.x + 8 : stop.x - 8} y={y} textAnchor={right ? 'start' : 'end'}>
        {text}
      </text>
    </g>
  );
}

/** What the colours mean: a key per coloured line, the grey ones together, the ★. */
export const RunningLegend = memo(function RunningLegend({
  lines,
  i18n,
}: {
  lines: readonly DrawnLine[];
  i18n: I18n;
}) {
  const { t } = i18n;
  const others = lines.filter((line) => line.colour === null && line.path).length;
  const references = lines.some((line) => line.series.references.length > 0);
  return (
    <ul className="running-legend">
      {lines
        .filter((line) => line.colour !== null)
        .map((line) => (
          <li key={line.series.group}>
            <span className="running-key" style={{ background: lineColour(line) }} />
            {i18n.group(line.series.donors)} {i18n.usd(line.series.total)}
          </li>
        ))}
      {others > 0 && (
        <li>
          <span className="running-key" style={{ background: 'var(--running-other)' }} />
          {t.runningTotal.others(others)}
        </li>
      )}
      {references && (
        <li>
          <span aria-hidden="true">★</span> {t.runningTotal.referenceKey}
        </li>
      )}
    </ul>
  );
});

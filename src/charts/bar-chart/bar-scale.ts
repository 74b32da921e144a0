import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { BarRow } from './bar-layout';

/** The comparison's x scale: its domain, whether a running total is drawn off it, its ticks. */
export interface BarScale {
  x: ScaleLinear<number, number>;
  /** The largest value on the scale; a running total beyond it is drawn at the edge, off scale. */
  domainMax: number;
  ticks: number[];
}

/**
 * The scale fits the bars. A running total far beyond them (the Pentagon's $30B against the
 * articles' $3B) would squash every bar to a sliver, so a total more than twice the longest bar
 * is left off the domain and drawn at the edge, marked off scale; a nearer one widens the domain.
 * With no bar at all the running totals set the span; with nothing at all the scale still spans
 * 0 to 1, whatever the unit (dollars, counts, a share of GDP far below 1 %).
 */
export function barScale(rows: readonly BarRow[], barWidth: number, tickCount: number): BarScale {
  let barMax = 0;
  let refMax = 0;
  for (const row of rows) {
    barMax = Math.max(barMax, row.committed, row.delivered);
    for (const reference of row.references) refMax = Math.max(refMax, reference.value);
  }
  const max = (barMax === 0 ? refMax : Math.max(barMax, refMax <= barMax * 2 ? refMax : 0)) || 1;
  const x = scaleLinear().domain([0, max]).range([0, barWidth]).nice();
  return { x, domainMax: x.domain()[1]!, ticks: x.ticks(tickCount) };
}

/** True when a running total lies beyond the scale and is drawn at its edge. */
export function isOffScale(value: number, scale: Pick<BarScale, 'domainMax'>): boolean {
  return value > scale.domainMax;
}

/**
 * The scale with as many ticks (`most` at most) as leave room for their labels side by side: a
 * label is taken at 6 px a character (the axis's 10 px text) with a 6 px gap, so long labels
 * ("1 miljard dollar") on short bars (beside the per-donor table) never run into each other.
 * When even two ticks do not fit, only the first (0) is labelled.
 */
export function barScaleFitting(
  rows: readonly BarRow[],
  barWidth: number,
  most: number,
  label: (value: number) => string,
): BarScale {
  const fits = ({ x, ticks }: BarScale) =>
    ticks.every(
      (tick, i) =>
        i === 0 ||
        x(tick) - x(ticks[i - 1]!) >=
          ((label(tick).length + label(ticks[i - 1]!).length) / 2) * 6 + 6,
    );
  for (let count = most; count >= 1; count--) {
    const scale = barScale(rows, barWidth, count);
    if (fits(scale)) return scale;
  }
  const scale = barScale(rows, barWidth, 1);
  return { ...scale, ticks: scale.ticks.slice(0, 1) };
}

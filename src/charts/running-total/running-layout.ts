import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from 'd3-scale';
import type { Announcement } from '../../data/schema';
import { isoDayOf } from '../../data/days';
import {
  downsampleSteps,
  stepPath,
  type ReferencePoint,
  type RunningPoint,
  type RunningSeries,
  type RunningSeriesSet,
} from './running-series';

/** How many lines get a colour of their own (the largest totals); the rest are grey. */
export const COLOURED_LINES = 6;

/** A point a reader can hover or step to: a step of the line, or a reported running total. */
export interface Stop {
  t: number;
  x: number;
  y: number;
  value: number;
  record: Announcement;
  /** A reported running total (`cumulative`), never added. */
  reference: boolean;
  /** A reported total beyond the scale, drawn at the top edge. */
  offScale: boolean;
}

/** One donor group's line as drawn. */
export interface DrawnLine {
  series: RunningSeries;
  /** Index into the palette, or null for grey. */
  colour: number | null;
  path: string;
  /** The drawn steps and reference points, in time order (at most ~one step a pixel column). */
  stops: Stop[];
  /** Where the line's end label sits (plot y), or null when it would collide. */
  labelY: number | null;
  /** The plot y of 0 (where the line runs before its first step). */
  zeroY: number;
}

export interface RunningLayout {
  x: ScaleTime<number, number>;
  y: ScaleLinear<number, number>;
  /** The top of the value scale; a reported total beyond it is drawn off scale. */
  domainMax: number;
  yTicks: number[];
  xTicks: Date[];
  lines: DrawnLine[];
}

/**
 * The value scale fits the lines. As in the comparison, a reported running total more than
 * twice the largest line (the Pentagon's $30B beside the articles' $3B) is left off the domain
 * and drawn at the top edge, marked off scale, so it does not flatten every line.
 */
export function valueDomain(series: readonly RunningSeries[]): number {
  let lineMax = 0;
  let refMax = 0;
  for (const s of series) {
    lineMax = Math.max(lineMax, s.total);
    for (const r of s.references) refMax = Math.max(refMax, r.value);
  }
  return (lineMax === 0 ? refMax : Math.max(lineMax, refMax <= lineMax * 2 ? refMax : 0)) || 1;
}

/** The value scale of a plot `height` px high, and its ticks (one per ~50 px). */
export function valueScale(series: readonly RunningSeries[], height: number) {
  const count = Math.max(2, Math.floor(height / 50));
  // Niced to the ticks' own step, so the top of the plot is a labelled value.
  const y = scaleLinear()
    .domain([0, valueDomain(series)])
    .range([height, 0])
    .nice(count);
  return { y, ticks: y.ticks(count) };
}

/** The left margin that holds the longest of the value labels (11 px text, ~6.4 px a character). */
export function labelMargin(labels: readonly string[]): number {
  return Math.min(140, Math.round(12 + 6.4 * Math.max(0, ...labels.map((l) => l.length))));
}

/**
 * End labels, placed greedily in order of priority (largest total first): a label is kept
 * when it stays `gap` px from every label already kept, else left out (the legend names it).
 */
export function placeLabels(ys: readonly number[], gap: number): Array<number | null> {
  const kept: number[] = [];
  return ys.map((y) => {
    if (kept.some((k) => Math.abs(k - y) < gap)) return null;
    kept.push(y);
    return y;
  });
}

/** The last stop at or before `px` (the step in force there), else the first; -1 when none. */
export function stopIndexAt(stops: readonly Stop[], px: number): number {
  if (stops.length === 0) return -1;
  let lo = 0;
  let hi = stops.length - 1;
  if (stops[0]!.x > px) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (stops[mid]!.x <= px) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The line and stop under the pointer: a reported total within `reach` px wins; else the line
 * whose value at `px` is nearest `py`, at the step in force there.
 */
export function nearestStop(
  lines: readonly DrawnLine[],
  px: number,
  py: number,
  reach = 10,
): { line: number; stop: number } | null {
  let best: { line: number; stop: number } | null = null;
  let bestDistance = Infinity;
  for (let i = 0; i < lines.length; i++) {
    const stops = lines[i]!.stops;
    for (let j = 0; j < stops.length; j++) {
      const stop = stops[j]!;
      if (!stop.reference) continue;
      const distance = Math.hypot(stop.x - px, stop.y - py);
      // Within reach, a reported total beats any line (a point is the smaller target).
      if (distance <= reach && distance - 2 * reach < bestDistance) {
        best = { line: i, stop: j };
        bestDistance = distance - 2 * reach;
      }
    }
  }
  for (let i = 0; i < lines.length; i++) {
    const stops = lines[i]!.stops;
    const steps = stops.filter((s) => !s.reference);
    const at = stopIndexAt(steps, px);
    if (at < 0) continue;
    const step = steps[at]!;
    // Before its first step a line is at 0: the plot's bottom.
    const y = step.x <= px ? step.y : lines[i]!.zeroY;
    const distance = Math.abs(y - py);
    if (distance < bestDistance) {
      best = { line: i, stop: stops.indexOf(step) };
      bestDistance = distance;
    }
  }
  return best;
}

/** Scales, paths and stops for a plot of `width` × `height` px over the window [from, to). */
export function layoutRunning(
  set: RunningSeriesSet,
  [from, to]: [number, number],
  width: number,
  height: number,
): RunningLayout {
  const x = scaleUtc<number, number>()
    .domain([new Date(from), new Date(to)])
    .range([0, width]);
  const { y, ticks } = valueScale(set.series, height);
  const domainMax = y.domain()[1]!;
  // The same map as `x`, in plain arithmetic: no Date per point at 100,000 points.
  const perMs = width / Math.max(1, to - from);
  const xt = (t: number) => (t - from) * perMs;
  const lines = set.series.map((series, i): DrawnLine => {
    const steps = downsampleSteps<RunningPoint>(series.points, xt);
    const refs = downsampleSteps<ReferencePoint>(series.references, xt);
    const stops: Stop[] = [
      ...steps.map((p) => ({ ...stopOf(p, xt, y, domainMax), reference: false })),
      ...refs.map((r) => ({ ...stopOf(r, xt, y, domainMax), reference: true })),
    ].sort((a, b) => a.t - b.t || Number(a.reference) - Number(b.reference));
    return {
      series,
      colour: i < COLOURED_LINES && series.total > 0 ? i : null,
      path: series.points.length > 0 ? stepPath(steps, xt, y, [0, width]) : '',
      stops,
      labelY: series.points.length > 0 ? y(series.total) : null,
      zeroY: y(0),
    };
  });
  const placed = placeLabels(
    lines.map((l) => l.labelY ?? -1e9),
    13,
  );
  lines.forEach((line, i) => (line.labelY = line.labelY === null ? null : placed[i]!));
  return {
    x,
    y,
    domainMax,
    yTicks: ticks,
    xTicks: spacedTicks(x.ticks(Math.max(2, Math.floor(width / 120))), width),
    lines,
  };
}

function stopOf(
  p: { t: number; value: number; record: Announcement },
  x: (t: number) => number,
  y: ScaleLinear<number, number>,
  domainMax: number,
) {
  const offScale = p.value > domainMax;
  return {
    t: p.t,
    x: x(p.t),
    y: offScale ? y(domainMax) : y(p.value),
    value: p.value,
    record: p.record,
    offScale,
  };
}

/**
 * At most a tick per 120 px (room for "16 jan 2022"): d3 snaps to calendar steps (a tick a
 * week over ten weeks), so every k-th is kept.
 */
export function spacedTicks(ticks: Date[], width: number): Date[] {
  const k = Math.ceil(ticks.length / Math.max(2, Math.floor(width / 120)));
  return k <= 1 ? ticks : ticks.filter((_, i) => i % k === 0);
}

/**
 * A tick's label at the grain of the ticks: years when every tick starts a year, months when
 * every tick starts a month, else days. `month` and `day` take ISO text ("2022-03").
 */
export function tickLabels(
  ticks: readonly Date[],
  month: (isoMonth: string) => string,
  day: (iso: string) => string,
): string[] {
  const isos = ticks.map((d) => isoDayOf(d.getTime()));
  if (isos.every((iso) => iso.endsWith('-01-01'))) return isos.map((iso) => iso.slice(0, 4));
  if (isos.every((iso) => iso.endsWith('-01'))) return isos.map((iso) => month(iso.slice(0, 7)));
  return isos.map(day);
}

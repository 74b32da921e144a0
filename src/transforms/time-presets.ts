import { dayEnd, dayStart, isoDayOf } from '../data/days';
import { clampWindow } from './time-window';

/** The reader's shortcuts to a time window, by the full-scale invasion of 24 February 2022. */
export type PresetId = 'before' | 'first-weeks' | 'one-year' | 'everything';

/** The day of the full-scale invasion, 00:00 UTC. */
export const INVASION = dayStart('2022-02-24');

/**
 * Each preset as exact dates, [start, end) in epoch ms (the end is the day after the last day
 * shown); null is the whole span. Every edge is a whole UTC day:
 * - before the invasion: from the first date in the data up to 23 February 2022 inclusive;
 * - the first weeks: 24 February to 31 March 2022 inclusive (the five weeks of the first
 *   pledges, deliveries and refusals, up to the end of the month);
 * - one year on: 24 February 2022 to 24 February 2023 inclusive (the anniversary's own
 *   announcements are dated 24 February 2023);
 * - everything: the whole span.
 */
export const PRESETS: ReadonlyArray<{ id: PresetId; window: [number, number] | null }> = [
  { id: 'before', window: [-Infinity, INVASION] },
  { id: 'first-weeks', window: [INVASION, dayEnd('2022-03-31')] },
  { id: 'one-year', window: [INVASION, dayEnd('2023-02-24')] },
  { id: 'everything', window: null },
];

/**
 * A preset's window on the axis's span: clamped to it (null when it covers all of it), or
 * 'outside' when the data holds no time of it (a dataset that starts after the invasion has
 * nothing before it), so the button can say so instead of showing everything.
 */
export function presetWindow(
  id: PresetId,
  domain: [number, number],
): [number, number] | null | 'outside' {
  const window = PRESETS.find((preset) => preset.id === id)!.window;
  if (window === null) return null;
  if (window[1] <= domain[0] || window[0] >= domain[1]) return 'outside';
  return clampWindow(window, domain);
}

/** Two windows within a minute of each other at both ends (the URL keeps minutes). */
export function sameWindow(a: [number, number] | null, b: [number, number] | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a[0] - b[0]) < 60_000 && Math.abs(a[1] - b[1]) < 60_000;
}

/** The preset the window is (to the minute), if any: the first one listed when two agree. */
export function activePreset(
  window: [number, number] | null,
  domain: [number, number],
): PresetId | null {
  for (const { id } of PRESETS) {
    const own = presetWindow(id, domain);
    if (own !== 'outside' && sameWindow(own, window)) return id;
  }
  return null;
}

/**
 * The window's own first and last days, as an `<input type="date">` shows them: the day its
 * start falls on, and the day of its last moment (the end is exclusive). The whole span when
 * there is no window.
 */
export function windowDays(
  window: [number, number] | null,
  domain: [number, number],
): { from: string; to: string } {
  const [start, end] = window ?? domain;
  return { from: isoDayOf(start), to: isoDayOf(end - 1) };
}

/** Why typed dates set no window. */
export type DateProblem = 'from-invalid' | 'to-invalid' | 'reversed' | 'outside';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO day that names a real calendar day ("2022-02-30" does not). */
function validDay(text: string): boolean {
  return ISO_DAY.test(text) && Number.isFinite(dayStart(text)) && isoDayOf(dayStart(text)) === text;
}

/**
 * The window two typed days give: from the start of the first to the end of the last, both
 * days included, clamped to the axis's span (null when it covers all of it). A problem instead
 * when a day is no date, the days are the wrong way round, or the data holds no time between.
 */
export function windowFromDays(
  from: string,
  to: string,
  domain: [number, number],
): { window: [number, number] | null } | { problem: DateProblem } {
  if (!validDay(from)) return { problem: 'from-invalid' };
  if (!validDay(to)) return { problem: 'to-invalid' };
  const start = dayStart(from);
  const end = dayEnd(to);
  if (end <= start) return { problem: 'reversed' };
  if (end <= domain[0] || start >= domain[1]) return { problem: 'outside' };
  return { window: clampWindow([start, end], domain) };
}

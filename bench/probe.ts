// In the page: a frame clock and the marks, installed before any script of the page runs; and
// from outside, polling the page and reading frame times off what it recorded.
import type { Page } from '@playwright/test';
import type { FrameStats } from './config';

/** What the page records, read by `probeOf`. */
export interface Probe {
  frames: Array<{ raf: number; after: number }>;
  marks: Array<{ name: string; t: number; records: number | null }>;
  events: Array<{ type: string; t: number }>;
}

/**
 * Every animation frame is recorded twice: when its requestAnimationFrame callbacks run, and
 * when the first task after it runs (after style, layout and paint of that frame). A render is
 * "on screen" at the first such after-frame time later than its mark.
 */
export function installProbe() {
  const probe: Probe = { frames: [], marks: [], events: [] };
  (window as unknown as { __bench: Probe }).__bench = probe;
  const channel = new MessageChannel();
  let pending: number | null = null;
  channel.port1.onmessage = () => {
    if (pending !== null) probe.frames.push({ raf: pending, after: performance.now() });
    pending = null;
  };
  const tick = () => {
    pending = performance.now();
    channel.port2.postMessage(0);
    if (probe.frames.length > 20_000) probe.frames.splice(0, 10_000);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const detail = (entry as PerformanceMark).detail as { records?: number } | null;
      probe.marks.push({ name: entry.name, t: entry.startTime, records: detail?.records ?? null });
    }
  }).observe({ type: 'mark', buffered: true });
  for (const type of ['pointermove', 'keydown', 'focusin'])
    addEventListener(type, (e) => probe.events.push({ type, t: e.timeStamp }), { capture: true });
}

/** What the page recorded so far. */
export const probeOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __bench: Probe }).__bench);

/** A measurement that ran out of time (said as such in the table). */
export class TimedOut extends Error {}

/** Polls the page until `check` gives a value; gives up after `ms`. */
export async function waitFor<T>(
  page: Page,
  ms: number,
  check: () => Promise<T | null>,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const remaining = until - Date.now();
    if (remaining <= 0) throw new TimedOut(`timed out after ${Math.round(ms / 1000)} s`);
    const value = await Promise.race([
      check(),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), remaining)),
    ]);
    if (value !== null) return value;
    await page.waitForTimeout(50);
  }
}

/** The first after-frame time later than `t`, once there is one. */
export const frameAfter = (probe: Probe, t: number) =>
  probe.frames.find((f) => f.after > t && f.raf > t);

/** The latest time all `marks` were left after `since` (with `records` if given), or null. */
export function marksAfter(probe: Probe, marks: string[], since: number, records?: number) {
  let latest = -Infinity;
  for (const name of marks) {
    const hit = probe.marks.filter(
      (m) => m.name === name && m.t > since && (records === undefined || m.records === records),
    );
    if (hit.length === 0) return null;
    latest = Math.max(latest, hit[0]!.t);
  }
  return latest;
}

/** Milliseconds to one decimal. */
export const round1 = (n: number) => Math.round(n * 10) / 10;

/** Frame times between `from` and `to` (page time) of a gesture that ran `steps` of `of`. */
export function frameStats(
  probe: Probe,
  from: number,
  to: number,
  steps: number,
  of: number,
): FrameStats {
  const times = probe.frames.filter((f) => f.raf >= from && f.raf <= to).map((f) => f.raf);
  const gaps = times.slice(1).map((t, i) => t - times[i]!);
  gaps.sort((a, b) => a - b);
  const at = (q: number) => gaps[Math.min(gaps.length - 1, Math.floor(q * gaps.length))] ?? NaN;
  return {
    p50: round1(at(0.5)),
    p95: round1(at(0.95)),
    max: round1(gaps[gaps.length - 1] ?? NaN),
    frames: gaps.length,
    steps,
    of,
  };
}

/** Waits for the page's next animation frame (or gives up when the page stays busy). */
export const nextFrame = (page: Page, ms: number) =>
  Promise.race([
    page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))),
    new Promise<void>((_, reject) => setTimeout(() => reject(new TimedOut('timed out')), ms)),
  ]);

/** A measurement that did not come: timed out, or the first line of the error. */
export const failed = (error: unknown): { failed: string } => ({
  failed:
    error instanceof TimedOut
      ? error.message
      : `failed: ${String(error).split('\n')[0]!.slice(0, 160)}`,
});

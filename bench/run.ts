// `npm run bench [-- --sizes 1000,10000 --quick --rounds 2 --no-build]`
//
// Builds the app and the peer pages, serves both with `vite preview` on 127.0.0.1, and drives
// headless Debian Chromium through the same script on the explorer and on two peers
// (vis-timeline, ECharts) with the same synthetic records, alternating them within one browser
// session. Prints one table with the ratios (explorer / peer), writes bench/results.json, and
// reports the gzipped JS and CSS of the app's build. See README "Performance".
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { benchDataFile, BENCH_DATA_DIR, writeBenchData } from '../scripts/bench-data';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const APP_PORT = Number(process.env.BENCH_PORT ?? 4194);
const PEER_PORT = APP_PORT + 1;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
const quick = process.argv.includes('--quick');
const sizes = (argument('sizes') ?? (quick ? '1000,10000' : '1000,10000,100000'))
  .split(',')
  .map(Number);
const rounds = Number(argument('rounds') ?? 1);
const seed = Number(argument('seed') ?? 1);
if (sizes.some((s) => !Number.isInteger(s) || s < 1) || !(rounds >= 1)) {
  console.error('usage: npm run bench -- [--sizes 1000,10000] [--quick] [--rounds N] [--no-build]');
  process.exit(1);
}
/** Time limits: a measurement that takes longer reports "timed out" instead of hanging. */
const LIMITS = {
  firstRender: Number(argument('timeout') ?? (quick ? 60 : 120)) * 1000,
  interaction: quick ? 20_000 : 30_000,
  /** A gesture stops after this long; the frames it made so far are reported. */
  gesture: quick ? 10_000 : 20_000,
};
const STEPS = quick ? { wheel: 6, drag: 6 } : { wheel: 12, drag: 12 };

type TargetName = 'explorer' | 'vis-timeline' | 'echarts';
const TARGETS: TargetName[] = ['explorer', 'vis-timeline', 'echarts'];

/** One measurement: milliseconds, or why there is none. */
type Value = number | { failed: string };
interface FrameStats {
  p50: number;
  p95: number;
  max: number;
  frames: number;
  steps: number;
  of: number;
}
interface Run {
  target: TargetName;
  size: number;
  round: number;
  firstRender: Value;
  heapMB: Value;
  donorFilter: Value;
  zoomFrames: FrameStats | { failed: string };
  dragFrames: FrameStats | { failed: string };
  hover: Value;
  keyboard: Value;
}

// ---------------------------------------------------------------------------------------------
// In the page: a frame clock and the marks, installed before any script of the page runs.

/**
 * Every animation frame is recorded twice: when its requestAnimationFrame callbacks run, and
 * when the first task after it runs (after style, layout and paint of that frame). A render is
 * "on screen" at the first such after-frame time later than its mark.
 */
function installProbe() {
  const probe = {
    frames: [] as Array<{ raf: number; after: number }>,
    marks: [] as Array<{ name: string; t: number; records: number | null }>,
    events: [] as Array<{ type: string; t: number }>,
  };
  (window as unknown as { __bench: typeof probe }).__bench = probe;
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

interface Probe {
  frames: Array<{ raf: number; after: number }>;
  marks: Array<{ name: string; t: number; records: number | null }>;
  events: Array<{ type: string; t: number }>;
}

// ---------------------------------------------------------------------------------------------
// What differs between the explorer and the peers: where things are, what "drawn" means.

interface Driver {
  url(file: string): string;
  /** Marks that together mean "drawn"; each must appear (after the given time). */
  marks: string[];
  /** Selector of the element that says the data could not be shown. */
  errorSelector: string;
  /** Selector of the element to click to filter to one donor. */
  donorFilter: string;
  /** Selector of the element that, when visible, is the tooltip. */
  tooltip: string;
  /** Where to wheel and drag: the middle of the plot, scrolled into view. */
  plotCentre(page: Page): Promise<{ x: number; y: number }>;
  /** Where a mark is on screen, to hover it. */
  markPoint(page: Page): Promise<{ x: number; y: number } | null>;
  /** Focuses a mark for the keyboard step; false when the page has no keyboard path. */
  focusMark?(page: Page): Promise<boolean>;
}

const centreOf = async (page: Page, selector: string, dx = 0) =>
  page.evaluate(
    ([sel, offset]) => {
      const element = document.querySelector(sel as string)!;
      element.scrollIntoView({ block: 'start' });
      const box = element.getBoundingClientRect();
      const x = box.left + (offset as number) + (box.width - (offset as number)) / 2;
      const y = box.top + Math.min(box.height / 2, (innerHeight - box.top) / 2);
      return { x, y };
    },
    [selector, dx] as const,
  );

const DRIVERS: Record<TargetName, Driver> = {
  explorer: {
    url: (file) => `http://127.0.0.1:${APP_PORT}/?data=bench-data/${file}&lang=en`,
    marks: ['explorer:timeline-drawn', 'explorer:bars-drawn'],
    errorSelector: '.load-error span[lang="en"]',
    donorFilter: '.filters fieldset .chip',
    tooltip: '[role="tooltip"]',
    plotCentre: (page) => centreOf(page, 'svg.timeline', 172),
    markPoint: (page) =>
      page.evaluate(() => {
        const plot = document.querySelector('svg.timeline');
        const marks = plot ? [...plot.querySelectorAll('[data-record-id]')] : [];
        for (const mark of marks) {
          const box = mark.getBoundingClientRect();
          if (box.top > 120 && box.bottom < innerHeight - 20 && box.left > 200 && box.width > 0)
            return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
        return null;
      }),
    focusMark: async (page) =>
      page.evaluate(() => {
        const mark = document.querySelector<SVGElement>('[data-record-id][tabindex="0"]');
        mark?.focus();
        return !!mark && document.activeElement === mark;
      }),
  },
  'vis-timeline': {
    url: (file) => `http://127.0.0.1:${PEER_PORT}/vis-timeline.html?data=bench-data/${file}`,
    marks: ['peer:drawn'],
    errorSelector: '[role="alert"]',
    donorFilter: '#filter-donor',
    tooltip: '.vis-tooltip',
    plotCentre: (page) => centreOf(page, '.vis-panel.vis-center'),
    markPoint: (page) =>
      page.evaluate(() => {
        for (const item of document.querySelectorAll('.vis-item.vis-point, .vis-item.vis-range')) {
          const box = item.getBoundingClientRect();
          if (box.top > 40 && box.bottom < innerHeight - 20 && box.width > 0)
            return { x: box.left + Math.min(box.width / 2, 4), y: box.top + box.height / 2 };
        }
        return null;
      }),
  },
  echarts: {
    url: (file) => `http://127.0.0.1:${PEER_PORT}/echarts.html?data=bench-data/${file}`,
    marks: ['peer:drawn'],
    errorSelector: '[role="alert"]',
    donorFilter: '#filter-donor',
    tooltip: '.bench-tooltip',
    plotCentre: async (page) => {
      const box = (await page.locator('#chart').boundingBox())!;
      return { x: box.x + 120 + (box.width - 140) / 2, y: box.y + 20 + 260 };
    },
    markPoint: (page) =>
      page.evaluate(
        () =>
          (
            window as unknown as { benchHooks?: { markPoint(): { x: number; y: number } | null } }
          ).benchHooks?.markPoint() ?? null,
      ),
  },
};

// ---------------------------------------------------------------------------------------------
// Measuring.

const probeOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __bench: Probe }).__bench);

class TimedOut extends Error {}

/** Polls the page until `check` gives a value; gives up after `ms`. */
async function waitFor<T>(page: Page, ms: number, check: () => Promise<T | null>): Promise<T> {
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
const frameAfter = (probe: Probe, t: number) => probe.frames.find((f) => f.after > t && f.raf > t);

/** The latest time all `marks` were left after `since` (with `records` if given), or null. */
function marksAfter(probe: Probe, marks: string[], since: number, records?: number) {
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

/** Waits until the marks after `since` are on screen; resolves with that time. */
async function drawnAfter(page: Page, driver: Driver, since: number, ms: number, records?: number) {
  return waitFor(page, ms, async () => {
    const probe = await probeOf(page);
    const at = marksAfter(probe, driver.marks, since, records);
    if (at === null) return null;
    return frameAfter(probe, at)?.after ?? null;
  });
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function frameStats(probe: Probe, from: number, to: number, steps: number, of: number): FrameStats {
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
const nextFrame = (page: Page, ms: number) =>
  Promise.race([
    page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))),
    new Promise<void>((_, reject) => setTimeout(() => reject(new TimedOut('timed out')), ms)),
  ]);

/** Runs one gesture of `steps` input events, one per frame, within the gesture budget. */
async function gesture(
  page: Page,
  cdp: CDPSession,
  steps: Array<Record<string, unknown>>,
): Promise<FrameStats> {
  const from = await page.evaluate(() => performance.now());
  const until = Date.now() + LIMITS.gesture;
  let done = 0;
  for (const step of steps) {
    if (Date.now() > until) break;
    await cdp.send('Input.dispatchMouseEvent', step as never);
    if (step.type !== 'mousePressed') await nextFrame(page, LIMITS.interaction);
    done++;
  }
  // Let the last step reach the screen, then two quiet frames.
  await nextFrame(page, LIMITS.interaction);
  await nextFrame(page, LIMITS.interaction);
  const to = await page.evaluate(() => performance.now());
  return frameStats(await probeOf(page), from, to, done, steps.length);
}

const failed = (error: unknown): { failed: string } => ({
  failed:
    error instanceof TimedOut
      ? error.message
      : `failed: ${String(error).split('\n')[0]!.slice(0, 160)}`,
});

async function measure(
  browser: Browser,
  target: TargetName,
  size: number,
  file: string,
  round: number,
) {
  const driver = DRIVERS[target];
  const run: Run = {
    target,
    size,
    round,
    firstRender: { failed: 'not run' },
    heapMB: { failed: 'not run' },
    donorFilter: { failed: 'not run' },
    zoomFrames: { failed: 'not run' },
    dragFrames: { failed: 'not run' },
    hover: { failed: 'not run' },
    keyboard: { failed: 'not run' },
  };
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  // tsx (esbuild) wraps named functions in `__name(...)`; the functions this file sends into
  // the page keep those calls, so the page gets a do-nothing `__name` first.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await page.goto(driver.url(file), { waitUntil: 'commit' });
    // First complete render: from the data's arrival (the end of its response) to the first
    // frame on screen after every chart left its mark for this dataset.
    try {
      const outcome = await waitFor(page, LIMITS.firstRender, async () => {
        const error = await page
          .locator(driver.errorSelector)
          .first()
          .textContent({ timeout: 1 })
          .catch(() => null);
        if (error) return { ms: 0, error: error.trim().replace(/\s+/g, ' ') };
        const probe = await probeOf(page);
        const at = marksAfter(probe, driver.marks, 0, size);
        const shown = at === null ? undefined : frameAfter(probe, at);
        if (!shown) return null;
        const arrived = await page.evaluate(
          () =>
            performance
              .getEntriesByType('resource')
              .find((e) => e.name.includes('/bench-data/')) as
              PerformanceResourceTiming | undefined,
        );
        return { ms: shown.after - (arrived?.responseEnd ?? 0), error: undefined };
      });
      if (outcome.error !== undefined) {
        run.firstRender = { failed: `does not load: ${outcome.error.slice(0, 200)}` };
        return run;
      }
      run.firstRender = round1(outcome.ms);
    } catch (error) {
      run.firstRender = failed(error);
      return run;
    }

    // JS heap after load, after a full garbage collection.
    try {
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      run.heapMB = round1(heap.usedSize / 1024 / 1024);
    } catch (error) {
      run.heapMB = failed(error);
    }

    // Hover to tooltip: from the pointer event to the first frame on screen with the tooltip.
    try {
      await page.mouse.move(5, 5);
      const point = await driver.markPoint(page);
      if (!point) throw new Error('no mark in view to hover');
      const since = await page.evaluate(() => performance.now());
      await page.evaluate((selector) => {
        const probe = (window as unknown as { __bench: Probe & { tooltipAt?: number } }).__bench;
        delete probe.tooltipAt;
        const visible = () => {
          const el = document.querySelector<HTMLElement>(selector);
          if (!el) return false;
          const style = getComputedStyle(el);
          return (
            style.display !== 'none' &&
            style.visibility !== 'hidden' &&
            style.opacity !== '0' &&
            el.textContent !== ''
          );
        };
        const observer = new MutationObserver(() => {
          if (visible()) {
            probe.tooltipAt = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
      }, driver.tooltip);
      await page.mouse.move(point.x, point.y, { steps: 2 });
      run.hover = await waitFor(page, LIMITS.interaction, async () => {
        const probe = (await probeOf(page)) as Probe & { tooltipAt?: number };
        if (probe.tooltipAt === undefined) return null;
        const moved = probe.events.filter((e) => e.type === 'pointermove' && e.t > since).at(-1);
        const shown = frameAfter(probe, probe.tooltipAt);
        return shown && moved ? round1(shown.after - moved.t) : null;
      });
    } catch (error) {
      run.hover = failed(error);
    }
    await page.mouse.move(5, 5);

    // Keyboard step to the next mark: from the key to the first frame after focus moved.
    if (driver.focusMark) {
      try {
        if (!(await driver.focusMark(page))) throw new Error('no mark to focus');
        await nextFrame(page, LIMITS.interaction);
        const since = await page.evaluate(() => performance.now());
        await page.keyboard.press('ArrowRight');
        run.keyboard = await waitFor(page, LIMITS.interaction, async () => {
          const probe = await probeOf(page);
          const key = probe.events.find((e) => e.type === 'keydown' && e.t > since);
          const focus = probe.events.find((e) => e.type === 'focusin' && key && e.t > key.t);
          const shown = focus && frameAfter(probe, focus.t);
          return shown && key ? round1(shown.after - key.t) : null;
        });
      } catch (error) {
        run.keyboard = failed(error);
      }
    } else run.keyboard = { failed: 'n/a (no keyboard path)' };

    // Zoom (wheel) and drag, one input event per frame.
    try {
      const { x, y } = await driver.plotCentre(page);
      await page.mouse.move(x, y);
      const base = { x, y, button: 'none' as const };
      run.zoomFrames = await gesture(page, cdp, [
        ...Array.from({ length: STEPS.wheel }, () => ({
          ...base,
          type: 'mouseWheel',
          deltaX: 0,
          deltaY: -100,
        })),
      ]);
      const drag = Array.from({ length: STEPS.drag }, (_, i) => ({
        type: 'mouseMoved',
        x: x - (i + 1) * 25,
        y,
        button: 'left',
        buttons: 1,
      }));
      run.dragFrames = await gesture(page, cdp, [
        { type: 'mousePressed', x, y, button: 'left', buttons: 1, clickCount: 1 },
        ...drag,
        {
          type: 'mouseReleased',
          x: x - STEPS.drag * 25,
          y,
          button: 'left',
          buttons: 0,
          clickCount: 1,
        },
      ]);
    } catch (error) {
      if (!('p50' in run.zoomFrames)) run.zoomFrames = failed(error);
      run.dragFrames = failed(error);
    }

    // Donor filter to the next paint: from the click to the first frame on screen after every
    // chart left a new mark.
    try {
      const since = await page.evaluate((selector) => {
        const t = performance.now();
        document.querySelector<HTMLElement>(selector)!.click();
        return t;
      }, driver.donorFilter);
      run.donorFilter = round1((await drawnAfter(page, driver, since, LIMITS.interaction)) - since);
    } catch (error) {
      run.donorFilter = failed(error);
    }
    return run;
  } finally {
    // A page stuck in a long task still closes: the renderer is ended with it.
    await Promise.race([context.close(), new Promise((r) => setTimeout(r, 15_000))]);
  }
}

// ---------------------------------------------------------------------------------------------
// Build, serve, sizes.

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

const VITE = `${ROOT}node_modules/vite/bin/vite.js`;

async function serve(args: string[], port: number, page = ''): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [VITE, 'preview', ...args, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    if (child.exitCode !== null)
      throw new Error(`vite preview on port ${port} exited (is the port taken?)`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/${page}`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`vite preview on port ${port} did not start within 30 s`);
}

interface Sizes {
  chunks: Array<{ file: string; bytes: number; gzip: number }>;
  jsGzip: number;
  cssGzip: number;
  firstViewJsGzip: number;
}

/** The gzipped size of each JS and CSS file of the app's build, and of what the first view loads. */
function buildSizes(): Sizes {
  const dir = `${ROOT}dist/assets/`;
  const chunks = readdirSync(dir)
    .filter((f) => /\.(js|css)$/.test(f))
    .map((file) => {
      const bytes = readFileSync(dir + file);
      return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const html = readFileSync(`${ROOT}dist/index.html`, 'utf8');
  const firstView = new Set(
    [...html.matchAll(/(?:src|href)="\.?\/?assets\/([^"]+\.js)"/g)].map((m) => m[1]!),
  );
  const sum = (list: typeof chunks) => list.reduce((s, c) => s + c.gzip, 0);
  return {
    chunks,
    jsGzip: sum(chunks.filter((c) => c.file.endsWith('.js'))),
    cssGzip: sum(chunks.filter((c) => c.file.endsWith('.css'))),
    firstViewJsGzip: sum(chunks.filter((c) => firstView.has(c.file))),
  };
}

// ---------------------------------------------------------------------------------------------
// The table.

const show = (v: Value | FrameStats | undefined, pick?: keyof FrameStats): string => {
  if (v === undefined) return '–';
  if (typeof v === 'number') return v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v} ms`;
  if ('failed' in v) return v.failed;
  const n = v[pick ?? 'p95'];
  const text = n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n} ms`;
  return v.steps < v.of ? `${text} (${v.steps}/${v.of} steps)` : text;
};
const numberOf = (v: Value | FrameStats | undefined, pick?: keyof FrameStats) =>
  v === undefined ? null : typeof v === 'number' ? v : 'failed' in v ? null : v[pick ?? 'p95'];

function table(runs: Run[]): string {
  const rows: string[][] = [];
  const measures: Array<[string, (r: Run) => Value | FrameStats, (keyof FrameStats)?]> = [
    ['first complete render', (r) => r.firstRender],
    ['donor filter → paint', (r) => r.donorFilter],
    ['zoom (wheel) frames p50', (r) => r.zoomFrames, 'p50'],
    ['zoom (wheel) frames p95', (r) => r.zoomFrames, 'p95'],
    ['zoom (wheel) frames max', (r) => r.zoomFrames, 'max'],
    ['drag frames p50', (r) => r.dragFrames, 'p50'],
    ['drag frames p95', (r) => r.dragFrames, 'p95'],
    ['drag frames max', (r) => r.dragFrames, 'max'],
    ['hover → tooltip', (r) => r.hover],
    ['keyboard step → next mark', (r) => r.keyboard],
    ['JS heap after load (MB)', (r) => r.heapMB],
  ];
  for (const size of sizes)
    for (const [label, get, pick] of measures) {
      // With several rounds, the median round of each target.
      const of = (target: TargetName) => {
        const values = runs.filter((r) => r.size === size && r.target === target).map(get);
        const numbers = values.filter((v) => numberOf(v, pick) !== null);
        if (numbers.length === 0) return values[0];
        numbers.sort((a, b) => numberOf(a, pick)! - numberOf(b, pick)!);
        return numbers[Math.floor((numbers.length - 1) / 2)];
      };
      const [e, v, c] = TARGETS.map(of);
      const heap = label.startsWith('JS heap');
      const cell = (x: typeof e) => (heap && typeof x === 'number' ? String(x) : show(x, pick));
      const ratio = (peer: typeof e) => {
        const [a, b] = [numberOf(e, pick), numberOf(peer, pick)];
        return a !== null && b !== null && b > 0 ? `${(a / b).toFixed(2)}×` : '–';
      };
      rows.push([size.toLocaleString('en'), label, cell(e), cell(v), cell(c), ratio(v), ratio(c)]);
    }
  const head = [
    'records',
    'measure',
    'explorer',
    'vis-timeline 8.5',
    'ECharts 6.1',
    'explorer / vis',
    'explorer / ECharts',
  ];
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  const files = new Map<number, string>();
  for (const size of sizes) {
    const file = benchDataFile(size, seed);
    if (!existsSync(BENCH_DATA_DIR + file)) writeBenchData(size, seed);
    files.set(size, file);
  }
  if (!process.argv.includes('--no-build')) {
    run(process.execPath, [VITE, 'build', '--logLevel', 'warn']);
    run(process.execPath, [VITE, 'build', '--config', 'bench/vite.config.ts']);
  }
  for (const dir of ['dist/bench-data/', 'bench/dist-peers/bench-data/']) {
    mkdirSync(ROOT + dir, { recursive: true });
    for (const file of files.values()) copyFileSync(BENCH_DATA_DIR + file, ROOT + dir + file);
  }
  const sizesOfBuild = buildSizes();

  const servers: ChildProcess[] = [];
  let browser: Browser | null = null;
  const stop = () => {
    for (const server of servers) if (server.exitCode === null) server.kill();
  };
  process.on('SIGINT', () => {
    stop();
    process.exit(130);
  });
  const runs: Run[] = [];
  try {
    servers.push(await serve([], APP_PORT));
    servers.push(await serve(['--config', 'bench/vite.config.ts'], PEER_PORT, 'echarts.html'));
    const launch = () =>
      chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--enable-precise-memory-info',
        ],
      });
    browser = await launch();
    const version = browser.version();
    for (const size of sizes)
      for (let round = 1; round <= rounds; round++)
        for (const target of TARGETS) {
          const t0 = Date.now();
          process.stdout.write(`${size.toLocaleString('en')} records, ${target}, round ${round}: `);
          if (!browser.isConnected()) browser = await launch();
          const result = await measure(browser, target, size, files.get(size)!, round);
          runs.push(result);
          console.log(
            `first render ${show(result.firstRender)} (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
          );
        }
    const output = table(runs);
    console.log(`\n${output}\n`);
    const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
    console.log('App build, gzipped (level 9):');
    for (const chunk of sizesOfBuild.chunks)
      console.log(`  ${chunk.file.padEnd(40)} ${kB(chunk.gzip).padStart(10)}`);
    console.log(
      `  JS total ${kB(sizesOfBuild.jsGzip)}, CSS total ${kB(sizesOfBuild.cssGzip)}, first view's JS ${kB(sizesOfBuild.firstViewJsGzip)}`,
    );
    const results = {
      when: new Date().toISOString(),
      chromium: version,
      node: process.version,
      cpus: (await import('node:os')).cpus().length,
      sizes,
      rounds,
      quick,
      limits: LIMITS,
      steps: STEPS,
      runs,
      build: sizesOfBuild,
      table: output,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    writeFileSync(`${ROOT}bench/results.json`, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nbench/results.json written; ${results.seconds} s in all.`);
  } finally {
    await browser?.close().catch(() => {});
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

// One run: a fresh browser context on one target with one dataset, and each measure in turn.
import type { Browser, CDPSession, Page } from '@playwright/test';
import { LIMITS, STEPS, type FrameStats, type Run, type TargetName, type Value } from './config';
import { DRIVERS, type Driver } from './drivers';
import {
  failed,
  frameAfter,
  frameStats,
  installProbe,
  marksAfter,
  nextFrame,
  probeOf,
  round1,
  waitFor,
  type Probe,
} from './probe';

/** Measures `target` on the dataset `file` of `size` records; a measure that fails says why. */
export async function measure(
  browser: Browser,
  target: TargetName,
  size: number,
  file: string,
  round: number,
): Promise<Run> {
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
  // tsx (esbuild) wraps named functions in `__name(...)`; the functions the bench sends into
  // the page keep those calls, so the page gets a do-nothing `__name` first.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await page.goto(driver.url(file), { waitUntil: 'commit' });
    run.firstRender = await firstRender(page, driver, size).catch(failed);
    if (typeof run.firstRender !== 'number') return run;
    run.heapMB = await heapAfterLoad(cdp).catch(failed);
    run.hover = await hoverToTooltip(page, driver).catch(failed);
    await page.mouse.move(5, 5);
    run.keyboard = driver.focusMark
      ? await keyboardStep(page, driver.focusMark).catch(failed)
      : { failed: 'n/a (no keyboard path)' };
    Object.assign(run, await zoomAndDrag(page, cdp, driver));
    run.donorFilter = await donorFilterToPaint(page, driver).catch(failed);
    return run;
  } finally {
    // A page stuck in a long task still closes: the renderer is ended with it.
    await Promise.race([context.close(), new Promise((r) => setTimeout(r, 15_000))]);
  }
}

/**
 * First complete render: from the data's arrival (the end of its response) to the first frame
 * on screen after every chart left its mark for this dataset; or the page's own error message.
 */
async function firstRender(page: Page, driver: Driver, size: number): Promise<Value> {
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
        performance.getEntriesByType('resource').find((e) => e.name.includes('/bench-data/')) as
          PerformanceResourceTiming | undefined,
    );
    return { ms: shown.after - (arrived?.responseEnd ?? 0), error: undefined };
  });
  if (outcome.error !== undefined)
    return { failed: `does not load: ${outcome.error.slice(0, 200)}` };
  return round1(outcome.ms);
}

/** JS heap after load, after a full garbage collection, in MB. */
async function heapAfterLoad(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return round1(heap.usedSize / 1024 / 1024);
}

/** Hover to tooltip: from the pointer event to the first frame on screen with the tooltip. */
async function hoverToTooltip(page: Page, driver: Driver): Promise<number> {
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
  return waitFor(page, LIMITS.interaction, async () => {
    const probe = (await probeOf(page)) as Probe & { tooltipAt?: number };
    if (probe.tooltipAt === undefined) return null;
    const moved = probe.events.filter((e) => e.type === 'pointermove' && e.t > since).at(-1);
    const shown = frameAfter(probe, probe.tooltipAt);
    return shown && moved ? round1(shown.after - moved.t) : null;
  });
}

/**
 * Keyboard step to the next mark: from the key to the first frame after focus moved (to
 * another element, or the one focused element now describes another mark: a roving label).
 */
async function keyboardStep(
  page: Page,
  focusMark: NonNullable<Driver['focusMark']>,
): Promise<number> {
  if (!(await focusMark(page))) throw new Error('no mark to focus');
  await nextFrame(page, LIMITS.interaction);
  const since = await page.evaluate(() => {
    const probe = (window as unknown as { __bench: Probe & { relabelledAt?: number } }).__bench;
    delete probe.relabelledAt;
    const focused = document.activeElement;
    if (focused) {
      const observer = new MutationObserver(() => {
        probe.relabelledAt ??= performance.now();
        observer.disconnect();
      });
      observer.observe(focused, { attributes: true, attributeFilter: ['aria-label'] });
    }
    return performance.now();
  });
  await page.keyboard.press('ArrowRight');
  return waitFor(page, LIMITS.interaction, async () => {
    const probe = (await probeOf(page)) as Probe & { relabelledAt?: number };
    const key = probe.events.find((e) => e.type === 'keydown' && e.t > since);
    const focusin = probe.events.find((e) => e.type === 'focusin' && key && e.t > key.t)?.t;
    const moved = focusin ?? (key && probe.relabelledAt! > key.t ? probe.relabelledAt : undefined);
    const shown = moved !== undefined && frameAfter(probe, moved);
    return shown && key ? round1(shown.after - key.t) : null;
  });
}

/** Zoom (wheel) and drag at the middle of the plot, one input event per frame. */
async function zoomAndDrag(
  page: Page,
  cdp: CDPSession,
  driver: Driver,
): Promise<Pick<Run, 'zoomFrames' | 'dragFrames'>> {
  let zoomFrames: Run['zoomFrames'] = { failed: 'not run' };
  try {
    const { x, y } = await driver.plotCentre(page);
    await page.mouse.move(x, y);
    const base = { x, y, button: 'none' as const };
    zoomFrames = await gesture(page, cdp, [
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
    const dragFrames = await gesture(page, cdp, [
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
    return { zoomFrames, dragFrames };
  } catch (error) {
    return {
      zoomFrames: 'p50' in zoomFrames ? zoomFrames : failed(error),
      dragFrames: failed(error),
    };
  }
}

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

/**
 * Donor filter to the next paint: from the click to the first frame on screen after every
 * chart left a new mark.
 */
async function donorFilterToPaint(page: Page, driver: Driver): Promise<number> {
  const since = await page.evaluate((selector) => {
    const t = performance.now();
    document.querySelector<HTMLElement>(selector)!.click();
    return t;
  }, driver.donorFilter);
  const drawn = await waitFor(page, LIMITS.interaction, async () => {
    const probe = await probeOf(page);
    const at = marksAfter(probe, driver.marks, since);
    if (at === null) return null;
    return frameAfter(probe, at)?.after ?? null;
  });
  return round1(drawn - since);
}

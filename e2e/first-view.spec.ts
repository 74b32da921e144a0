import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { en } from '../src/i18n/messages-en';
import { nl } from '../src/i18n/messages-nl';
import { expect, test } from './fixtures';
import { expectMarksDrawn, timelineMark } from './timeline-marks';

// Issue 14: the first view carries only what it draws. The rest (Dutch, the article texts, the
// download writers, …) are chunks fetched from the app's own origin when first needed.

/** The app's script files the page has fetched so far. */
const scripts = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('.js')),
  );

test('an English page never fetches Dutch; choosing Dutch does, and says it is loading', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.title);
  expect((await scripts(page)).some((path) => /\/dutch-/.test(path))).toBe(false);
  // Dutch held back a moment, so the switch's loading line can be seen.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/dutch-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('radio', { name: 'Nederlands' }).click();
  await expect(page.getByRole('status').filter({ hasText: en.language.loading })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.title);
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nl.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByText(en.language.loading)).toHaveCount(0);
});

test('Dutch that cannot be fetched leaves the page in English, says so, and can be tried again', async ({
  page,
  problems,
}) => {
  await page.goto('/');
  await page.route(/\/assets\/dutch-[^/]+\.js$/, (route) => route.abort());
  await page.getByRole('radio', { name: 'Nederlands' }).click();
  await expect(page.getByRole('alert').filter({ hasText: en.language.failed })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.title);
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await page.unroute(/\/assets\/dutch-[^/]+\.js$/);
  await page.getByRole('radio', { name: 'Nederlands' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nl.title);
  await expect(page.getByText(en.language.failed)).toHaveCount(0);
  // The aborted fetch is reported by the browser: that one is expected.
  problems.consoleErrors.splice(
    0,
    problems.consoleErrors.length,
    ...problems.consoleErrors.filter(
      (line) => !/dutch-|Failed to fetch|net::ERR_FAILED/.test(line),
    ),
  );
});

test('a page opened in Dutch shows Dutch from its first paint, never English first', async ({
  page,
}) => {
  // Every heading text the page ever shows, from the start.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __titles: string[] }).__titles = seen;
    new MutationObserver(() => {
      const h1 = document.querySelector('h1');
      if (h1?.textContent) seen.push(h1.textContent);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto('/?lang=nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nl.title);
  const titles = await page.evaluate(() => (window as unknown as { __titles: string[] }).__titles);
  expect(titles.length).toBeGreaterThan(0);
  expect(titles.every((title) => title === nl.title)).toBe(true);
});

test('the remembered language opens the page in Dutch too', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('radio', { name: 'Nederlands' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nl.title);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nl.title);
});

test('a search in the English page finds a record by its Dutch note', async ({ page }) => {
  await page.goto('/');
  // "wederuitvoer" is only in the Dutch wording of an item name (data/translations-nl.json).
  await page.getByRole('searchbox').fill('wederuitvoer');
  await expect(page.getByTestId('summary-line')).toContainText(/\b[1-9]\d* of \d+ match/);
});

test('the article texts and the source panel come when a record is first opened', async ({
  page,
}) => {
  await page.goto('/');
  await expectMarksDrawn(page);
  const before = await scripts(page);
  expect(before.some((path) => /\/source-panel-/.test(path))).toBe(false);
  expect(before.some((path) => /\/\d{3}_[0-9a-f]+-/.test(path))).toBe(false);
  await timelineMark(page, 'tr-delivery-bayraktar-tb2').click();
  const panel = page.getByRole('complementary', { name: en.panel.title });
  await expect(panel.getByLabel(en.panel.fullText)).toContainText('Bayraktar');
  expect((await scripts(page)).some((path) => /\/\d{3}_[0-9a-f]+-/.test(path))).toBe(true);
  // Closed and opened again: the panel stays, and focus goes back where it was.
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
});

test('a source panel that cannot be fetched says so, and "Try again" brings it', async ({
  page,
  problems,
}) => {
  await page.route(/\/assets\/source-panel-[^/]+\.js$/, (route) => route.abort());
  await page.goto('/?record=tr-delivery-bayraktar-tb2');
  await expect(page.getByRole('alert').filter({ hasText: en.lazy.failed })).toBeVisible();
  // The rest of the page works.
  await expectMarksDrawn(page);
  await page.unroute(/\/assets\/source-panel-[^/]+\.js$/);
  await page.getByRole('button', { name: en.lazy.retry }).click();
  await expect(page.getByRole('complementary', { name: en.panel.title })).toBeVisible();
  problems.consoleErrors.splice(
    0,
    problems.consoleErrors.length,
    ...problems.consoleErrors.filter(
      (line) => !/source-panel-|Failed to fetch|net::ERR_FAILED/.test(line),
    ),
  );
});

test('the picture writers come on the first download, and the picture loads back', async ({
  page,
}) => {
  await page.goto('/');
  await expectMarksDrawn(page);
  expect((await scripts(page)).some((path) => /\/timeline-picture-/.test(path))).toBe(false);
  const card = page.locator('section.chart-card', {
    has: page.getByRole('heading', { name: en.timeline.title }),
  });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: en.downloads.svg }).click(),
  ]);
  const svg = readFileSync((await download.path())!, 'utf8');
  expect(svg).toMatch(/^<\?xml|^<svg/);
  expect(svg).toContain('</svg>');
  expect((await scripts(page)).some((path) => /\/timeline-picture-/.test(path))).toBe(true);
});

test('aid over time and the per-donor table come just after the first view', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: en.runningTotal.title })).toBeVisible();
  await expect(page.getByRole('table', { name: en.bars.donorTable.caption })).toBeVisible();
});

import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { generateSyntheticDataset } from '../src/data/synthetic';

// The timeline at scale: 10,000 generated announcements (the benchmark's seeded generator),
// loaded as a reader's file (the deployments among them hidden, as by default). Marks are on
// a canvas; crowds are drawn as aggregates.
const dataset = JSON.stringify(generateSyntheticDataset({ size: 10_000, seed: 1 }));
const timeline = (page: Page) => page.getByRole('group', { name: /^Timeline of/ });
const stop = (page: Page) => timeline(page).locator('[role="img"][tabindex="0"]');
const canvas = (page: Page) => timeline(page).locator('canvas');

test.beforeEach(async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/?lang=en');
  await page.getByLabel('Load your own dataset…').setInputFiles({
    name: 'synthetic-10000.json',
    mimeType: 'application/json',
    buffer: Buffer.from(dataset),
  });
  await expect(timeline(page)).toHaveAttribute(
    'aria-label',
    /^Timeline of \d,\d{3} announcements/,
    {
      timeout: 60_000,
    },
  );
  await expect(canvas(page)).toHaveAttribute('data-aggregates', /^[1-9]/);
});

test('hovering a mark or an aggregate shows its tooltip; a click pins a mark', async ({ page }) => {
  // Zoom in until single marks are drawn, then hover the tab stop's mark where the canvas drew it.
  await stop(page).focus();
  for (let i = 0; i < 14 && (await stop(page).getAttribute('data-record-id')) === null; i++) {
    await page.keyboard.press('+');
    await page.waitForTimeout(300);
  }
  await expect(stop(page)).toHaveAttribute('data-record-id', /.+/);
  await page.mouse.move(0, 0);
  const box = (await stop(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('#mark-tooltip')).toBeVisible();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const panel = page.getByRole('complementary', { name: 'The source' });
  await expect(panel).toBeVisible();
  const id = await stop(page).getAttribute('data-record-id');
  await expect(panel).toContainText(`Record ${id}`);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
});

test('the keyboard steps to the next mark or aggregate, and Enter zooms into an aggregate', async ({
  page,
}) => {
  await stop(page).focus();
  await expect(page.getByRole('tooltip')).toBeVisible();
  const first = await stop(page).getAttribute('aria-label');
  await page.keyboard.press('ArrowRight');
  await expect(stop(page)).not.toHaveAttribute('aria-label', first!);
  await expect(stop(page)).toBeFocused();

  // Step until an aggregate that zooming spreads has the focus: it says how many it holds, and
  // Enter zooms into it.
  for (let i = 0; i < 40 && (await stop(page).getAttribute('data-opens')) !== 'zoom'; i++)
    await page.keyboard.press(i % 2 ? 'ArrowDown' : 'ArrowRight');
  const held = Number(await stop(page).getAttribute('data-aggregate'));
  expect(held).toBeGreaterThan(1);
  await expect(stop(page)).toHaveAttribute(
    'aria-label',
    /announcements too close to tell apart.*; kinds: .*\(\d+\).*Enter to zoom in/,
  );
  await expect(page.getByRole('tooltip')).toContainText(
    `${held.toLocaleString('en')} announcements`,
  );
  const before = Number(await canvas(page).getAttribute('data-marks'));
  await page.keyboard.press('Enter');
  // Zoomed in: its marks are drawn one by one, and the focus is on one of them.
  await expect(page.getByRole('button', { name: 'Reset zoom' })).toBeEnabled();
  await expect(stop(page)).toHaveAttribute('data-record-id', /.+/, { timeout: 20_000 });
  await expect(canvas(page)).not.toHaveAttribute('data-marks', String(before));
});

test('an aggregate that zooming cannot split lists its announcements; one reached by the keyboard opens its source', async ({
  page,
}) => {
  // A few days of a busy stretch: the busiest lanes hold dozens of announcements on one day.
  const window = page.getByRole('region', { name: 'Time window' });
  await window.getByLabel('From', { exact: true }).fill('2024-03-10');
  await window.getByLabel('To', { exact: true }).fill('2024-03-13');
  await expect(page.getByRole('button', { name: 'Reset zoom' })).toBeEnabled();
  await stop(page).focus();
  for (let i = 0; i < 60 && (await stop(page).getAttribute('data-opens')) !== 'list'; i++)
    await page.keyboard.press(i % 3 === 2 ? 'ArrowDown' : 'ArrowRight');
  await expect(stop(page)).toHaveAttribute('data-opens', 'list');
  const held = Number(await stop(page).getAttribute('data-aggregate'));
  expect(held).toBeGreaterThan(1);
  await expect(stop(page)).toHaveAttribute('aria-label', /; kinds: .*Enter to list them\.$/);

  await page.keyboard.press('Enter');
  const list = page.getByRole('dialog', { name: new RegExp(`^${held} announcements, `) });
  await expect(list).toBeVisible();
  const options = list.getByRole('option');
  await expect(options).toHaveCount(held);
  const listbox = list.getByRole('listbox');
  await expect(listbox).toBeFocused();
  await expect(listbox).toHaveAttribute('aria-activedescendant', 'aggregate-member-0');
  // The plot's keys stay out: the arrows step through the list, not the timeline.
  await page.keyboard.press('ArrowDown');
  await expect(listbox).toHaveAttribute('aria-activedescendant', 'aggregate-member-1');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(1)).toHaveAttribute('aria-label', /\d{4}/);
  const id = await options.nth(1).getAttribute('data-record-id');

  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: 'The source' });
  await expect(panel).toContainText(`Record ${id}`);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  // The focus is back in the list; Escape closes it and returns to the aggregate.
  await expect(listbox).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(stop(page)).toBeFocused();
  await expect(stop(page)).toHaveAttribute('data-opens', 'list');

  // A click on it lists them too, and a click on an announcement opens its source.
  const box = (await stop(page).boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(list).toBeVisible();
  const last = options.last();
  const lastId = await last.getAttribute('data-record-id');
  await last.click();
  await expect(panel).toContainText(`Record ${lastId}`);
});

test('the smaller donors share one last lane, and a button gives each its own', async ({
  page,
}) => {
  const height = async () => (await timeline(page).boundingBox())!.height;
  const capped = await height();
  // The last lane names how many it gathers (scrolled into view: only lanes in view are drawn).
  await timeline(page).evaluate((element) => element.scrollIntoView({ block: 'end' }));
  await expect(timeline(page).locator('.lane-label').last()).toHaveText(
    /^[\d,]+ more donors and joint groups$/,
  );
  const all = page.getByRole('button', { name: /^Show all [\d,]+ lanes$/ });
  const lanes = Number((await all.textContent())!.replace(/\D/g, ''));
  expect(lanes).toBeGreaterThan(100);
  await all.click();
  await expect.poll(height).toBeGreaterThan(capped * 2);
  await page.getByRole('button', { name: 'Show the 24 busiest lanes' }).click();
  await expect.poll(height).toBe(capped);
});

test('the SVG download holds the marks and the aggregates drawn on the canvas', async ({
  page,
}) => {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'SVG' }).first().click();
  const svg = readFileSync((await (await download).path())!, 'utf8');
  // Parsed in a blank page (the app's own page admits only trusted HTML).
  const blank = await page.context().newPage();
  const doc = await blank.evaluate((text) => {
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: parsed.querySelector('parsererror') !== null,
      aggregates: [...parsed.querySelectorAll('path title')].filter((t) =>
        /too close to tell apart/.test(t.textContent ?? ''),
      ).length,
      paths: parsed.querySelectorAll('path').length,
    };
  }, svg);
  await blank.close();
  expect(doc.error).toBe(false);
  expect(doc.aggregates).toBeGreaterThan(0);
  expect(doc.paths).toBeGreaterThan(doc.aggregates);
});

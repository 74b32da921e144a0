import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { parseCsv } from '../src/data/csv-parse';
import { expect, test } from './fixtures';

/** Clicks a download button and returns the downloaded file's name and text. */
async function download(page: Page, button: Locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

test('the running totals show in the built app: a step line, a tooltip on hover, a pin on click', async ({
  page,
}) => {
  await page.goto('/');
  const card = page.locator('section', {
    has: page.getByRole('heading', { name: 'Aid over time' }),
  });
  const chart = card.getByRole('application', {
    name: 'Aid over time: running totals, committed, 1 line',
  });
  await expect(chart).toBeVisible();
  await expect(chart.locator('path.running-line')).toHaveCount(1);
  await expect(card.getByText(/^No sum in US dollars in view from these donors: /)).toBeVisible();

  // Hover the last steps (February 2023, at the right): the record's source and the total.
  const plot = chart.locator('rect.running-hit');
  await plot.scrollIntoViewIfNeeded();
  const box = (await plot.boundingBox())!;
  // At the line's end ($3.11B of a $3.5B scale), clear of the ★ at the top edge.
  await page.mouse.move(box.x + box.width - 2, box.y + box.height * 0.11);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText('United States');
  await expect(tooltip).toContainText('$2B');
  await expect(chart).toContainText('$3.11B');
  await page.mouse.down();
  await page.mouse.up();
  await expect(page).toHaveURL(/record=us-pledge-2bn-usai/);
});

test('the chart takes focus and its keys step through the points and open the source', async ({
  page,
}) => {
  await page.goto('/');
  const chart = page.getByRole('application', { name: /^Aid over time/ });
  await chart.focus();
  await expect(page.locator('#running-point')).toHaveText(/^United States, 24 Feb 2023: \$3\.11B/);
  await page.keyboard.press('Home');
  await expect(page.locator('#running-point')).toHaveText(/^United States, 31 Aug 2021: \$60M/);
  await expect(page.getByRole('tooltip')).toContainText('Pledge');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/record=us-pledge-60m-august-2021/);
});

test('the running totals download as SVG that opens, and as CSV that reads back', async ({
  page,
  context,
}) => {
  await page.goto('/');
  const group = page.getByRole('group', { name: 'Download: Aid over time' });
  const svg = await download(page, group.getByRole('button', { name: 'SVG' }));
  expect(svg.name).toMatch(/^ukraine-aid-over-time-\d{4}-\d{2}-\d{2}\.svg$/);
  const viewer = await context.newPage();
  const size = await viewer.evaluate(
    (text) =>
      new Promise<[number, number]>((resolve, reject) => {
        const image = new Image();
        image.onload = () => resolve([image.naturalWidth, image.naturalHeight]);
        image.onerror = () => reject(new Error('the SVG did not draw'));
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
      }),
    svg.text,
  );
  expect(size[0]).toBeGreaterThan(760);
  expect(svg.text).toContain('Military aid to Ukraine: Aid over time');

  const png = await Promise.all([
    page.waitForEvent('download'),
    group.getByRole('button', { name: 'PNG' }).click(),
  ]);
  expect(png[0].suggestedFilename()).toMatch(/\.png$/);

  await page.getByRole('radio', { name: 'Delivered' }).click();
  const csv = await download(page, group.getByRole('button', { name: 'CSV' }));
  expect(csv.name).toMatch(/^ukraine-aid-over-time-\d{4}-\d{2}-\d{2}\.csv$/);
  const parsed = parseCsv(csv.text);
  if (!parsed.ok) throw new Error(parsed.message);
  expect(parsed.header.slice(0, 6)).toEqual([
    'series',
    'donor_codes',
    'donor_names',
    'date',
    'point',
    'running_total_usd',
  ]);
  expect(parsed.rows.every((row) => row.cells[0] === 'delivered')).toBe(true);
  expect(parsed.rows.map((row) => row.cells[7])).toContain(
    'us-delivery-60m-completed-november-2021',
  );
});

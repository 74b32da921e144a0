import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const panel = (page: Page) => page.getByRole('region', { name: 'Time window' });
const timeline = (page: Page) => page.getByRole('group', { name: /^Timeline of/ });
const params = (page: Page) => new URL(page.url()).searchParams;

test('a preset sets exact dates: the address has from and to, the fields show the days', async ({
  page,
}) => {
  await page.goto('/');
  await panel(page).getByRole('button', { name: 'Before the invasion' }).click();
  await expect.poll(() => params(page).get('to')).toBe('2022-02-24T00:00Z');
  expect(params(page).get('from')).toMatch(/^2018-12-20/);
  await expect(panel(page).getByLabel('To', { exact: true })).toHaveValue('23 Feb 2022');
  await expect(
    panel(page).getByRole('button', { name: 'Before the invasion', pressed: true }),
  ).toBeVisible();
  // The summary line and the timeline follow: nothing after the invasion is in view.
  await expect(page.getByTestId('summary-line')).not.toContainText('2023');

  await panel(page).getByRole('button', { name: 'First weeks of the invasion' }).click();
  await expect.poll(() => params(page).get('from')).toBe('2022-02-24T00:00Z');
  expect(params(page).get('to')).toBe('2022-04-01T00:00Z');
  await expect(panel(page).getByLabel('From', { exact: true })).toHaveValue('24 Feb 2022');
  await expect(panel(page).getByLabel('To', { exact: true })).toHaveValue('31 Mar 2022');

  await panel(page).getByRole('button', { name: 'Everything' }).click();
  await expect.poll(() => params(page).has('from')).toBe(false);
});

test('typed dates change the window; a reversed pair says so and changes nothing', async ({
  page,
}) => {
  await page.goto('/');
  await panel(page).getByLabel('From', { exact: true }).fill('2022-01-10');
  await panel(page).getByLabel('To', { exact: true }).fill('2022-01-31');
  await expect.poll(() => params(page).get('from')).toBe('2022-01-10T00:00Z');
  await expect.poll(() => params(page).get('to')).toBe('2022-02-01T00:00Z');
  // The timeline zoomed to it: its axis shows January 2022 and nothing of 2023.
  await expect(timeline(page).locator('.chart-axis text').first()).toContainText('Jan');
  await expect(timeline(page).locator('.chart-axis')).not.toContainText('2023');

  await panel(page).getByLabel('To', { exact: true }).fill('2021-12-01');
  await expect(panel(page).getByText('From is after To: nothing changed.')).toBeVisible();
  expect(params(page).get('to')).toBe('2022-02-01T00:00Z');
});

test('dragging the brush on the overview strip changes the window, and the brush follows the zoom', async ({
  page,
}) => {
  await page.goto('/');
  const strip = panel(page).getByRole('img', { name: /^Overview/ });
  const box = (await strip.boundingBox())!;
  // Start a new brush outside the selection: first narrow the full selection from the left.
  const y = box.y + 18;
  await page.mouse.move(box.x + 2, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, y, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => params(page).get('from')).toMatch(/^202[01]-/);
  const from = params(page).get('from')!;
  await expect(panel(page).getByLabel('From', { exact: true })).toHaveValue(
    new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(from)),
  );
  // Now a fresh drag on the empty left part brushes a window of its own.
  await page.mouse.move(box.x + box.width * 0.1, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, y, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => params(page).get('from')).not.toBe(from);
  const to = new Date(params(page).get('to')!).getTime();
  expect(to).toBeLessThan(Date.UTC(2022, 0, 1));

  // The timeline's zoom moves the brush (its selection narrows).
  await panel(page).getByRole('button', { name: 'Everything' }).click();
  const selection = panel(page).locator('.overview-brush .selection');
  const before = Number(await selection.getAttribute('width'));
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect
    .poll(async () => Number(await selection.getAttribute('width')))
    .toBeLessThan(before * 0.8);
});

test('axis=linear survives a reload, and the switch writes it', async ({ page }) => {
  await page.goto('/');
  const hatchesSqueezed = await timeline(page).locator('.break-mark').count();
  expect(hatchesSqueezed).toBeGreaterThan(0);
  await panel(page).getByRole('radio', { name: 'Linear' }).click();
  await expect.poll(() => params(page).get('axis')).toBe('linear');
  await expect(timeline(page).locator('.break-mark')).toHaveCount(0);
  await page.reload();
  await expect(panel(page).getByRole('radio', { name: 'Linear' })).toBeChecked();
  await expect(timeline(page).locator('[data-record-id]').first()).toBeVisible();
  await expect(timeline(page).locator('.break-mark')).toHaveCount(0);
  expect(params(page).get('axis')).toBe('linear');
});

test('the time window card speaks Dutch', async ({ page }) => {
  await page.goto('/?lang=nl');
  const card = page.getByRole('region', { name: 'Tijdvenster' });
  await expect(card.getByRole('button', { name: 'Voor de invasie' })).toBeVisible();
  await expect(card.getByLabel('Van', { exact: true })).toBeVisible();
  // The days in Dutch, in a text field (a date input shows the browser's format instead).
  await expect(card.getByLabel('Van', { exact: true })).toHaveValue('20 dec 2018');
  await expect(card.getByLabel('Van', { exact: true })).toHaveAttribute('type', 'text');
  await card.getByLabel('Tot en met', { exact: true }).fill('31-01-2022');
  await expect.poll(() => params(page).get('to')).toBe('2022-02-01T00:00Z');
  await expect(card.getByLabel('Tot en met', { exact: true })).toHaveValue('31 jan 2022');
  await expect(card.getByRole('radio', { name: 'Lineair' })).toBeVisible();
});

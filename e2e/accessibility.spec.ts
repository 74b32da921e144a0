import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { timelineMark } from './timeline-marks';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function scan(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

test('axe finds no WCAG 2.1 AA violation in the explorer, with a tooltip, or with the source open', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('group', { name: /^Timeline of/ })).toBeVisible();
  expect(await scan(page)).toEqual([]);

  await page.getByRole('checkbox', { name: /Show deployments/ }).check();
  await page.getByRole('radio', { name: 'Quantities' }).click();
  await timelineMark(page, 'us-approval-350m').hover();
  await expect(page.getByRole('tooltip')).toBeVisible();
  expect(await scan(page)).toEqual([]);

  await timelineMark(page, 'us-approval-350m').click();
  await expect(page.getByRole('complementary', { name: 'The source' })).toBeVisible();
  expect(await scan(page)).toEqual([]);
});

test('axe finds nothing on a phone either, filters folded and open, skip links shown', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(page.getByRole('group', { name: /^Timeline of/ })).toBeVisible();
  expect(await scan(page)).toEqual([]);
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  await expect(page.getByRole('toolbar', { name: 'Donors' })).toBeVisible();
  expect(await scan(page)).toEqual([]);
  // The skip links, shown.
  await page.keyboard.press('Tab');
  expect(await scan(page)).toEqual([]);
});

test('axe finds nothing in the source panel on a phone, page furniture dimmed, in both themes', async ({
  page,
}) => {
  test.slow(); // four scans of a long article
  await page.setViewportSize({ width: 390, height: 844 });
  for (const theme of ['light', 'dark']) {
    // The theme is remembered in the browser: chosen first, then the record opened.
    await page.goto('/?lang=nl');
    await page.getByRole('radio', { name: theme === 'light' ? 'Licht' : 'Donker' }).click();
    await page.goto('/?record=tr-delivery-bayraktar-tb2&lang=nl');
    await expect(page.locator('.source-panel .furniture').first()).toBeVisible();
    expect(await scan(page)).toEqual([]);
  }
});

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

test('axe finds nothing on a phone either', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(page.getByRole('group', { name: /^Timeline of/ })).toBeVisible();
  expect(await scan(page)).toEqual([]);
});

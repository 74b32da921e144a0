import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const dataset = JSON.parse(readFileSync('data/announcements.json', 'utf8')) as {
  announcements: Array<{ donors: string[] }>;
  sources: unknown[];
};
const donorCount = new Set(dataset.announcements.flatMap((record) => record.donors)).size;

test('the page loads and shows what the dataset holds', async ({ page, problems }) => {
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Military aid to Ukraine' }),
  ).toBeVisible();
  await expect(page.getByTestId('record-count')).toHaveText(String(dataset.announcements.length));
  await expect(page.getByTestId('donor-count')).toHaveText(String(donorCount));
  await expect(page.getByTestId('source-count')).toHaveText(String(dataset.sources.length));
  await expect(page.getByTestId('date-span')).toHaveText('1 Jan 2019 – 24 Feb 2023');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  expect(problems.consoleErrors).toEqual([]);
});

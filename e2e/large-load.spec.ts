import { expect, test } from './fixtures';
import { generateSyntheticDataset } from '../src/data/synthetic';

// A reader's large file (issue 14, issue 12 point 13): the page shows how far the loading has
// got, Cancel keeps the view, and a full load shows the counts and a table that scrolls to its
// last row. 10,000 records (3.9 MB): 100,000 take too long for CI's two cores with every chart.
const SIZE = 10_000;
const file = {
  name: 'large.json',
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(generateSyntheticDataset({ size: SIZE, seed: 7 }))),
};

test('a large file: progress, Cancel, then the counts and the table’s last row', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const status = page.getByTestId('data-status');
  const before = await status.textContent();

  await page.getByLabel('Load your own dataset…').setInputFiles(file);
  const progress = page.getByRole('progressbar');
  await expect(progress).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toBeHidden();
  await expect(status).toHaveText(before!);

  await page.getByLabel('Load your own dataset…').setInputFiles(file);
  await expect(status).toContainText(`large.json: ${SIZE} loaded, 0 rejected`, {
    timeout: 90_000,
  });
  await expect(page.getByTestId('record-count')).toHaveText(String(SIZE));

  await page.getByRole('tab', { name: 'Table' }).click();
  const table = page.getByRole('table');
  // Every record in view (deployments are hidden at first), the header row included.
  await expect(table).toHaveAttribute('aria-rowcount', /^\d+$/);
  const rowCount = Number(await table.getAttribute('aria-rowcount'));
  expect(rowCount).toBeGreaterThan(SIZE * 0.8);
  // Only the rows near the frame are in the page.
  expect(await table.locator('tbody th[scope="row"]').count()).toBeLessThan(100);
  const frame = page.getByRole('region', { name: /announcements in view/ });
  // Rows are measured as they are drawn, so the end moves as it nears: scroll until it is there.
  const last = table.locator(`tr[aria-rowindex="${rowCount}"]`);
  await expect
    .poll(async () => {
      await frame.evaluate((element) => element.scrollTo(0, element.scrollHeight));
      return last.count();
    })
    .toBe(1);
  await frame.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  await expect(table.getByRole('columnheader', { name: 'Record' })).toBeInViewport();
});

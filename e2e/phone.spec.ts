import { devices } from '@playwright/test';
import { expect, test } from './fixtures';
import { timelineMark } from './timeline-marks';

test.use({
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: devices['Pixel 7']!.deviceScaleFactor,
  isMobile: true,
  hasTouch: true,
});

test('on a phone the page never scrolls sideways, and touch pans and zooms the timeline', async ({
  page,
}) => {
  await page.goto('/');
  const timeline = page.getByRole('group', { name: /^Timeline of/ });
  await expect(timeline).toBeVisible();
  const widths = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]!);

  // Every chart and control fits the width.
  for (const box of await page
    .locator('.card, .in-view, svg')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right)))
    expect(box).toBeLessThanOrEqual(390);

  // Pinch out over the plot with two fingers (raw touch events, as a phone sends them).
  const summary = page.getByTestId('summary-line');
  const whole = await summary.textContent();
  await timeline.locator('.plot').scrollIntoViewIfNeeded();
  const plot = (await timeline.locator('.plot').boundingBox())!;
  const cx = plot.x + plot.width * 0.7;
  const cy = plot.y + 60;
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: Array<[number, number]>) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: points.map(([x, y], id) => ({ x, y, id })),
    });
  await touch('touchStart', [
    [cx - 10, cy],
    [cx + 10, cy],
  ]);
  for (let d = 10; d <= 120; d += 10)
    await touch('touchMove', [
      [cx - d, cy],
      [cx + d, cy],
    ]);
  await touch('touchEnd', []);
  await expect(summary).not.toHaveText(whole!);
  await expect(page.getByRole('button', { name: 'Reset zoom' })).toBeEnabled();

  // One finger pans.
  const zoomed = await summary.textContent();
  await touch('touchStart', [[cx, cy]]);
  for (let d = 10; d <= 150; d += 10) await touch('touchMove', [[cx + d, cy]]);
  await touch('touchEnd', []);
  await expect(summary).not.toHaveText(zoomed!);

  // A tap on a mark opens its source, full width.
  await page.getByRole('button', { name: 'Reset zoom' }).click();
  await timelineMark(page, 'us-pledge-2bn-usai').tap();
  const panel = page.getByRole('complementary', { name: 'The source' });
  await expect(panel).toBeVisible();
  const box = (await panel.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(391);
  await expect(panel.locator('mark.excerpt-in-article').first()).toBeInViewport();
  await panel.getByRole('button', { name: /Close the source/ }).tap();
  await expect(panel).toBeHidden();
});

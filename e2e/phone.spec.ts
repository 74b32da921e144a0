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
  // It opens at the record's facts; one link takes the reader down to the sentence.
  await expect(panel.getByText('Record us-pledge-2bn-usai')).toBeInViewport();
  await panel.getByRole('button', { name: 'Go to the sentence in the article' }).tap();
  await expect(panel.locator('mark.excerpt-in-article').first()).toBeInViewport();
  await panel.getByRole('button', { name: /Close the source/ }).tap();
  await expect(panel).toBeHidden();
});

test('the first screen: the filters fold into one button, and the timeline starts on it', async ({
  page,
}) => {
  await page.goto('/');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toBeVisible();
  // The timeline's card starts on the 844 px first screen (the time window's controls start
  // folded on a phone). Issue 15 asks for its plot there too: not yet (see the note).
  expect((await timeline.boundingBox())!.y).toBeLessThan(844);

  const toggle = page.getByRole('button', { name: 'Filters', exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('toolbar', { name: 'Donors' })).toBeHidden();
  await toggle.tap();
  await page.getByRole('toolbar', { name: 'Donors' }).getByRole('button').first().tap();
  await page.getByRole('checkbox', { name: /Show deployments/ }).tap();
  const open = page.getByRole('button', { name: 'Filters (2 active)' });
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  await open.tap();
  await expect(page.getByRole('toolbar', { name: 'Donors' })).toBeHidden();

  // The summary bar scrolls away with the page: it never lies over the timeline.
  await timeline.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 200));
  const bar = (await page.locator('.in-view').boundingBox())!;
  const card = (await timeline.boundingBox())!;
  expect(bar.y + bar.height <= card.y || bar.y >= card.y + card.height).toBe(true);
});

test('nothing is clipped or overlaps, at every width from 320 px', async ({ page }) => {
  for (const width of [320, 360, 390, 430, 600]) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('/');
    await expect(page.getByRole('group', { name: /^Timeline of/ })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
    // The furniture: each box inside the screen, and the boxes one above another, never over.
    const boxes = await page
      .locator(
        '.masthead h1, .settings, .lede, .data-loader, .holds, .in-view, .filters, .view-tabs',
      )
      .evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        }),
      );
    expect(boxes).toHaveLength(8);
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(width);
    }
    for (let i = 2; i < boxes.length; i++)
      expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom - 0.5);
    // Every word of the stats is whole: no line is wider than its box.
    for (const overflow of await page
      .locator('.stats dt, .stats dd, .data-status, .in-view')
      .evaluateAll((els) => els.map((e) => e.scrollWidth - e.clientWidth)))
      expect(overflow).toBeLessThanOrEqual(0);
  }
});

test('the sources view: each bullet beside the first line of its record', async ({ page }) => {
  await page.goto('/?view=sources');
  const items = page.locator('.source-records li');
  await expect(items.first()).toBeVisible();
  // The bullet sits on the line box's baseline; a wrapped link aligned at the top keeps that
  // baseline on its first line (at the default, an inline block's baseline is its last line).
  const firstLines = await items.evaluateAll((lis) =>
    lis.map((li) => {
      const link = li.querySelector('button')!;
      const lines = link.getClientRects().length;
      const probe = document.createElement('span');
      probe.textContent = '\u2060';
      li.insertBefore(probe, link);
      const offset = probe.getBoundingClientRect().top - link.getBoundingClientRect().top;
      probe.remove();
      return { lines, offset };
    }),
  );
  expect(firstLines.some((l) => l.lines > 0)).toBe(true);
  for (const { offset } of firstLines) expect(Math.abs(offset)).toBeLessThan(6);
});

test('the source panel is the only thing that scrolls, and the page behind stays put', async ({
  page,
}) => {
  await page.goto('/?record=tr-delivery-bayraktar-tb2');
  const panel = page.getByRole('complementary', { name: 'The source' });
  await expect(panel).toBeVisible();
  const article = panel.getByLabel('Full article text');
  // The article is not a scrolling box inside the scrolling panel.
  expect(await article.evaluate((e) => e.scrollHeight - e.clientHeight)).toBeLessThanOrEqual(1);
  expect(await panel.evaluate((e) => e.scrollTop)).toBe(0);
  await expect(panel.getByText('12 Bayraktar TB2 drones')).toBeInViewport();
  const before = await page.evaluate(() => window.scrollY);
  await panel.getByRole('button', { name: 'Go to the sentence in the article' }).tap();
  await expect(panel.locator('mark.excerpt-in-article')).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
  // The panel's head stays on top of the article scrolled under it.
  const head = (await panel.getByRole('heading', { name: 'The source' }).boundingBox())!;
  const onTop = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.panel-head') !== null,
    [head.x + head.width + 20, head.y + head.height / 2],
  );
  expect(onTop).toBe(true);
});

import { devices } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectMarksDrawn, timelineMark } from './timeline-marks';

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

  // Every chart and control fits the width, folded away or opened.
  const rights = () =>
    page
      .locator('.card, .in-view, svg')
      .evaluateAll((els) =>
        els.filter((e) => e.checkVisibility()).map((e) => e.getBoundingClientRect().right),
      );
  for (const right of await rights()) expect(right).toBeLessThanOrEqual(390);
  await page.getByText('Presets, dates and axis').tap();
  await expect(page.getByRole('img', { name: /^Overview/ })).toBeVisible();
  await page.getByText('How to read the timeline').tap();
  await expect(page.getByRole('list', { name: 'Legend' })).toBeVisible();
  for (const right of await rights()) expect(right).toBeLessThanOrEqual(390);

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

test('the first screen: the filters fold into one button, and the timeline’s plot is on it', async ({
  page,
}) => {
  // Issue 15, point 6: the plot itself, not only its card's top, is on the 844 px first screen,
  // in both languages: at least 120 px of it, with the first lane's mark (the time window and
  // the timeline's help and legend start folded on a phone).
  for (const [language, name] of [
    ['nl', 'Tijdlijn'],
    ['en', 'Timeline'],
  ] as const) {
    await page.goto(`/?lang=${language}`);
    await expectMarksDrawn(page);
    const canvas = (await page.locator('canvas.timeline-canvas').boundingBox())!;
    expect(canvas.y + 120).toBeLessThanOrEqual(844);
    const first = await page
      .locator('canvas.timeline-canvas')
      .evaluate(
        (element) =>
          (element as unknown as { markCentre(id: string): { y: number } | null }).markCentre(
            'tr-delivery-bayraktar-tb2',
          )!.y,
      );
    expect(first).toBeLessThan(844 - 12);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page.getByRole('region', { name })).toBeVisible();
  }
  const timeline = page.getByRole('region', { name: 'Timeline' });
  // How to read it is one line below the plot, folded; opened, it holds the help and legend.
  const howTo = timeline.getByText('How to read the timeline');
  await expect(timeline.getByRole('list', { name: 'Legend' })).toBeHidden();
  expect((await howTo.boundingBox())!.y).toBeGreaterThan(
    (await page.locator('canvas.timeline-canvas').boundingBox())!.y,
  );
  await howTo.tap();
  await expect(timeline.getByRole('list', { name: 'Legend' })).toBeVisible();
  await expect(timeline.getByText(/^Scroll or pinch to zoom/)).toBeVisible();

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
        '.masthead h1, .settings, .lede, .data-loader, .in-view, .filters, .view-tabs, .time-window',
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
    // The timeline's controls: each inside the card, none over another.
    const controls = await page
      .locator(
        '.timeline-header h2, .timeline-header [role="radiogroup"], .timeline-header [role="group"]',
      )
      .evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        }),
      );
    expect(controls).toHaveLength(4);
    for (const [i, a] of controls.entries()) {
      expect(a.right).toBeLessThanOrEqual(width);
      for (const b of controls.slice(i + 1))
        expect(
          a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top,
        ).toBe(true);
    }
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

test('the tooltip is a sheet along the screen’s edge, never over the mark it describes', async ({
  page,
}) => {
  await page.goto('/');
  await expectMarksDrawn(page);
  // The keyboard's focus on the first mark (a phone with a keyboard, or a screen reader).
  const focusable = page
    .locator('[role="group"][aria-label^="Timeline of"] [tabindex="0"]')
    .first();
  await focusable.focus();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  const sheet = (await tooltip.boundingBox())!;
  expect(sheet.x).toBe(0);
  expect(sheet.width).toBe(390);
  expect(sheet.y === 0 || Math.abs(sheet.y + sheet.height - 844) < 1).toBe(true);
  const mark = (await focusable.boundingBox())!;
  const centre = mark.y + mark.height / 2;
  expect(centre < sheet.y || centre > sheet.y + sheet.height).toBe(true);
});

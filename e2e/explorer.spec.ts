import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { markPoint, timelineMark } from './timeline-marks';

const timeline = (page: Page) => page.getByRole('group', { name: /^Timeline of/ });
/** The timeline's mark, or the bar chart's segment, that has the keyboard focus. */
const focusedMark = (page: Page) => timeline(page).locator('[role="img"]:focus');
const focusedSegment = (page: Page) =>
  page.getByRole('group', { name: /^Aid by donor/ }).locator('[role="img"]:focus');
const barChart = (page: Page) => page.getByRole('group', { name: /^Aid by donor/ });
const summary = (page: Page) => page.getByTestId('summary-line');
/** The timeline says how many announcements it draws, and how many of them it draws faint. */
const drawn = (page: Page, n: number) =>
  expect(timeline(page)).toHaveAttribute(
    'aria-label',
    new RegExp(`^Timeline of ${n} announcements`),
  );
const faint = (page: Page) =>
  timeline(page).locator('canvas').getAttribute('data-dimmed').then(Number);

async function expectInsideViewport(page: Page, locator: Locator) {
  const box = (await locator.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(timeline(page)).toBeVisible();
});

test('hovering a mark shows its source: the Dutch excerpt with the figure, and the translation', async ({
  page,
}) => {
  await timelineMark(page, 'us-approval-350m').hover();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip.locator('mark', { hasText: '350 miljoen dollar' })).toBeVisible();
  await expect(tooltip).toContainText('keurde de Amerikaanse president Joe Biden voor');
  await expect(tooltip).toContainText('US President Joe Biden approved 350 million dollars');
  await expect(tooltip).toContainText('26 Feb 2022 (day precision');
  await expectInsideViewport(page, tooltip);

  // A mark at the right edge still gets a tooltip inside the viewport.
  await timelineMark(page, 'us-pledge-2bn-usai').hover();
  await expect(tooltip).toContainText('$ 2 miljard');
  await expectInsideViewport(page, tooltip);

  // So does a bar segment.
  await barChart(page)
    .getByRole('img', { name: /Committed: United States, pledge, 24 Feb 2023/ })
    .hover();
  await expect(tooltip).toContainText('$ 2 miljard');
  await expectInsideViewport(page, tooltip);
});

test('clicking a mark pins it: the facts, the article in full, the excerpt highlighted and one link away; Escape closes', async ({
  page,
}) => {
  await timelineMark(page, 'us-delivery-90-tonnes').click();
  const panel = page.getByRole('complementary', { name: 'The source' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Record us-delivery-90-tonnes');
  await expect(panel).toContainText('inferred from ‘Vrijdag’');
  const highlight = panel.locator('mark.excerpt-in-article');
  await expect(highlight).toHaveText(/^De Verenigde Staten stuurden vrijdag een vrachtvliegtuig/);
  // The panel opens at the facts; the link below them brings the sentence into view.
  await expect(panel.getByText('Record us-delivery-90-tonnes')).toBeInViewport();
  await panel.getByRole('button', { name: 'Go to the sentence in the article' }).click();
  await expect(highlight).toBeInViewport();
  await expect(panel.getByLabel('Full article text')).toBeFocused();
  await expect(panel.getByLabel('Full article text')).toContainText(
    'Groot-Brittannië leverde afgelopen week',
  );
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
});

test('a donor filter updates the timeline, the bar chart and the summary together', async ({
  page,
}) => {
  const allMarks = Number(
    /Timeline of (\d+)/.exec((await timeline(page).getAttribute('aria-label'))!)![1],
  );
  await page.getByRole('button', { name: 'Germany', exact: true }).click();
  await drawn(page, 2);
  await timelineMark(page, 'de-refusal-weapons').toBeDrawn();
  expect(allMarks).toBeGreaterThan(2);
  // Germany prints no sum: no bar and no axis from $0 to $1, but words, and its name once.
  await expect(barChart(page)).toHaveCount(0);
  await expect(page.getByText(/^No announcement in view prints a sum/)).toBeVisible();
  await expect(page.getByTestId('bar-absent')).toHaveText('No sum printed for Germany.');
  await expect(summary(page)).toHaveText(
    '1 Jan 2019 – 24 Feb 2023: 2 announcements; no sums printed',
  );

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await drawn(page, allMarks);

  // Clicking a bar filters to its donor; hovering one highlights that donor's marks.
  await page.getByRole('radio', { name: 'Announcements' }).click();
  await barChart(page).getByRole('button', { name: 'Filter to United Kingdom' }).hover();
  // The other donors' marks are drawn faint: all but the United Kingdom's three.
  await expect.poll(() => faint(page)).toBe(allMarks - 3);
  await barChart(page).getByRole('button', { name: 'Filter to United Kingdom' }).click();
  await expect(page.getByRole('button', { name: 'United Kingdom', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(summary(page)).toHaveText(
    '1 Jan 2019 – 24 Feb 2023: 3 announcements; no sums printed',
  );
});

test('zooming the timeline changes the time window, and with it the bar chart and the summary', async ({
  page,
}) => {
  const whole = await summary(page).textContent();
  const firstTick = timeline(page).locator('.chart-axis text').first();
  const before = await firstTick.textContent();

  // Zoom in with the button (around the middle of the span).
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(summary(page)).not.toHaveText(whole!);
  await expect(firstTick).not.toHaveText(before!);

  // Reset brings the whole span back.
  await page.getByRole('button', { name: 'Reset zoom' }).click();
  await expect(summary(page)).toHaveText(whole!);

  // Wheel over February 2023: only that cluster stays in view.
  await markPoint(page, 'us-pledge-500m-kyiv');
  const a = (await markPoint(page, 'us-pledge-500m-kyiv'))!;
  const b = (await markPoint(page, 'us-pledge-2bn-usai'))!;
  await page.mouse.move((a.x + b.x) / 2, a.y);
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -300);
  // Only the February 2023 cluster is left: the bar chart follows.
  // The line gives the window's own dates (on the squeezed axis the window may reach back into
  // the quiet months before), not the span of the records in it.
  await expect(summary(page)).toHaveText(
    /^\d+ \w+ 202[23] – \d+ \w+ 2023: [23] announcements; \$[\d.]+[MB] committed, all by one donor \(United States\)$/,
  );
  await expect(barChart(page).getByRole('button', { name: /^Filter to/ })).toHaveCount(1);

  // Dragging pans back towards 2022.
  const plot = (await timeline(page).locator('.plot').boundingBox())!;
  await page.mouse.move(plot.x + 100, plot.y + 40);
  await page.mouse.down();
  await page.mouse.move(plot.x + plot.width - 10, plot.y + 40, { steps: 10 });
  await page.mouse.up();
  await expect(summary(page)).not.toHaveText(/: 3 announcements; \$2\.5B/);
});

test('the keyboard path: tab into each chart, arrows between marks, Enter pins, Escape returns', async ({
  page,
}) => {
  // Tab from the last zoom button (Reset is disabled, so skipped) into the timeline.
  await page.getByRole('button', { name: 'Zoom out' }).focus();
  await page.keyboard.press('Tab');
  const first = focusedMark(page);
  await expect(first).toHaveCount(1);
  await expect(page.getByRole('tooltip')).toBeVisible();
  const ring = await first.locator('.focus-ring').evaluate((el) => getComputedStyle(el).stroke);
  expect(ring).not.toBe('none');

  const firstId = await first.getAttribute('data-record-id');
  await page.keyboard.press('ArrowDown');
  const second = focusedMark(page);
  await expect(second).not.toHaveAttribute('data-record-id', firstId!);
  await page.keyboard.press('ArrowRight');
  const third = await focusedMark(page).getAttribute('data-record-id');
  expect(third).toBeTruthy();
  await expect(page.getByRole('tooltip')).toContainText(/Donor|Donors/);

  // + zooms from the keyboard and 0 resets.
  const whole = await summary(page).textContent();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect(summary(page)).not.toHaveText(whole!);
  await page.keyboard.press('0');
  await expect(summary(page)).toHaveText(whole!);

  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: 'The source' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(`Record ${third}`);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(focusedMark(page)).toHaveAttribute('data-record-id', third!);

  // Tab on through the bar chart's controls into its segments.
  const segment = focusedSegment(page);
  for (let i = 0; i < 30 && (await segment.count()) === 0; i++) await page.keyboard.press('Tab');
  await expect(segment).toHaveCount(1);
  await expect(page.getByRole('tooltip')).toBeVisible();
  const label = await segment.getAttribute('aria-label');
  await page.keyboard.press('ArrowRight');
  await expect(focusedSegment(page)).not.toHaveAttribute('aria-label', label!);
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
});

test('the screen reader gets labelled marks and a text alternative', async ({ page }) => {
  await expect(timeline(page)).toHaveAttribute('aria-describedby', 'timeline-help');
  const labels = await timeline(page)
    .getByRole('img')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  expect(labels.every((l) => l && l.length > 20)).toBe(true);
  await expect(page.getByTestId('summary-line')).toHaveAttribute('aria-live', 'polite');
});

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Issue 15, point 4: the per-donor table beside the comparison on a wide screen, below it on a
// phone; the bars' buttons carry the label they show; no tick label runs into the next.

const bars = (page: Page, name = 'Aid by donor') => page.getByRole('region', { name, exact: true });
const table = (page: Page) => page.locator('.donor-table-card');

/** The axis labels' boxes, left to right. */
const tickBoxes = (page: Page) =>
  page.locator('.chart-card .chart-axis text').evaluateAll((texts) =>
    texts
      .filter((t) => t.closest('section[aria-labelledby="bars-title"]'))
      .map((t) => t.getBoundingClientRect())
      .map((r) => ({ left: r.left, right: r.right })),
  );

for (const language of ['en', 'nl'] as const)
  test(`at 1440 px the per-donor table stands beside the comparison (${language})`, async ({
    page,
  }) => {
    await page.goto(`/?lang=${language}`);
    const chart = (await bars(
      page,
      language === 'en' ? 'Aid by donor' : 'Steun per donor',
    ).boundingBox())!;
    const beside = (await table(page).boundingBox())!;
    expect(Math.abs(beside.y - chart.y)).toBeLessThan(2);
    expect(beside.x).toBeGreaterThanOrEqual(chart.x + chart.width);
    expect(beside.x + beside.width).toBeLessThanOrEqual(1440);
    // The table fits its half: no sideways scrolling inside it.
    const scroll = table(page).locator('.table-scroll');
    expect(await scroll.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(1);
    // The bars keep their full names beside it, and the axis labels never touch.
    await expect(
      bars(page, language === 'en' ? 'Aid by donor' : 'Steun per donor').getByRole('button', {
        name: language === 'en' ? 'Filter to United States' : 'Filter op Verenigde Staten',
      }),
    ).toHaveText(language === 'en' ? 'United States' : 'Verenigde Staten');
    const ticks = await tickBoxes(page);
    expect(ticks.length).toBeGreaterThan(1);
    for (let i = 1; i < ticks.length; i++)
      expect(ticks[i]!.left).toBeGreaterThan(ticks[i - 1]!.right);
  });

test('on a phone the table comes below the comparison, and a bar’s name holds its label', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?metric=count');
  const chart = (await bars(page).boundingBox())!;
  const below = (await table(page).boundingBox())!;
  expect(below.y).toBeGreaterThanOrEqual(chart.y + chart.height);
  // The label shown is "US"; the name starts with it (WCAG 2.5.3, label in name).
  const us = bars(page).getByRole('button', { name: 'US: filter to United States' });
  await expect(us).toHaveText('US');
  // Each donor's name in the table wraps in its cell, never over the next one.
  for (const row of await table(page).locator('tbody tr').all()) {
    const head = (await row.locator('th').boundingBox())!;
    const next = (await row.locator('td').first().boundingBox())!;
    expect(head.x + head.width).toBeLessThanOrEqual(next.x + 0.5);
    const text = await row.locator('th').evaluate((th) => th.scrollWidth - th.clientWidth);
    expect(text).toBeLessThanOrEqual(0);
  }
});

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The search in the built app: the count, the marks and the dimming in every view, the
// address, a reload, the "/" key, and Dutch.

const summary = (page: Page) => page.getByTestId('summary-line');
const searchBox = (page: Page) => page.getByRole('searchbox', { name: /^(Search|Zoeken)$/ });

test('a search marks what it finds and dims the rest, in the table and the comparison; the address keeps it', async ({
  page,
}) => {
  await page.goto('/');
  await searchBox(page).fill('17.000 antitankwapens');
  // The sentence with the figure is cited by two records: the delivery and the support it reports.
  await expect(summary(page)).toContainText(/· 2 of \d+ match “17\.000 antitankwapens”$/);
  await expect(page).toHaveURL(/[?&]q=17\.000\+antitankwapens/);

  // The comparison: the found record's segment stands out, the others step back.
  await page.getByRole('radio', { name: 'Announcements' }).click();
  const bars = page.getByRole('group', { name: /^Aid by donor/ });
  await expect(bars.locator('.bar-segment:not(.dimmed)')).toHaveCount(2);
  expect(await bars.locator('.bar-segment.dimmed').count()).toBeGreaterThan(10);

  // The table: the found row marked, the words marked in it, the other rows still there.
  await page.getByRole('tab', { name: 'Table' }).click();
  const table = page.getByRole('table', { name: /announcements in view/ });
  const hit = table.locator('tr.search-hit');
  await expect(hit).toHaveCount(2);
  await expect(hit.getByRole('rowheader')).toContainText(['us-nato-anti-tank-17000']);
  await expect(hit.locator('mark.search-match', { hasText: '17.000' }).first()).toBeVisible();
  expect(await table.locator('tr.search-dimmed').count()).toBeGreaterThan(10);

  await expect(page).toHaveURL(/view=table/);
  // A reload keeps the search, and the same number however it is written finds the same.
  await page.reload();
  await expect(searchBox(page)).toHaveValue('17.000 antitankwapens');
  await expect(summary(page)).toContainText('2 of');
  for (const figure of ['17,000', '17000']) {
    await searchBox(page).fill(figure);
    await expect(page.locator('tr.search-hit th')).toContainText([
      'us-nato-anti-tank-17000',
      'us-intelligence-cyber-support',
    ]);
  }
});

test('accents do not count, and an empty result says so with a way to clear', async ({ page }) => {
  await page.goto('/?view=sources');
  await searchBox(page).fill('Oekraine grensregio');
  await expect(summary(page)).toContainText(/· 1 of \d+ match/);
  // The record found is listed first under its article, marked; the article's words marked.
  await expect(page.locator('.source-records li.search-hit')).toHaveCount(1);
  for (const details of await page.locator('details.source-text').all()) await details.click();
  await expect(page.locator('mark.search-match', { hasText: 'Oekraïne' }).first()).toBeVisible();
  await expect(page.locator('mark.search-match', { hasText: 'grensregio' })).toHaveCount(1);

  await searchBox(page).fill('xylofoon');
  await expect(summary(page)).toContainText(/none of the \d+ in view match “xylofoon”/);
  await page.getByRole('button', { name: 'Clear the search' }).click();
  await expect(searchBox(page)).toHaveValue('');
  await expect(summary(page)).not.toContainText('match');
  await expect(page).not.toHaveURL(/q=/);
});

test('"/" focuses the search, except while typing in a field', async ({ page }) => {
  await page.goto('/');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('Javelin/2019');
  // Inside the box "/" is typed, not caught.
  await expect(searchBox(page)).toHaveValue('Javelin/2019');
});

test('the Dutch interface searches in Dutch: the box, the count, the excerpt marks', async ({
  page,
}) => {
  await page.goto('/?lang=nl&q=Javelin');
  await expect(page.getByRole('searchbox', { name: 'Zoeken' })).toHaveValue('Javelin');
  await expect(summary(page)).toContainText(/· \d+ van \d+ passen bij “Javelin”$/);
  await expect(page.getByRole('button', { name: 'Zoekopdracht wissen' })).toBeVisible();
});

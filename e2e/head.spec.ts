import { expect, test } from './fixtures';

// Issue 15, point 13: what a search engine and a phone's browser read before the app runs.

test('the page names itself: language, title, description, theme colour, viewport', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Military aid to Ukraine');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    /military aid to Ukraine/,
  );
  await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);
  await expect(page.locator('meta[name="viewport"]')).toHaveAttribute(
    'content',
    'width=device-width, initial-scale=1',
  );
  await page.goto('/?lang=nl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

test('robots.txt is a robots file, not the page', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
  const text = await response.text();
  expect(text).toMatch(/^User-agent: \*$/m);
  expect(text).not.toContain('<html');
});

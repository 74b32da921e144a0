import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

// Issue 15, point 8: the panel opens at the record's facts; the sentence is in view inside the
// article's box; the page behind does not move; the page furniture is dimmed, kept as is.

test('the panel opens at the facts, the sentence in view in its box, the page behind still', async ({
  page,
}) => {
  await page.goto('/');
  const mark = page.locator('[data-record-id="tr-delivery-bayraktar-tb2"]');
  await mark.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 150));
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(0);
  await mark.click();
  const panel = page.getByRole('complementary', { name: 'The source' });
  await expect(panel).toBeVisible();
  await expect(panel.getByText('12 Bayraktar TB2 drones')).toBeInViewport();
  expect(await panel.evaluate((e) => e.scrollTop)).toBe(0);
  expect(await page.evaluate(() => window.scrollY)).toBe(before);

  // The article's box has scrolled to the sentence: it shows inside the box, on the screen.
  const article = panel.getByLabel('Full article text');
  const sentence = panel.locator('mark.excerpt-in-article');
  await expect(sentence).toBeInViewport();
  const box = (await article.boundingBox())!;
  const line = (await sentence.boundingBox())!;
  expect(line.y).toBeGreaterThanOrEqual(box.y);
  expect(line.y + line.height).toBeLessThanOrEqual(box.y + box.height);
  expect(await article.evaluate((e) => e.scrollTop)).toBeGreaterThan(0);
});

test('the page furniture is dimmed and labelled, and the text stays byte for byte', async ({
  page,
}) => {
  await page.goto('/?record=tr-delivery-bayraktar-tb2');
  const panel = page.getByRole('complementary', { name: 'The source' });
  const furniture = panel.locator('.furniture');
  await expect(furniture).toHaveCount(7);
  await expect(furniture.first()).toHaveText('Tekst loopt verder onder de tweet.');
  await expect(furniture.nth(1)).toHaveText(/^Onze excuses Helaas kunnen wij/);
  await expect(furniture.nth(3)).toHaveText(/^Volledig scherm .* © AP$/);
  await expect(furniture.first()).toHaveAttribute('title', 'not part of the report');
  const label = await furniture.first().evaluate((e) => getComputedStyle(e, '::before').content);
  expect(label).toBe('"not part of the report"');
  const colours = await panel.evaluate((p) => {
    const body = p.querySelector('.article-text')!;
    return [getComputedStyle(body).color, getComputedStyle(p.querySelector('.furniture')!).color];
  });
  expect(colours[1]).not.toBe(colours[0]);

  // The article as shown is the file, but its first line (the month, in the heading).
  const file = readFileSync('data/sources/002_952f6740a75a0066.txt', 'utf8');
  const shown = await panel.getByLabel('Full article text').textContent();
  expect(shown).toBe(file.replace(/^\s*date \d{4}-\d{2}\s*/, ''));

  // In Dutch, the label is Dutch.
  await page.goto('/?record=tr-delivery-bayraktar-tb2&lang=nl');
  await expect(page.locator('.source-panel .furniture').first()).toHaveAttribute(
    'title',
    'geen deel van het bericht',
  );
});

import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The workbench on a phone, by touch; and the whole path by keyboard alone.

const ARTICLE = [
  ' date 2022-03 Steun uit Berlijn',
  '',
  'Duitsland beloofde vorige week 350 miljoen euro aan militaire steun voor Oekraïne.',
  'Het weer was slecht.',
].join('\n');
const SENTENCE = /^Duitsland beloofde vorige week/;

/** Presses Tab until `target` has the focus: it can be reached by keyboard alone. */
async function tabTo(page: Page, target: Locator, most = 150) {
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reached by Tab: ${target.toString()}`);
}

test.describe('on a phone (390 × 844, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a curator adds an article, picks a candidate, fills the form and saves the record', async ({
    page,
  }) => {
    await page.goto('/?view=curate');
    const add = page.locator('form', {
      has: page.getByRole('heading', { name: 'Add an article' }),
    });
    await add.getByLabel(/Article text/).fill(ARTICLE);
    await add.getByLabel(/Published/).fill('2022-03');
    await add.getByLabel(/Summary/).fill('Germany pledges 350 million euros.');
    await add.getByRole('button', { name: 'Add the article' }).tap();

    // The article comes next, not an empty form: the form to add another is folded.
    await expect(page.getByText('Add another article')).toBeVisible();
    await expect(add.getByLabel(/Article text/)).toBeHidden();
    const candidate = page.getByRole('button', { name: SENTENCE });
    await candidate.scrollIntoViewIfNeeded();
    await candidate.tap();

    const form = page.getByRole('form', { name: /^Record / });
    await expect(form.getByLabel(/^Donors/)).toHaveValue('DE');
    await expect(form.getByLabel('Value in units')).toHaveValue('350000000');
    await expect(form.getByLabel('Currency')).toHaveValue('EUR');
    await form.getByLabel('Kind').selectOption('pledge');
    await form.getByLabel('Translation (English)').fill('Germany pledged 350 million euros.');
    await expect(form.getByText('No problems: the record passes the validator.')).toBeVisible();

    // Nothing of the form reaches past the screen's edge.
    for (const field of [form.getByLabel('Translation (English)'), form.getByLabel('Note')]) {
      const box = (await field.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );

    const accept = form.getByRole('button', { name: 'Accept the record' });
    await accept.scrollIntoViewIfNeeded();
    await accept.tap();
    await expect(page.getByRole('heading', { name: '1 new record' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'What the export adds or changes' })).toContainText(
      'Added de-pledge-350000000',
    );
  });
});

test('by keyboard alone: add an article, open a candidate, write and accept the record, undo, export', async ({
  page,
}) => {
  await page.goto('/?view=curate');
  const add = page.locator('form', { has: page.getByRole('heading', { name: 'Add an article' }) });
  await tabTo(page, add.getByLabel(/Article text/));
  await page.keyboard.insertText(ARTICLE);
  await tabTo(page, add.getByLabel(/Published/));
  await page.keyboard.type('2022-03');
  await tabTo(page, add.getByLabel(/Summary/));
  await page.keyboard.type('Germany pledges 350 million euros.');
  await tabTo(page, add.getByRole('button', { name: 'Add the article' }));
  await page.keyboard.press('Enter');

  await tabTo(page, page.getByRole('button', { name: SENTENCE }));
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: /^Record / });
  await tabTo(page, form.getByLabel('Translation (English)'));
  await page.keyboard.type('Germany pledged 350 million euros.');
  const accept = form.getByRole('button', { name: 'Accept the record' });
  await expect(accept).toBeEnabled();
  await tabTo(page, accept);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '1 new record' })).toBeVisible();

  // Undo and redo from the keyboard.
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('heading', { name: '1 new record' })).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('heading', { name: '1 new record' })).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Export announcements.json' }));
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toBe('announcements.json');
});

import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// A short article of March 2022 (the date line first, as the shipped texts have it).
const ARTICLE = [
  ' date 2022-03 Steun uit Berlijn',
  '',
  'Duitsland beloofde vorige week 350 miljoen euro aan militaire steun voor Oekraïne.',
  'Het weer was slecht.',
].join('\n');

async function addArticle(page: Page) {
  await page.goto('/?view=curate');
  await expect(page.getByRole('heading', { name: 'Curation workbench' })).toBeVisible();
  await expect(page.getByText('Your work is saved in this browser as you go.')).toBeVisible();
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'Add an article' }) });
  await form.getByLabel(/Article text/).fill(ARTICLE);
  await form.getByLabel(/Published/).fill('2022-03');
  await form.getByLabel(/Outlet/).fill('Test Courant');
  await form.getByLabel(/Summary/).fill('Germany pledges 350 million euros.');
  await expect(form.getByLabel(/Article id/)).toHaveValue('005_test-courant-2022-03');
  await form.getByRole('button', { name: 'Add the article' }).click();
  await expect(
    page.getByRole('document', { name: /Text of 005_test-courant-2022-03/ }),
  ).toBeVisible();
}

/** Selects a phrase of the article by keyboard, in the plain copy of the text. */
async function selectSpan(page: Page, phrase: string) {
  await page.getByText('Select a span by keyboard').click();
  const plain = page.getByLabel(/select with Shift/);
  await plain.focus();
  const start = ARTICLE.indexOf(phrase);
  await plain.evaluate(
    (el: HTMLTextAreaElement, [a, b]) => el.setSelectionRange(a!, b!),
    [start, start + phrase.length - 1],
  );
  // The last character by keyboard, as a curator extends a selection.
  await page.keyboard.press('Shift+ArrowRight');
}

async function download(page: Page, button: Locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

test('a curator adds an article, writes a checked record, reloads, and exports a valid dataset', async ({
  page,
}) => {
  await addArticle(page);
  // The candidate sentence is marked, with what was recognised in it.
  const candidate = page.getByRole('button', { name: /^Duitsland beloofde/ });
  await expect(candidate).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ has: candidate }).getByRole('list', { name: 'Recognised' }),
  ).toContainText('350 miljoen euro');

  // Any span, selected by keyboard, opens a record prefilled from it.
  await selectSpan(page, 'Duitsland beloofde vorige week 350 miljoen euro');
  await page.getByRole('button', { name: 'New record from this span' }).click();
  const form = page.getByRole('form', { name: /^Record / });
  await expect(form.getByLabel(/^Excerpt/)).toHaveValue(
    'Duitsland beloofde vorige week 350 miljoen euro',
  );
  await expect(form.getByLabel(/^Donors/)).toHaveValue('DE');
  await expect(form.getByLabel('Kind')).toHaveValue('pledge');
  await expect(form.getByLabel('Value in units')).toHaveValue('350000000');
  await expect(form.getByLabel('Currency')).toHaveValue('EUR');

  // A wrong figure is refused at its field, in the validator's words; fixed, the message goes.
  await form.getByLabel('Value in units').fill('360000000');
  await expect(form.getByLabel('Value in units').locator('xpath=ancestor::fieldset')).toContainText(
    '360000000 EUR is not in the excerpt as printed',
  );
  await form.getByLabel('Value in units').fill('350000000');
  await expect(form.getByText('360000000 EUR is not in the excerpt as printed')).toHaveCount(0);
  // The translation is the curator's: the validator asks for it at its field.
  await expect(form.getByLabel('Translation (English)')).toHaveAttribute('aria-invalid', 'true');
  await form
    .getByLabel('Translation (English)')
    .fill('Germany pledged 350 million euros last week');
  await expect(form.getByText('No problems: the record passes the validator.')).toBeVisible();
  await form.getByRole('button', { name: 'Accept the record' }).click();
  await expect(page.getByRole('heading', { name: '1 new record' })).toBeVisible();

  // Nothing is lost on a reload.
  await page.waitForTimeout(600);
  await page.reload();
  await expect(page.getByRole('heading', { name: '1 new record' })).toBeVisible();
  await expect(
    page.getByRole('document', { name: /Text of 005_test-courant-2022-03/ }),
  ).toBeVisible();

  // The explorer shows the working dataset, the new record marked as new.
  await page.getByRole('tab', { name: 'Table' }).click();
  const row = page.getByRole('row', { name: /de-pledge-350000000/ });
  await expect(row).toContainText('new');
  // The status line counts the work with the built-in dataset, not "five articles".
  await expect(page.getByTestId('data-status')).toContainText(
    'Showing the built-in dataset with your curation work: 39 announcements (1 new) from 6 articles.',
  );

  // Export: the merged dataset and the new text, which the project's validator accepts.
  await page.getByRole('tab', { name: 'Curate' }).click();
  const json = await download(
    page,
    page.getByRole('button', { name: 'Export announcements.json' }),
  );
  const txt = await download(
    page,
    page.getByRole('button', { name: 'Download 005_test-courant-2022-03.txt' }),
  );
  expect(json.name).toBe('announcements.json');
  expect(txt.text).toBe(ARTICLE);
  const dir = mkdtempSync(join(tmpdir(), 'workbench-export-'));
  mkdirSync(join(dir, 'sources'));
  cpSync('data/sources', join(dir, 'sources'), { recursive: true });
  writeFileSync(join(dir, 'sources', txt.name), txt.text);
  writeFileSync(join(dir, 'announcements.json'), json.text);
  const out = execFileSync(
    'npx',
    ['tsx', 'scripts/validate-data.ts', join(dir, 'announcements.json')],
    {
      encoding: 'utf8',
    },
  );
  expect(out).toMatch(/OK: \d+ records/);
  expect(
    JSON.parse(json.text).announcements.some((r: { id: string }) => r.id === 'de-pledge-350000000'),
  ).toBe(true);
});

test('a span selected with the mouse that repeats a known event is added as its second source', async ({
  page,
}) => {
  const text = [
    ' date 2022-03 Hulp uit Washington',
    '',
    'De Verenigde Staten keurden zaterdag 350 miljoen dollar aan militaire steun goed.',
  ].join('\n');
  await page.goto('/?view=curate');
  const add = page.locator('form', { has: page.getByRole('heading', { name: 'Add an article' }) });
  await add.getByLabel(/Article text/).fill(text);
  await add.getByLabel(/Published/).fill('2022-03');
  await add.getByLabel(/Summary/).fill('The US approves 350 million dollars.');
  await add.getByRole('button', { name: 'Add the article' }).click();

  // Drag across the marked sentence with the mouse.
  const mark = page.locator('mark.workbench-candidate');
  await mark.scrollIntoViewIfNeeded();
  const box = (await mark.boundingBox())!;
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  const selection = page.getByRole('group', { name: 'Selected span' });
  await expect(selection).toContainText('350 miljoen dollar');
  await selection.getByRole('button', { name: 'New record from this span' }).click();

  const form = page.getByRole('form', { name: /^Record / });
  // "keurden … goed" is an approval: the curator corrects the kind.
  await form.getByLabel('Kind').selectOption('approval');
  const duplicates = form.getByRole('region', { name: 'Likely the same event' });
  await expect(duplicates).toContainText('us-approval-350m');
  const addAsSource = duplicates.getByRole('button', {
    name: 'Add as a second source of us-approval-350m',
  });
  await expect(addAsSource).toBeDisabled();
  await form
    .getByLabel('Translation (English)')
    .fill('The United States approved 350 million dollars of military aid on Saturday.');

  // Accessible in both themes, with the form open.
  for (const theme of ['Light', 'Dark']) {
    await page.getByRole('radio', { name: theme }).click();
    const results = await new AxeBuilder({ page })
      .include('.workbench')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((v) => `${theme}: ${v.id}`)).toEqual([]);
  }

  await addAsSource.click();
  await expect(page.getByRole('list', { name: 'What the export adds or changes' })).toContainText(
    'Changed us-approval-350m (2 sources)',
  );
  // The shipped record now cites the new article too.
  await page.getByRole('tab', { name: 'Table' }).click();
  await page.getByRole('button', { name: /us-approval-350m/ }).click();
  await expect(page.getByRole('complementary', { name: 'The source' })).toContainText(
    'The United States approved 350 million dollars',
  );
});

import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import { parseCsv } from '../src/data/csv-parse';
import { unguardCell } from '../src/data/csv-cells';
import type { Dataset } from '../src/data/schema';
import { expect, test } from './fixtures';

// Issue 15, points 9, 10 and 12: the items CSV, citing a source, and a reader's own dataset
// described as itself.

const shipped = JSON.parse(readFileSync('data/announcements.json', 'utf8')) as Dataset;

/** Clicks a download button and returns the downloaded file's name and text. */
async function download(page: Page, button: Locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return {
    name: (file as Download).suggestedFilename(),
    body: readFileSync(await file.path()),
  };
}

/** The CSV read back by the app's own parser, as objects by column name. */
function csvRows(text: string): Array<Record<string, string>> {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.rows.map((row) =>
    Object.fromEntries(parsed.header.map((name, i) => [name, unguardCell(row.cells[i] ?? '')])),
  );
}

/** The leading figure of each item in the table's Items cells ("17,000 Javelin; 2 drones"). */
async function tableQuantities(page: Page): Promise<number> {
  const headers = await page.locator('table.records thead th').allTextContents();
  const index = headers.findIndex((h) => h.replace(/[▲▼↕]/g, '').trim() === 'Items');
  const cells = await page
    .locator(`table.records tbody tr > :nth-child(${index + 1})`)
    .allTextContents();
  let sum = 0;
  for (const cell of cells)
    for (const item of cell.replace(/[\u2066-\u2069]/g, '').split('; ')) {
      const figure = /^(\d[\d,]*)\s/.exec(item.trim());
      if (figure) sum += Number(figure[1]!.replaceAll(',', ''));
    }
  return sum;
}

test('the items CSV has a row per item whose quantities add up to the table’s', async ({
  page,
}) => {
  await page.goto('/?view=table&category=anti-tank,air-defence');
  await expect(page.getByRole('table')).toBeVisible();
  const ids = await page.locator('table.records tbody th[scope="row"]').allTextContents();
  expect(ids.length).toBeGreaterThan(3);

  const file = await download(page, page.getByRole('button', { name: 'Items CSV' }));
  expect(file.name).toMatch(/^ukraine-aid-items-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...file.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = file.body.toString('utf8');
  expect(text).toContain('\r\n');
  const rows = csvRows(text);

  // Every record in view, in the table's order, each item on its own row.
  expect([...new Set(rows.map((r) => r.record_id))]).toEqual(ids);
  const byId = new Map(shipped.announcements.map((r) => [r.id, r]));
  expect(rows).toHaveLength(ids.reduce((n, id) => n + Math.max(1, byId.get(id)!.items.length), 0));
  // Quantities are plain numbers and add up to what the table prints.
  for (const row of rows) expect(row.quantity).toMatch(/^(\d+)?$/);
  const sum = rows.reduce((s, r) => s + Number(r.quantity || 0), 0);
  expect(sum).toBeGreaterThan(0);
  expect(sum).toBe(await tableQuantities(page));
  const javelin = rows.find((r) => r.item_name!.includes('Javelin') && r.quantity !== '');
  expect(javelin).toMatchObject({ category: 'anti-tank', unit: 'pieces' });
  expect(rows.find((r) => r.donor_codes === 'US')!.donor_names).toBe('United States');

  // In Dutch the button and the names are Dutch; the columns and codes stay as they are.
  await page.getByRole('radio', { name: 'Nederlands' }).click();
  const nl = csvRows(
    (await download(page, page.getByRole('button', { name: 'CSV per item' }))).body.toString(
      'utf8',
    ),
  );
  expect(nl.map((r) => r.quantity)).toEqual(rows.map((r) => r.quantity));
  expect(nl.find((r) => r.donor_codes === 'US')!.donor_names).toBe('Verenigde Staten');
});

test('a loaded file is described as itself in the title, the lede and the footer, and back', async ({
  page,
}) => {
  await page.goto('/');
  const lede = page.getByTestId('lede');
  const footer = page.getByTestId('footer');
  await expect(lede).toContainText('five Dutch-language news articles');
  await expect(footer).toContainText('curated by hand from five articles');

  await page.getByLabel('Load your own dataset…').setInputFiles({
    name: 'mine.csv',
    mimeType: 'text/csv',
    buffer: readFileSync('public/sample-announcements.csv'),
  });
  await expect(page.getByTestId('data-status')).toContainText('mine.csv: 4 loaded, 0 rejected');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your dataset: mine.csv');
  await expect(page).toHaveTitle('mine.csv · Military aid to Ukraine');
  await expect(lede).toHaveText(
    'mine.csv, a file you loaded: 4 announcements from 2 articles, 17 Jan 2022 – 31 Mar 2022. No article texts came with it, so its excerpts are unchecked. Hover or focus any mark for its source; click it to read the article.',
  );
  await expect(footer).toContainText('Data: mine.csv, loaded from your computer');
  await expect(lede).not.toContainText('five');

  await page.getByRole('radio', { name: 'Nederlands' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je eigen dataset: mine.csv');
  await expect(lede).toContainText('4 aankondigingen uit 2 artikelen, 17 jan 2022 – 31 mrt 2022');
  await expect(footer).toContainText('Gegevens: mine.csv, geladen van je eigen computer');

  await page.getByRole('button', { name: 'Terug naar de ingebouwde dataset' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Militaire steun aan Oekraïne');
  await expect(lede).toContainText('vijf Nederlandstalige nieuwsartikelen');
  await expect(footer).toContainText('met de hand verzameld uit vijf artikelen');
  await expect(page).toHaveTitle('Militaire steun aan Oekraïne');
});

/** 24 November 2026 at noon, so the "consulted" day of a citation is known. */
const NOON = new Date(2026, 10, 24, 12);

test('Cite copies an article’s citation, says Copied, and a record’s from the source panel', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.setFixedTime(NOON);
  await page.goto('/?view=sources');
  const source = shipped.sources.find((s) => s.id === '000_da9c15313a6af13c')!;
  const article = page.getByRole('article', { name: new RegExp(source.id) });
  await expect(article.getByRole('heading', { level: 3 })).toHaveText(source.summary);
  await expect(article).toContainText('Published: Mar 2022 · Dutch ·');
  await article.getByRole('button', { name: `Cite this article: ${source.summary}` }).click();
  await expect(article.getByRole('status')).toHaveText('Copied');
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  expect(await clipboard()).toBe(
    `“${source.summary}” (news article in Dutch, March 2022); outlet and author not named. In: Military aid to Ukraine, ${baseURL}/?view=sources, consulted 24 November 2026.`,
  );

  // A record: its id and its own address, with every article it comes from.
  await page.goto('/?record=us-approval-350m');
  const panel = page.getByRole('complementary', { name: 'The source' });
  await panel.getByRole('button', { name: 'Cite this record' }).click();
  await expect(panel.getByRole('status')).toHaveText('Copied');
  expect(await clipboard()).toBe(
    `Record us-approval-350m, from “${source.summary}” (news article in Dutch, March 2022); outlet and author not named. In: Military aid to Ukraine, ${baseURL}/?record=us-approval-350m, consulted 24 November 2026.`,
  );

  // In Dutch, with the Dutch summary.
  await page.goto('/?record=us-approval-350m&lang=nl');
  const paneel = page.getByRole('complementary', { name: 'De bron' });
  await paneel.getByRole('button', { name: 'Citeer dit record' }).click();
  await expect(paneel.getByRole('status')).toHaveText('Gekopieerd');
  expect(await clipboard()).toMatch(
    /^Record us-approval-350m, uit “[^”]+” \(nieuwsartikel in het Nederlands, maart 2022\); medium en auteur niet genoemd\. In: Militaire steun aan Oekraïne, .*record=us-approval-350m.*, geraadpleegd op 24 november 2026\.$/,
  );
});

test('where the clipboard is refused, the citation is shown selected in a read-only field', async ({
  page,
  baseURL,
}) => {
  await page.clock.setFixedTime(NOON);
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await page.goto('/?view=sources');
  const source = shipped.sources.find((s) => s.id === '000_da9c15313a6af13c')!;
  const article = page.getByRole('article', { name: new RegExp(source.id) });
  await article.getByRole('button', { name: /^Cite this article/ }).click();
  const field = article.getByRole('textbox', { name: /The clipboard was refused/ });
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('readonly', '');
  const expected = `“${source.summary}” (news article in Dutch, March 2022); outlet and author not named. In: Military aid to Ukraine, ${baseURL}/?view=sources, consulted 24 November 2026.`;
  await expect(field).toHaveValue(expected);
  // Selected whole, ready for Ctrl+C.
  expect(
    await field.evaluate((el: HTMLTextAreaElement) =>
      el.value.slice(el.selectionStart, el.selectionEnd),
    ),
  ).toBe(expected);
  await expect(article.getByRole('status')).toHaveText('');
});

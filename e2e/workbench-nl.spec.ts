import type { Page } from '@playwright/test';
import { en } from '../src/i18n/messages';
import { nl } from '../src/i18n/messages-nl';
import { expect, test } from './fixtures';

// The workbench in Dutch: its own words, the likely duplicate's reason and the exchange rate it
// asks for are Dutch; only data (the validator's messages and the recogniser's notes, marked
// lang="en"; excerpts; ids) is left as it is.

const ARTICLE = [
  ' date 2022-03 Steun uit Berlijn en Washington',
  '',
  'Duitsland beloofde op 15 februari 350 miljoen euro aan militaire steun voor Oekraïne.',
  'De Verenigde Staten keurden op 26 februari 350 miljoen dollar aan militaire hulp goed.',
].join('\n');

/** The workbench's fixed English strings that Dutch words differently. */
function englishOnly(a: unknown, b: unknown, out: string[] = []): string[] {
  if (typeof a === 'string') {
    if (a !== b && /[a-z]{3}/i.test(a)) out.push(a);
  } else if (a && typeof a === 'object')
    for (const [k, v] of Object.entries(a))
      englishOnly(v, (b as Record<string, unknown> | undefined)?.[k], out);
  return out;
}
const FIXED = englishOnly(en.workbench, nl.workbench);
/** Words of the workbench's English messages with numbers or names in them. */
const WORDS =
  /\b(the|and|with|from|same donor|dated|second source|exchange rate|remove|likely|add as|dollars for|where the rate)\b/i;

/** Visible text and accessible names in the workbench, less data (lang="en", translate="no"). */
async function englishLeft(page: Page): Promise<string[]> {
  const texts = await page.locator('.workbench').evaluate((root) => {
    const skip = (el: Element | null) =>
      !el ||
      el.closest('[lang]:not(html)')?.getAttribute('lang')?.startsWith('en') ||
      el.closest('[translate="no"]') !== null;
    const out: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (text && !skip(parent) && parent!.checkVisibility()) out.push(text);
    }
    for (const el of root.querySelectorAll('[aria-label], [placeholder]'))
      for (const attr of ['aria-label', 'placeholder']) {
        const value = el.getAttribute(attr)?.trim();
        if (value && !skip(el)) out.push(value);
      }
    return out;
  });
  const whole = (phrase: string) =>
    new RegExp(`(^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`, 'u');
  return texts.filter((text) => WORDS.test(text) || FIXED.some((f) => whole(f).test(text)));
}

test('in Dutch: a duplicate’s reason, the exchange rate a record needs, and the export, all in Dutch', async ({
  page,
}) => {
  await page.goto('/?view=curate&lang=nl');
  const add = page.locator('form', {
    has: page.getByRole('heading', { name: 'Artikel toevoegen' }),
  });
  await add.getByLabel(/Tekst van het artikel/).fill(ARTICLE);
  await add.getByLabel(/Verschenen/).fill('2022-03');
  await add.getByLabel(/Samenvatting/).fill('Germany and the US pledge aid.');
  await add.getByRole('button', { name: 'Voeg het artikel toe' }).click();

  // A likely duplicate of a shipped record, its reason in Dutch.
  await page.getByRole('button', { name: /^De Verenigde Staten keurden/ }).click();
  const form = page.getByRole('form', { name: /^Record / });
  const duplicates = form.getByRole('region', { name: 'Waarschijnlijk dezelfde gebeurtenis' });
  await expect(duplicates).toContainText(
    'us-approval-350m: zelfde donor (Verenigde Staten), 350.000.000 USD, gedateerd 26 feb',
  );
  await expect(duplicates).toContainText('toevoegen als tweede bron van dat record?');
  expect(await englishLeft(page), 'English left beside a duplicate').toEqual([]);
  await form.getByRole('button', { name: 'Concept weggooien' }).click();

  // A record in euros in a month the dataset has no rate for: the form asks for the rate.
  await page.getByRole('button', { name: /^Duitsland beloofde/ }).click();
  const rate = form.getByRole('group', { name: /^Wisselkoers voor EUR in feb/ });
  await expect(rate).toBeVisible();
  expect(await englishLeft(page), 'English left in the rate form').toEqual([]);
  await rate.getByLabel('Amerikaanse dollar voor 1 EUR').fill('1,1237');
  await rate.getByRole('button', { name: 'Voeg de koers toe' }).click();
  await expect(rate.getByLabel('Waar de koers vandaan komt')).toHaveAccessibleDescription(
    'must not be empty',
  );
  await rate.getByLabel('Waar de koers vandaan komt').fill('ECB, gemiddelde van februari 2022');
  await rate.getByRole('button', { name: 'Voeg de koers toe' }).click();
  await expect(rate).toHaveCount(0);
  await form.getByLabel('Vertaling (Engels)').fill('Germany pledged 350 million euros.');
  await expect(form.getByText('Geen problemen: het record komt door de validatie.')).toBeVisible();
  await form.getByRole('button', { name: 'Record aanvaarden' }).click();
  await expect(page.getByRole('heading', { name: '1 nieuw record' })).toBeVisible();

  const diff = page.getByRole('list', { name: 'Wat de export toevoegt of wijzigt' });
  await expect(diff).toContainText('Wisselkoers: 1 EUR = 1,1237 Amerikaanse dollar in feb');
  await expect(diff).toContainText('Toegevoegd de-pledge-350000000');
  expect(await englishLeft(page), 'English left in the export').toEqual([]);
  // The rate goes into the exported file, next to the shipped one.
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'announcements.json exporteren' }).click(),
  ]);
  const { readFileSync } = await import('node:fs');
  const exported = JSON.parse(readFileSync((await file.path())!, 'utf8')) as {
    exchangeRates: Array<{ currency: string; month: string; usdPerUnit: number }>;
  };
  expect(exported.exchangeRates).toContainEqual(
    expect.objectContaining({ currency: 'EUR', month: '2022-02', usdPerUnit: 1.1237 }),
  );
});

test('the check above would catch an English word in the workbench', async ({ page }) => {
  await page.goto('/?view=curate&lang=nl');
  await expect(page.getByRole('heading', { name: 'Werkbank voor curatie' })).toBeVisible();
  await page.locator('.workbench').evaluate((root) => {
    const p = document.createElement('p');
    p.textContent = 'same donor (Verenigde Staten)';
    root.append(p);
  });
  expect(await englishLeft(page)).toEqual(['same donor (Verenigde Staten)']);
});

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { en } from '../src/i18n/messages-en';
import { nl } from '../src/i18n/messages-nl';
import { expect, test } from './fixtures';
import { timelineMark } from './timeline-marks';

/**
 * Every fixed English string of the interface that Dutch says differently: a Dutch page may
 * contain none of them. Functions (messages with numbers) are caught by the word list below.
 */
function englishOnly(a: unknown, b: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof a === 'string') {
    if (a !== b && /[a-z]{3}/i.test(a) && a.length >= 4) out.add(a);
  } else if (Array.isArray(a))
    // Lists may differ in length (English has a word for thousands of dollars, Dutch none).
    a.forEach((v, i) => englishOnly(v, (b as unknown[] | undefined)?.[i], out));
  else if (a && typeof a === 'object')
    for (const [k, v] of Object.entries(a))
      englishOnly(v, (b as Record<string, unknown> | undefined)?.[k], out);
  return out;
}
/** English words Dutch uses too ("zoom herstellen"). */
const ALSO_DUTCH = new Set(['Zoom']);
const ENGLISH = [...englishOnly(en, nl)].filter((s) => !ALSO_DUTCH.has(s));
/** English words that are not also Dutch ones. */
const ENGLISH_WORDS =
  /\b(the|and|with|from|click|press|this|which|your|shown|show|hide|close|announcements?|pledges?|approvals?|deliver(y|ies|ed)|committed|running total|no sum|article|filters? to|sort by|zoom in|zoom out|legend|read the|loaded|rejected)\b/i;

/**
 * What a reader of the page meets, visible text and the names assistive technology reads out,
 * leaving out what is data in another language (lang="en", the curated English fields; excerpts
 * are Dutch anyway) and identifiers (translate="no").
 */
async function interfaceTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const skip = (el: Element | null) =>
      !el ||
      el.closest('[lang]:not(html)')?.getAttribute('lang')?.startsWith('en') ||
      el.closest('[translate="no"]') !== null;
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!text || skip(parent) || parent!.closest('script, style')) continue;
      if (!parent!.checkVisibility() && !parent!.closest('svg')) continue;
      texts.push(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(attr)?.trim();
        if (value && !skip(el)) texts.push(value);
      }
    texts.push(document.title);
    return texts;
  });
}

/** Record ids ("us-pledge-60m-august-2021") are identifiers a Dutch note names, not English. */
const RECORD_ID = /\b[a-z]+(?:-[a-z0-9]+){2,}\b/g;

function englishIn(texts: string[]): string[] {
  return texts.filter((text) => {
    const plain = text.replace(RECORD_ID, '');
    return (
      ENGLISH_WORDS.test(plain) ||
      ENGLISH.some((phrase) =>
        new RegExp(
          `(^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`,
          'u',
        ).test(plain),
      )
    );
  });
}

test('the Dutch interface leaves no English label, in any view or state', async ({ page }) => {
  test.slow(); // every view, the curation workbench included
  await page.goto('/');
  await page.getByRole('radio', { name: 'Nederlands' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect.poll(() => page.url()).toContain('lang=nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Militaire steun aan Oekraïne');
  // Dutch amounts and dates.
  await expect(page.getByTestId('summary-line')).toContainText(/miljard dollar|miljoen dollar/);
  await expect(page.getByTestId('date-span')).toContainText(/jan\.?|januari|feb/);

  const states: Array<[string, () => Promise<void>]> = [
    ['charts', async () => {}],
    [
      'deployments, quantities and a donor filter',
      async () => {
        await page.getByRole('checkbox', { name: /Toon inzet/ }).check();
        await page.getByRole('radio', { name: 'Aantallen' }).click();
        await page.getByRole('button', { name: 'Verenigde Staten', exact: true }).click();
      },
    ],
    [
      'a tooltip',
      async () => {
        await timelineMark(page, 'us-approval-350m').hover();
        await expect(page.getByRole('tooltip')).toBeVisible();
      },
    ],
    [
      'the source panel',
      async () => {
        await timelineMark(page, 'us-approval-350m').click();
        await expect(page.getByRole('complementary')).toBeVisible();
      },
    ],
    [
      'share of GDP, by kind',
      async () => {
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'Filters wissen' }).click();
        await page.getByRole('radio', { name: '% van het bbp' }).click();
        await page.getByRole('radio', { name: 'Per soort' }).click();
      },
    ],
    ['the table', async () => page.getByRole('tab', { name: 'Tabel' }).click()],
    [
      'the sources',
      async () => {
        await page.getByRole('tab', { name: 'Bronnen' }).click();
        for (const summary of await page.getByText('Lees het artikel', { exact: true }).all())
          await summary.click();
      },
    ],
    [
      'a search, in the sources',
      async () => {
        await page.getByRole('searchbox', { name: 'Zoeken' }).fill('Javelin');
        await expect(page.getByTestId('summary-line')).toContainText('passen bij “Javelin”');
      },
    ],
    [
      'a search that finds nothing, in the charts',
      async () => {
        await page.getByRole('tab', { name: 'Grafieken' }).click();
        await page.getByRole('searchbox', { name: 'Zoeken' }).fill('xylofoon');
        await expect(page.getByTestId('summary-line')).toContainText('geen van de');
      },
    ],
    [
      'the curation workbench, its form asking for what is missing',
      async () => {
        await page.getByRole('tab', { name: 'Cureren' }).click();
        await page.getByRole('button', { name: 'Voeg het artikel toe' }).click();
        await page.getByText('Tekst selecteren met het toetsenbord').count();
      },
    ],
  ];
  for (const [state, enter] of states) {
    await enter();
    await page.waitForTimeout(100);
    expect(englishIn(await interfaceTexts(page)), `English left in ${state}`).toEqual([]);
  }
  // The choice survives a reload, through the URL.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Militaire steun aan Oekraïne');
});

test('the check above would catch an English label', async ({ page }) => {
  await page.goto('/?lang=nl');
  // The page draws once its Dutch has come (a chunk of its own), which may be after `load`.
  await expect(page.getByRole('main')).toBeVisible();
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Zoom in';
    document.querySelector('main')!.append(p);
  });
  expect(englishIn(await interfaceTexts(page))).toEqual(['Zoom in']);
});

test('excerpts stay in Dutch with the English translation under them, in both languages', async ({
  page,
}) => {
  for (const lang of ['en', 'nl']) {
    await page.goto(`/?lang=${lang}`);
    await timelineMark(page, 'us-approval-350m').hover();
    const tooltip = page.getByRole('tooltip');
    const excerpt = tooltip.getByRole('figure').first();
    await expect(excerpt.locator('[lang="nl"]')).toContainText('350 miljoen dollar');
    await expect(excerpt.locator('figcaption[lang="en"]')).toContainText('350 million');
  }
});

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

async function background(page: Page) {
  return page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
}

/** Relative luminance of an rgb() colour: dark below 0.2, light above 0.6. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

test('dark mode follows the system, a switch overrides it and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('radio', { name: 'System' })).toHaveAttribute('aria-checked', 'true');
  expect(luminance(await background(page))).toBeLessThan(0.2);

  await page.getByRole('radio', { name: 'Light' }).click();
  expect(luminance(await background(page))).toBeGreaterThan(0.6);
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Light' })).toHaveAttribute('aria-checked', 'true');
  expect(luminance(await background(page))).toBeGreaterThan(0.6);

  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('radio', { name: 'Dark' }).click();
  expect(luminance(await background(page))).toBeLessThan(0.2);
  await page.getByRole('radio', { name: 'System' }).click();
  expect(luminance(await background(page))).toBeGreaterThan(0.6);
});

/** The states axe checks, each from a fresh page: a few scans per test keep each one short. */
const AXE_STATES: Array<[string, string, (page: Page) => Promise<void>]> = [
  [
    'the charts, with a tooltip',
    '/?deployments=shown',
    async (page) => {
      await expect(page.getByRole('group', { name: /^Timeline of/ })).toBeVisible();
      expect(await axe(page), 'charts').toEqual([]);
      await timelineMark(page, 'us-approval-350m').hover();
      await expect(page.getByRole('tooltip')).toBeVisible();
    },
  ],
  [
    'the source panel, and share of GDP',
    '/?metric=gdp&record=us-approval-350m',
    async (page) => {
      await expect(page.getByRole('complementary', { name: 'The source' })).toBeVisible();
      expect(await axe(page), 'source panel').toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('complementary', { name: 'The source' })).toHaveCount(0);
    },
  ],
  [
    'the table',
    '/?view=table&deployments=shown',
    async (page) => {
      await expect(page.getByRole('table')).toBeVisible();
    },
  ],
  [
    'the sources, an article open',
    '/?view=sources',
    async (page) => {
      await page.getByText('Read the article', { exact: true }).first().click();
      await expect(page.locator('.sources-view mark').first()).toBeVisible();
    },
  ],
  [
    'the Dutch interface',
    '/?lang=nl&deployments=shown',
    async (page) => {
      await expect(page.getByRole('group', { name: /^Tijdlijn/ })).toBeVisible();
    },
  ],
];

for (const theme of ['light', 'dark'] as const)
  for (const [state, url, enter] of AXE_STATES)
    test(`axe finds no WCAG 2.1 AA violation in the ${theme} theme: ${state}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(url);
      await enter(page);
      expect(await axe(page), state).toEqual([]);
    });

test('the language is remembered on this device; an address that names one wins', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Military aid to Ukraine');
  await page.getByRole('radio', { name: 'Nederlands' }).click();

  const later = await context.newPage();
  await later.goto('/');
  await expect(later.getByRole('heading', { level: 1 })).toHaveText('Militaire steun aan Oekraïne');
  await expect.poll(() => new URL(later.url()).search).toBe('?lang=nl');
  await later.goto('/?lang=en');
  await expect(later.getByRole('heading', { level: 1 })).toHaveText('Military aid to Ukraine');
  await later.close();
});

test('a browser that refuses storage still shows the page, and the switches work', async ({
  page,
}) => {
  // A private window or blocked site data: every localStorage call throws.
  await page.addInitScript(() => {
    const refuse = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Storage.prototype.getItem = refuse;
    Storage.prototype.setItem = refuse;
    Storage.prototype.removeItem = refuse;
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/?lang=nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Militaire steun aan Oekraïne');
  await page.getByRole('radio', { name: 'Donker' }).click();
  expect(luminance(await background(page))).toBeLessThan(0.2);
  await page.getByRole('radio', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Military aid to Ukraine');
  await expect.poll(() => new URL(page.url()).search).toBe('');
});

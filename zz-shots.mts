import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/chromium.ts';

const ARTICLE = [
  ' date 2022-03-02 Steun uit Washington',
  '',
  'Twee dagen nadat Rusland op 24 februari Oekraïne binnenviel, keurde de Amerikaanse president Joe Biden voor 350 miljoen dollar aan militaire hulp goed. Nog eens twee dagen later kwamen de eerste leveringen aan.',
  '',
  'Duitsland beloofde zondag 500 Stinger-luchtdoelraketten en 1.000 antitankwapens. Het weer was slecht.',
].join('\n');
const L = {
  en: { add: 'Add an article', text: /Article text/, pub: /Published/, outlet: /Outlet/, sum: /Summary/, btn: 'Add the article', tr: 'Translation (English)' },
  nl: { add: 'Voeg een artikel toe', text: /Artikeltekst|tekst/i, pub: /Verschenen|Publicatie/i, outlet: /Medium/i, sum: /Samenvatting/i, btn: 'Voeg het artikel toe', tr: /Vertaling/ },
};
const out = process.argv[2] ?? '/tmp/cur/shots';
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
for (const lang of ['en', 'nl'] as const)
  for (const [w, h] of [[1440, 900], [390, 844]]) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    await page.goto(`http://127.0.0.1:4460/?view=curate&lang=${lang}`);
    const l = L[lang];
    const form = page.locator('form').filter({ has: page.getByRole('button', { name: l.btn }) });
    await form.waitFor();
    await form.getByLabel(l.text).first().fill(ARTICLE);
    await form.getByLabel(l.pub).first().fill('2022-03-02');
    await form.getByLabel(l.outlet).first().fill('Test Courant');
    await form.getByLabel(l.sum).first().fill('The US approves 350 million dollars; Germany pledges Stingers.');
    await form.getByRole('button', { name: l.btn }).click();
    await page.locator('mark.workbench-candidate').first().waitFor();
    await page.screenshot({ path: `${out}/${lang}-${w}-article.png`, fullPage: true });
    await page.getByRole('button', { name: /^Twee dagen nadat/ }).first().click();
    const rec = page.getByRole('form', { name: /^Record|^Record/ });
    await rec.waitFor();
    await rec.getByLabel(l.tr).first().fill('Two days after Russia invaded, Biden approved 350 million dollars.');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/${lang}-${w}-form.png`, fullPage: true });
    if (w < 500) {
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, i = 0; y < height; y += 1100, i++)
        await page.screenshot({
          path: `${out}/${lang}-${w}-form-part${i}.png`,
          fullPage: true,
          clip: { x: 0, y, width: w, height: Math.min(1100, height - y) },
        });
    }
    await page.close();
  }
await browser.close();

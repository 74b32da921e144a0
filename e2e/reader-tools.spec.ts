import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import { csvToDataset } from '../src/data/csv';
import type { Dataset } from '../src/data/schema';
import { validateDataset } from '../src/data/validate';
import { expect, test } from './fixtures';

const shipped = JSON.parse(readFileSync('data/announcements.json', 'utf8')) as Dataset;
const byId = new Map(shipped.announcements.map((r) => [r.id, r]));

/** Clicks a download button and returns the downloaded file's name and bytes. */
async function download(page: Page, button: Locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: (file as Download).suggestedFilename(), body: readFileSync(await file.path()) };
}

/** The record ids in the table, top to bottom. */
async function tableIds(page: Page): Promise<string[]> {
  // The table's code comes on demand: its rows are there once the table is.
  await expect(page.getByRole('table')).toBeVisible();
  return page.locator('table.records tbody th[scope="row"]').allTextContents();
}

/** The text of one column's cells, top to bottom. */
async function columnTexts(page: Page, column: string): Promise<string[]> {
  const headers = await page.locator('table.records thead th').allTextContents();
  const index = headers.findIndex((h) => h.replace(/[▲▼↕]/g, '').trim() === column);
  expect(index, `column ${column}`).toBeGreaterThanOrEqual(0);
  return page
    .locator(`table.records tbody tr > :nth-child(${index + 1})`)
    .allTextContents()
    .then((cells) => cells.map((c) => c.trim()));
}

test('the table lists the records in view, follows the filters, and sorts on any column', async ({
  page,
}) => {
  await page.goto('/?view=table');
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  // Real table semantics: a caption, column headers, a row header per record.
  await expect(table.locator('caption')).toContainText(
    `${shipped.announcements.length - shipped.announcements.filter((r) => r.kind === 'deployment').length} announcements in view`,
  );
  await expect(page.getByRole('columnheader')).toHaveCount(13);
  const all = await tableIds(page);
  expect(all.every((id) => byId.get(id)!.kind !== 'deployment')).toBe(true);

  // Sorting: the first click sorts ascending, the second descending; aria-sort says which.
  const donorsHeader = page.getByRole('columnheader', { name: /^Donors/ });
  await donorsHeader.getByRole('button').click();
  await expect(donorsHeader).toHaveAttribute('aria-sort', 'ascending');
  const up = await columnTexts(page, 'Donors');
  expect(up).toEqual([...up].sort((a, b) => a.localeCompare(b, 'en')));
  await donorsHeader.getByRole('button').click();
  await expect(donorsHeader).toHaveAttribute('aria-sort', 'descending');
  const down = await columnTexts(page, 'Donors');
  expect(down).toEqual([...up].reverse());
  await expect(page.getByRole('columnheader', { name: /^Date/ })).not.toHaveAttribute('aria-sort');
  await expect.poll(() => page.url()).toContain('sort=-donors');

  // Dollars sort as numbers, empties last in both directions.
  const usdHeader = page.getByRole('columnheader', { name: /^US dollars/ });
  await usdHeader.getByRole('button').click();
  const usdIds = await tableIds(page);
  const dollars = (id: string) => {
    const amount = byId.get(id)!.amount;
    return amount?.currency === 'USD' ? amount.value : amount ? null : undefined;
  };
  const usdOnly = usdIds.map(dollars).filter((v): v is number => typeof v === 'number');
  expect(usdOnly).toEqual([...usdOnly].sort((a, b) => a - b));
  expect(byId.get(usdIds.at(-1)!)!.amount).toBeNull();

  // The same filters as the charts.
  await page.getByRole('button', { name: 'Germany', exact: true }).click();
  await expect.poll(() => tableIds(page).then((ids) => ids.length)).toBeLessThan(all.length);
  const german = await tableIds(page);
  expect(german.length).toBeGreaterThan(0);
  expect(german.every((id) => byId.get(id)!.donors.includes('DE'))).toBe(true);
  await expect(page.getByTestId('summary-line')).toContainText(
    `${german.length} announcement${german.length === 1 ? '' : 's'}`,
  );

  // Excerpts are there, in Dutch, marked as such.
  const excerpt = byId.get(german[0]!)!.sources[0]!.excerpt;
  await expect(table.locator('td[lang="nl"]').filter({ hasText: excerpt }).first()).toBeVisible();

  // A row's id opens its source.
  await page.getByRole('button', { name: `Open the source: ${german[0]}` }).click();
  await expect(page.getByRole('complementary', { name: 'The source' })).toContainText(excerpt);
});

test('the CSV download, read back by the importer, equals the filtered records', async ({
  page,
}) => {
  await page.goto('/?view=table&donor=US&deployments=shown');
  await expect(page.getByRole('table')).toBeVisible();
  const ids = await tableIds(page);
  expect(ids.length).toBeGreaterThan(3);

  const csv = await download(page, page.getByRole('button', { name: 'CSV', exact: true }));
  expect(csv.name).toMatch(/^ukraine-aid-records-\d{4}-\d{2}-\d{2}\.csv$/);
  // UTF-8 with a byte-order mark, so a spreadsheet reads the accents; a header row first.
  expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.body.toString('utf8').replace(/^\uFEFF/, '');
  expect(text.split('\r\n')[0]).toMatch(/^id,kind,donors,.*,amount_usd,/);

  const read = csvToDataset(text, shipped.exchangeRates);
  expect(read.problems).toEqual([]);
  const result = validateDataset(read.raw, new Map(), { requireTexts: false });
  expect(result.problems).toEqual([]);
  const back = result.dataset!.announcements;
  expect(back.map((r) => r.id)).toEqual(ids);
  expect(back).toEqual(ids.map((id) => byId.get(id)));

  // The computed US dollars travel with each row.
  const header = text.split('\r\n')[0]!.split(',');
  const firstUsd = back.findIndex((r) => r.amount?.currency === 'USD');
  const row = read.raw!.announcements[firstUsd] as { id: string };
  expect(row.id).toBe(ids[firstUsd]);
  expect(header).toContain('amount_usd');
});

test('the JSON download holds the filtered records with their sources and the computed dollars', async ({
  page,
}) => {
  await page.goto('/?view=table&donor=US');
  // The table's code comes on demand: its rows are there once it is.
  await expect(page.getByRole('table')).toBeVisible();
  const ids = await tableIds(page);
  const json = await download(page, page.getByRole('button', { name: 'JSON' }));
  expect(json.name).toMatch(/\.json$/);
  const data = JSON.parse(json.body.toString('utf8')) as {
    export: { url: string; source: string };
    sources: Dataset['sources'];
    announcements: Array<Dataset['announcements'][number] & { amountUsd: number | null }>;
  };
  expect(data.announcements.map(({ amountUsd: _, ...record }) => record)).toEqual(
    ids.map((id) => byId.get(id)),
  );
  // Dollars as the app computes them: euros at the month's rate, none for a sum without currency.
  for (const record of data.announcements) {
    const { amount } = record;
    if (!amount || amount.currency === null) expect(record.amountUsd).toBeNull();
    else if (amount.currency === 'USD') expect(record.amountUsd).toBe(amount.value);
    else expect(record.amountUsd).toBeGreaterThan(0);
  }
  expect(data.announcements.some((r) => r.amount?.currency === 'EUR')).toBe(true);
  const cited = new Set(data.announcements.flatMap((r) => r.sources.map((s) => s.id)));
  expect(new Set(data.sources.map((s) => s.id))).toEqual(cited);
  expect(data.export.url).toContain('donor=US');
  // It is a dataset the app itself accepts, and loads back as the same records.
  const result = validateDataset(data, new Map(), { requireTexts: false });
  expect(result.problems).toEqual([]);
  await page.getByLabel('Load your own dataset…').setInputFiles({
    name: json.name,
    mimeType: 'application/json',
    buffer: json.body,
  });
  await expect(page.getByTestId('data-status')).toContainText(
    `${json.name}: ${ids.length} loaded, 0 rejected`,
  );
  // A new dataset starts from the default view: the charts, no filter.
  await page.getByRole('tab', { name: 'Table' }).click();
  expect(await tableIds(page)).toEqual(ids);
});

/** Parses an SVG document in the page and reports what a viewer would: errors, size, texts. */
async function inspectSvg(page: Page, svg: string) {
  // In a blank page of its own, as a viewer opening the file: the app's page refuses
  // DOMParser under its Trusted Types policy, rightly.
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: root.localName,
      ns: root.namespaceURI,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      external: [...doc.querySelectorAll('[href], image, foreignObject, link')].map(
        (n) => n.outerHTML,
      ),
      hasStyle: doc.querySelector('style') !== null,
    };
  }, svg);
}

/** Draws an SVG document as an image, as a browser opening the file would. */
async function drawsAsImage(page: Page, svg: string) {
  return page.evaluate(
    (text) =>
      new Promise<[number, number]>((resolve, reject) => {
        const image = new Image();
        image.onload = () => resolve([image.naturalWidth, image.naturalHeight]);
        image.onerror = () => reject(new Error('the SVG did not draw'));
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
      }),
    svg,
  );
}

/** Width and height from a PNG's header. */
function pngSize(body: Buffer): [number, number] {
  expect([...body.subarray(1, 4)]).toEqual([...Buffer.from('PNG')]);
  return [body.readUInt32BE(16), body.readUInt32BE(20)];
}

for (const chart of [
  { name: 'Timeline', file: 'ukraine-aid-timeline', mark: 'us-approval-350m' },
  { name: 'Aid by donor', file: 'ukraine-aid-by-donor', mark: null },
]) {
  test(`the ${chart.name} downloads as valid, self-contained SVG and as PNG at twice the screen`, async ({
    page,
    context,
  }) => {
    await page.goto('/');
    const viewer = await context.newPage();
    const group = page.getByRole('group', { name: `Download: ${chart.name}` });
    const svg = await download(page, group.getByRole('button', { name: 'SVG' }));
    expect(svg.name).toMatch(new RegExp(`^${chart.file}-\\d{4}-\\d{2}-\\d{2}\\.svg$`));
    const text = svg.body.toString('utf8');
    const seen = await inspectSvg(viewer, text);
    expect(seen.error).toBeNull();
    expect(seen.root).toBe('svg');
    expect(seen.ns).toBe('http://www.w3.org/2000/svg');
    expect(seen.hasStyle).toBe(true);
    expect(seen.external).toEqual([]);
    expect(seen.texts).toContain(`Military aid to Ukraine: ${chart.name}`);
    expect(seen.texts.some((t) => t.startsWith('Source: five Dutch-language news articles'))).toBe(
      true,
    );
    if (chart.name === 'Aid by donor') expect(seen.texts.join(' ')).toContain('United States');
    else expect(text).toMatch(/<title>United States, approval, [^<]*\$350M/);
    expect(await drawsAsImage(viewer, text)).toEqual([seen.width, seen.height]);

    const png = await download(page, group.getByRole('button', { name: 'PNG' }));
    expect(png.name).toMatch(/\.png$/);
    const dpr = await page.evaluate(() => window.devicePixelRatio);
    expect(pngSize(png.body)).toEqual([
      Math.round(seen.width * 2 * dpr),
      Math.round(seen.height * 2 * dpr),
    ]);
  });
}

test('the sources view: each article with its month, summary and records, its text with every citation marked', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('tab', { name: 'Sources' }).click();
  await expect(page.getByRole('tab', { name: 'Sources' })).toHaveAttribute('aria-selected', 'true');
  const articles = page.locator('.sources-view article');
  await expect(articles).toHaveCount(shipped.sources.length);
  for (const source of shipped.sources) {
    const article = page.getByRole('article', { name: new RegExp(source.id) });
    await expect(article).toContainText(source.summary);
    const cited = shipped.announcements.filter((r) => r.sources.some((s) => s.id === source.id));
    await expect(article.locator('.source-records li')).toHaveCount(cited.length);
  }
  const source = shipped.sources[0]!;
  const article = page.getByRole('article', { name: new RegExp(source.id) });
  await article.getByText('Read the article', { exact: true }).click();
  const cited = shipped.announcements.filter((r) => r.sources.some((s) => s.id === source.id));
  const excerpts = cited.flatMap((r) =>
    r.sources.filter((s) => s.id === source.id).map((s) => s.excerpt),
  );
  const marked = (await article.locator('mark').allTextContents()).join('\n');
  for (const excerpt of excerpts) expect(marked).toContain(excerpt);
  // Each highlight leads to its record.
  const link = article.getByRole('button', { name: /^Open the record: / }).first();
  const id = (await link.getAttribute('data-cites'))!;
  expect(cited.map((r) => r.id)).toContain(id);
  await link.click();
  const panel = page.getByRole('complementary', { name: 'The source' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(`Record ${id}`);
});

test('share of GDP: bars in percent, and the note names the year and the source', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('radio', { name: '% of donor GDP' }).click();
  await expect.poll(() => page.url()).toContain('metric=gdp');
  const chart = page.getByRole('group', { name: 'Aid by donor: % of donor GDP' });
  await expect(chart).toBeVisible();
  // Only the United States' announcements print sums: about $3B of a $25 trillion economy.
  const us = chart.locator('.bar-row').filter({ hasText: 'United States' }).first();
  await expect(us.locator('.bar-value')).toContainText(/^0\.01\d*%/);
  await expect(page.getByText(/share of the donor’s 2022 GDP \(World Bank/).first()).toBeVisible();
  // Donors with no share are named once under the chart, by why: not one country, or no sum.
  await expect(page.getByTestId('bar-absent')).toContainText(/No share of GDP for .*NATO/);
  await expect(chart).not.toContainText('no GDP');
});

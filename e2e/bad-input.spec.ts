import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { timelineMark } from './timeline-marks';

/**
 * Every kind of bad input gets a clear message in the page, and the view the reader had set up
 * (the dataset, a filter, a zoomed time window) is still there afterwards.
 */

const shippedText = readFileSync('data/announcements.json', 'utf8');
const shipped = JSON.parse(shippedText) as {
  announcements: Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
};
const sampleCsv = readFileSync('public/sample-announcements.csv', 'utf8');
const [csvHeader, ...csvRows] = sampleCsv.trimEnd().split('\n');

interface View {
  status: string | null;
  count: string | null;
  summary: string | null;
  germany: string | null;
  window: string | null;
}

/** A view that is not the default one: Germany filtered, the timeline zoomed in. */
async function setUpView(page: Page): Promise<View> {
  await page.goto('/');
  const defaultTicks = (
    await page
      .getByRole('group', { name: /^Timeline of/ })
      .locator('.chart-axis text')
      .allTextContents()
  ).join(' ');
  await page.getByRole('button', { name: 'Germany', exact: true }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const ticks = page.getByRole('group', { name: /^Timeline of/ }).locator('.chart-axis text');
  await expect.poll(async () => (await ticks.allTextContents()).join(' ')).not.toBe(defaultTicks);
  // The zoom reaches the store (and the summary line) once the gesture settles: the address says when.
  await expect(page).toHaveURL(/from=/);
  return readView(page);
}

async function readView(page: Page): Promise<View> {
  return {
    status: await page.getByTestId('data-status').textContent(),
    count: await page.getByTestId('record-count').textContent(),
    summary: await page.getByTestId('summary-line').textContent(),
    germany: await page
      .getByRole('button', { name: 'Germany', exact: true })
      .getAttribute('aria-pressed'),
    window: (
      await page
        .getByRole('group', { name: /^Timeline of/ })
        .locator('.chart-axis text')
        .allTextContents()
    ).join(' '),
  };
}

async function load(page: Page, name: string, content: string | Buffer, mimeType = 'text/plain') {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  // Playwright hands over at most 50 MB as a buffer; a larger file goes by its path.
  if (buffer.length > 40 * 1024 * 1024) {
    const path = join(mkdtempSync(join(tmpdir(), 'bad-input-')), name);
    writeFileSync(path, buffer);
    await page.getByLabel('Load your own dataset…').setInputFiles(path);
    return;
  }
  await page.getByLabel('Load your own dataset…').setInputFiles({ name, mimeType, buffer });
}

const csvWith = (header: string, rows: string[]) => `${[header, ...rows].join('\n')}\n`;

const cases: Array<[string, string, string | Buffer, RegExp]> = [
  [
    'malformed JSON, with line and column',
    'broken.json',
    '{\n  "schemaVersion": 1,,\n}',
    /broken\.json: malformed JSON at line 2, column 22: expected a property name/,
  ],
  [
    'a CSV with missing columns',
    'short.csv',
    csvWith('id,kind,donors', ['a,pledge,US']),
    /short\.csv \(header\): missing column\(s\): recipient, date_start, date_end/,
  ],
  [
    'a CSV with an unknown column',
    'extra.csv',
    csvWith(
      `${csvHeader},colour`,
      csvRows.map((row) => `${row},red`),
    ),
    /extra\.csv \(header\): unknown column\(s\): colour \(the columns are listed in the README/,
  ],
  ['an empty file', 'empty.json', '', /empty\.json is empty/],
  [
    'a binary file',
    'photo.json',
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    /photo\.json is a binary file, not JSON or CSV text/,
  ],
  [
    'a file of the wrong type',
    'budget.xlsx',
    Buffer.from('PK\u0003\u0004 spreadsheet'),
    /budget\.xlsx is not a dataset: the page reads \.json and \.csv files/,
  ],
  [
    'a file over the size limit',
    'huge.json',
    Buffer.alloc(51 * 1024 * 1024, 0x20),
    /huge\.json is 51\.0 MB, over the 50 MB limit \(about 100,000 records\)/,
  ],
  [
    'dates out of range',
    'typo.json',
    JSON.stringify({
      ...shipped,
      announcements: [
        {
          ...shipped.announcements[0],
          date: { ...shipped.announcements[0]!.date, start: '2002-02-26', end: '2002-02-26' },
        },
      ],
    }),
    /announcements\[0\]\.date\.start\): 2002-02-26 is before 2014-01-01/,
  ],
  [
    'a number with thousands separators',
    'dots.csv',
    csvWith(csvHeader!, [csvRows[0]!.replace(',350000000,USD,', ',350.000.000,USD,')]),
    /\(line 2, amount_value\): "350\.000\.000" has thousands separators; write the plain number \(350000000\)/,
  ],
  [
    'a number with a currency sign',
    'dollar.csv',
    csvWith(csvHeader!, [csvRows[0]!.replace(',350000000,USD,', ',$350000000,USD,')]),
    /\(line 2, amount_value\): "\$350000000" has a currency in it; write the number alone/,
  ],
];

for (const [what, name, content, message] of cases) {
  test(`bad input: ${what} gets a clear message, and the view is kept`, async ({ page }) => {
    const before = await setUpView(page);
    await load(page, name, content);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('The view below is unchanged.');
    expect(await readView(page)).toEqual(before);
    // The message can be put away, and the app keeps working: a mark still answers.
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toHaveCount(0);
    await page.getByRole('button', { name: 'Reset zoom' }).click();
    await timelineMark(page, 'de-pledge-field-hospital').hover();
    await expect(page.getByRole('tooltip')).toBeVisible();
  });
}

test('bad records among good ones: the good ones load, each bad one is named with its reason', async ({
  page,
}) => {
  await page.goto('/');
  const mixed = structuredClone(shipped);
  mixed.announcements[2]!.date.end = '2202-01-01';
  await load(page, 'mixed.json', JSON.stringify(mixed));
  await expect(page.getByTestId('data-status')).toContainText(
    `mixed.json: ${shipped.announcements.length - 1} loaded, 1 rejected`,
  );
  await expect(
    page.getByText(
      new RegExp(
        `${mixed.announcements[2]!.id} \\(announcements\\[2\\]\\.date\\.end\\): 2202-01-01 is in the future`,
      ),
    ),
  ).toBeVisible();
});

test('?data= that fails to load says so, and the built-in view is shown', async ({
  page,
  problems,
}) => {
  await page.route('**/missing.json', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
  await page.goto('/?data=missing.json');
  await expect(page.getByRole('alert')).toContainText(
    /missing\.json could not be loaded: the server answered 404/,
  );
  await expect(page.getByTestId('record-count')).toHaveText(String(shipped.announcements.length));
  await timelineMark(page, 'us-approval-350m').toBeDrawn();
  // The browser logs the failed request itself; that one line is expected here.
  expect(problems.consoleErrors.filter((line) => /404/.test(line))).toHaveLength(1);
  problems.consoleErrors.splice(0, problems.consoleErrors.length);
});

test('?data= at an address where the site answers with a web page says so', async ({ page }) => {
  // Static hosts (and this preview server) answer unknown paths with the app's own page.
  await page.goto('/?data=no-such-file.json');
  await expect(page.getByRole('alert')).toContainText(
    /no-such-file\.json could not be loaded: the server answered with a web page, not a dataset/,
  );
  await expect(page.getByTestId('record-count')).toHaveText(String(shipped.announcements.length));
});

test('?data= pointing at another site is refused before any request is made', async ({ page }) => {
  await page.goto('/?data=https://example.org/aid.json');
  await expect(page.getByRole('alert')).toContainText(
    '?data= must point at this site; https://example.org is another one',
  );
  await expect(page.getByTestId('record-count')).toHaveText(String(shipped.announcements.length));
  // The fixture checks that no request left the origin.
});

test('?data= that loads: a same-site CSV is shown', async ({ page }) => {
  await page.goto('/?data=sample-announcements.csv');
  await expect(page.getByTestId('data-status')).toContainText(
    'sample-announcements.csv: 4 loaded, 0 rejected',
  );
  await expect(page.getByTestId('record-count')).toHaveText('4');
});

test('a rendering error shows a message and a way back, never a blank page', async ({
  page,
  problems,
}) => {
  // Break date formatting on demand, as a bug in a formatter would: the tooltip draws a date.
  await page.addInitScript(() => {
    const proto = Intl.DateTimeFormat.prototype;
    const { get } = Object.getOwnPropertyDescriptor(proto, 'format')!;
    Object.defineProperty(proto, 'format', {
      configurable: true,
      get(this: Intl.DateTimeFormat) {
        if ((window as unknown as { breakDates?: boolean }).breakDates)
          throw new Error('Date formatting failed (injected by the test)');
        return get!.call(this) as unknown;
      },
    });
  });
  await page.goto('/');
  // The page first draws whole (the charts format dates as they settle), then dates break.
  await timelineMark(page, 'us-approval-350m').toBeDrawn();
  await page.evaluate(() => ((window as unknown as { breakDates?: boolean }).breakDates = true));
  await timelineMark(page, 'us-approval-350m').hover();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Something went wrong while drawing this view');
  await expect(alert).toContainText('Date formatting failed (injected by the test)');
  // The page around it still stands: the heading and the dataset controls.
  await expect(page.getByRole('heading', { name: 'Military aid to Ukraine' })).toBeVisible();
  await expect(page.getByLabel('Load your own dataset…')).toBeAttached();

  await page.evaluate(() => ((window as unknown as { breakDates?: boolean }).breakDates = false));
  await page.getByRole('button', { name: 'Back to the start' }).click();
  await timelineMark(page, 'us-approval-350m').toBeDrawn();
  await expect(alert).toHaveCount(0);
  // React reports the caught error on the console; that is the error this test caused.
  problems.consoleErrors.splice(
    0,
    problems.consoleErrors.length,
    ...problems.consoleErrors.filter((line) => !/injected by the test/.test(line)),
  );
});

import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { timelineMark } from './timeline-marks';

// Issue 12: hostile and unlucky files from the picker. Each gets a message that says where and
// what, or loads and shows without breaking the page.

const shippedText = readFileSync('data/announcements.json', 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const shipped = JSON.parse(shippedText) as { sources: any[]; announcements: any[] };
const sample = readFileSync('public/sample-announcements.csv', 'utf8');
const first = shipped.announcements[0]!;

async function load(page: Page, name: string, content: string | Buffer) {
  await page.getByLabel('Load your own dataset…').setInputFiles({
    name,
    mimeType: 'text/plain',
    buffer: typeof content === 'string' ? Buffer.from(content) : content,
  });
}

/** The shipped dataset with its first record changed. */
function withFirst(change: (record: Record<string, unknown>) => void): string {
  const copy = structuredClone(shipped);
  change(copy.announcements[0]);
  return JSON.stringify(copy);
}

async function noSidewaysScroll(page: Page, where: string) {
  const { scrollWidth, clientWidth, wide } = await page.evaluate(() => {
    const root = document.documentElement;
    // The outermost elements that reach past the right edge, to say what widened the page.
    const past = [...document.querySelectorAll('body *')].filter(
      (e) => e.getBoundingClientRect().right > root.clientWidth + 1,
    );
    return {
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
      wide: past
        .filter((e) => !past.includes(e.parentElement!))
        .slice(0, 5)
        .map((e) => `${e.tagName.toLowerCase()}.${String(e.className)}`),
    };
  });
  expect(
    scrollWidth,
    `${where}: the page is ${scrollWidth} px wide (${wide.join(', ')})`,
  ).toBeLessThanOrEqual(clientWidth);
}

const refused: Array<[string, string, string | Buffer, RegExp]> = [
  [
    'an unclosed run of 100,000 "[" (point 4)',
    'deep.json',
    '['.repeat(100_000),
    /deep\.json: nested more than 32 levels deep at line 1, column 33/,
  ],
  [
    'a control character in a note (point 5)',
    'ctl.json',
    withFirst((r) => (r.note = 'soft\u000Bbreak')),
    /\(announcements\[0\]\.note\): holds the control character U\+000B at character 5 \(Word's manual line break\)/,
  ],
  [
    'two amounts of 1e308 (point 6)',
    'huge.json',
    (() => {
      const copy = structuredClone(shipped);
      for (const r of copy.announcements.slice(0, 2)) r.amount = { value: 1e308, currency: 'USD' };
      copy.announcements = copy.announcements.slice(0, 2);
      return JSON.stringify(copy);
    })(),
    /\(announcements\[1\]\.amount\.value\): must be at most 10000000000000 \(10\^13\)/,
  ],
  [
    'an integer beyond 2^53 (point 6)',
    'exact.json',
    withFirst((r) => (r.amount = { value: 123, currency: 'USD' })).replace(
      '"value":123,',
      '"value":9007199254740993,',
    ),
    /exact\.json: the number 9007199254740993 at line 1, column \d+ has more digits than a number can hold exactly \(it would be read as 9007199254740992\)/,
  ],
  [
    'a donor named twice (point 8)',
    'twice.csv',
    (() => {
      const [header, row] = sample.split('\n');
      return `${header}\n${row!.replace(',US,UA,', ',US;US,UA,')}\n`;
    })(),
    /us-approval-350m \(announcements\[0\]\.donors\[1\]\): "US" is already listed as donors\[0\]; name each donor once/,
  ],
];

for (const [what, name, content, message] of refused) {
  test(`refused with a located message: ${what}`, async ({ page }) => {
    await page.goto('/');
    await load(page, name, content);
    // Refused as a whole (an alert), or the record among others that loaded (the list of rejections).
    await expect(page.locator('.load-error, .rejections')).toContainText(message);
    await noSidewaysScroll(page, what);
  });
}

test('UTF-16 text with a byte-order mark and a semicolon-separated CSV load (point 9)', async ({
  page,
}) => {
  await page.goto('/');
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]);
  await load(page, 'unicode.csv', utf16);
  await expect(page.getByTestId('data-status')).toContainText('unicode.csv: 4 loaded, 0 rejected');
  const semicolons = sample.replace(/^[^\n]*/, (header) => header.replaceAll(',', ';'));
  // Rows as Excel writes them in much of Europe: every cell quoted, separated by semicolons.
  const rows = semicolons.split('\n');
  const quoted = (line: string) =>
    (line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? [])
      .filter((cell) => cell !== '')
      .map((cell) => {
        const bare = cell.replace(/,$/, '');
        return bare.startsWith('"') ? bare : `"${bare}"`;
      })
      .join(';');
  const text = [rows[0], ...rows.slice(1).filter(Boolean).map(quoted)].join('\r\n');
  await load(page, 'europe.csv', text);
  await expect(page.getByTestId('data-status')).toContainText('europe.csv: 4 loaded, 0 rejected');
});

test('a direction override in a file name or a rejected id cannot reverse the app’s words (point 7)', async ({
  page,
}) => {
  await page.goto('/');
  const name = 'evil\u202Etxt.json';
  await load(
    page,
    name,
    withFirst((r) => (r.kind = 'gift\u202E')),
  );
  const status = page.getByTestId('data-status');
  await expect(status).toContainText(`: ${shipped.announcements.length - 1} loaded, 1 rejected`);
  // The name sits in its own <bdi>; what follows it is the app's text, in its own direction.
  await expect(status.locator('bdi')).toHaveText(name);
  const problem = page.locator('.rejections li').first();
  await expect(problem).toContainText(
    `\u2068${name}\u2069: ${first.id} (announcements[0].kind): unknown kind \u2068"gift\u202E"\u2069`,
  );
  // A refused file's name is isolated in the message too.
  await load(page, name, '');
  await expect(page.getByRole('alert')).toContainText(`\u2068${name}\u2069 is empty`);
});

test('long unbroken strings never make a view scroll sideways (point 10)', async ({ page }) => {
  const long = (c: string) => c.repeat(10_000);
  const copy = structuredClone(shipped);
  const oldId = copy.sources[0].id as string;
  const newId = long('s');
  copy.sources[0].id = newId;
  copy.sources[0].summary = long('m');
  for (const record of copy.announcements)
    for (const ref of record.sources) if (ref.id === oldId) ref.id = newId;
  const record = copy.announcements.find((r: { sources: Array<{ id: string }> }) =>
    r.sources.some((s) => s.id === newId),
  );
  record.note = long('n');
  record.sources[0].translation = long('t');
  record.sources[0].excerpt = `${record.sources[0].excerpt} ${long('e')}`;
  record.items = [...record.items, { category: 'other', name: long('i') }];
  await page.goto('/');
  await load(page, `${long('f').slice(0, 400)}.json`, JSON.stringify(copy));
  await expect(page.getByTestId('data-status')).toContainText('loaded, 0 rejected');
  await noSidewaysScroll(page, 'charts');

  const mark = timelineMark(page, record.id);
  await mark.hover();
  await expect(page.getByRole('tooltip')).toBeVisible();
  await noSidewaysScroll(page, 'tooltip');
  await mark.click();
  await expect(page.getByRole('complementary', { name: 'The source' })).toBeVisible();
  await noSidewaysScroll(page, 'source panel');
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await noSidewaysScroll(page, 'table');

  await page.getByRole('tab', { name: 'Sources' }).click();
  await expect(page.getByText(newId)).toBeVisible();
  await noSidewaysScroll(page, 'sources');
});

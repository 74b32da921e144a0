import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { timelineMark } from './timeline-marks';

declare global {
  interface Window {
    __xss?: number;
  }
}

const shipped = JSON.parse(readFileSync('data/announcements.json', 'utf8')) as {
  sources: Array<Record<string, unknown>>;
  announcements: Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
};

test('the built app is served under a strict Content-Security-Policy', async ({ page }) => {
  const response = await page.goto('/');
  const header = response!.headers()['content-security-policy'] ?? '';
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  for (const policy of [header, meta!]) {
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("require-trusted-types-for 'script'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  }
  expect(header).toContain("frame-ancestors 'none'");
  // The page has no inline script: its only script is a file from its own origin.
  const scripts = await page
    .locator('script')
    .evaluateAll((nodes) =>
      nodes.map((node) => ({ src: (node as HTMLScriptElement).src, text: node.textContent ?? '' })),
    );
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    expect(new URL(script.src).origin).toBe(new URL(page.url()).origin);
    expect(script.text.trim()).toBe('');
  }
});

test('the policy is enforced: injected script, HTML sinks and other servers are all refused', async ({
  page,
  problems,
}) => {
  await page.goto('/');
  await timelineMark(page, 'us-approval-350m').toBeDrawn();
  const outcome = await page.evaluate(async () => {
    const results: string[] = [];
    try {
      document.body.insertAdjacentHTML('beforeend', '<img src="x" onerror="window.__xss=1">');
      results.push('html sink allowed');
    } catch {
      results.push('html sink refused');
    }
    try {
      await fetch('https://example.org/data.json');
      results.push('fetch allowed');
    } catch {
      results.push('fetch refused');
    }
    return results;
  });
  expect(outcome).toEqual(['html sink refused', 'fetch refused']);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  // The browser reported both refusals as violations: proof that the fixture's check can fail.
  const violations = await page.evaluate(() => window.__cspViolations ?? []);
  expect(violations).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^require-trusted-types-for/),
      expect.stringMatching(/^connect-src: https:\/\/example\.org/),
    ]),
  );
  expect(problems.offsiteRequests).toEqual([]);
  // Clear what this test provoked on purpose, so the fixture checks only the rest.
  await page.evaluate(() => (window.__cspViolations = []));
  problems.consoleErrors.splice(0, problems.consoleErrors.length);
});

test('a walk through the whole app raises no CSP violation and makes no request off the origin', async ({
  page,
}) => {
  await page.goto('/');
  await timelineMark(page, 'us-approval-350m').hover();
  await expect(page.getByRole('tooltip')).toBeVisible();
  await timelineMark(page, 'us-approval-350m').click();
  await expect(page.getByRole('complementary', { name: 'The source' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Germany', exact: true }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('radio', { name: 'Announcements' }).click();
  await page.goto('/?data=sample-announcements.csv');
  await expect(page.getByTestId('record-count')).toHaveText('4');
  await timelineMark(page, 'us-approval-350m').hover();
  await expect(page.getByRole('tooltip')).toContainText('Unverified');
  await page.getByRole('button', { name: 'Back to the built-in dataset' }).click();
  await expect(page.getByTestId('record-count')).toHaveText(String(shipped.announcements.length));
  // The fixture asserts: no CSP violation, no console error, no request beyond the origin.
});

const PAYLOADS = [
  '<img src=x onerror="window.__xss=(window.__xss||0)+1">',
  '<script>window.__xss=(window.__xss||0)+1</script>',
  '<svg onload="window.__xss=(window.__xss||0)+1"></svg>',
  '<a href="javascript:window.__xss=1">click</a>',
  '"><b>bold</b><iframe src="javascript:window.__xss=1">',
];

test('script and HTML in every text field show literally, and nothing runs', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  const payload = PAYLOADS.join(' ');
  const sourceId = `evil-${'"><img src=x onerror=alert(1)>'.length}`;
  const excerpt = `De minister zei: ${payload}`;
  const article = ` date 2022-03\n\nEen artikel. ${excerpt} Einde.\n`;
  const base = shipped.announcements.find((r) => r.id === 'de-pledge-field-hospital')!;
  const dataset = {
    schemaVersion: 1,
    sources: [
      {
        id: sourceId,
        file: `${sourceId}.txt`,
        language: 'nl',
        published: '2022-03',
        summary: `Summary ${payload}`,
      },
    ],
    exchangeRates: [],
    announcements: [
      {
        ...base,
        id: 'xss-test',
        amount: null,
        items: [{ category: 'medical', name: `Item ${payload}` }],
        sources: [{ id: sourceId, excerpt, translation: `Translation ${payload}` }],
        partOf: undefined,
        note: `Note ${payload}`,
      },
    ],
  };
  await page.goto('/');
  await page.getByLabel('Load your own dataset…').setInputFiles([
    {
      name: '<img src=x onerror=alert(1)>.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(dataset)),
    },
    { name: `${sourceId}.txt`, mimeType: 'text/plain', buffer: Buffer.from(article) },
  ]);
  await expect(page.getByTestId('data-status')).toContainText(
    '<img src=x onerror=alert(1)>.json: 1 loaded, 0 rejected',
  );

  const mark = timelineMark(page, 'xss-test');
  await mark.hover();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText(excerpt);
  await expect(tooltip).toContainText(`Translation ${payload}`);
  await expect(tooltip).toContainText(`Note ${payload}`);
  await expect(tooltip).toContainText(`Item ${payload}`);

  await mark.click();
  const panel = page.getByRole('complementary', { name: 'The source' });
  await expect(panel).toContainText(excerpt);
  await expect(panel.locator('mark').first()).toContainText('<script>');
  await page.keyboard.press('Escape');

  // The table and the sources view are sinks too.
  await page.getByRole('tab', { name: 'Table' }).click();
  const row = page.getByRole('row', { name: /xss-test/ });
  await expect(row).toContainText(`Item ${payload}`);
  await expect(row).toContainText(excerpt);
  await page.getByRole('tab', { name: 'Sources' }).click();
  await expect(page.getByText(`Summary ${payload}`)).toBeVisible();
  await page.getByText('Read the article', { exact: true }).click();
  await expect(page.locator('.sources-view mark').first()).toContainText('<script>');

  // None of it became markup, and none of it ran.
  const injected = await page
    .locator('img[src="x"], main script, iframe, main b, a[href^="javascript"]')
    .evaluateAll((nodes) => nodes.map((node) => node.outerHTML));
  expect(injected).toEqual([]);
  expect(await page.locator('svg[onload], [onerror]').count()).toBe(0);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(dialogs).toBe(0);
});

test('the one Trusted Types policy starts the dataset worker and nothing else', async ({
  page,
  problems,
}) => {
  await page.goto('/');
  await timelineMark(page, 'us-approval-350m').toBeDrawn();
  const outcome = await page.evaluate(() => {
    const results: string[] = [];
    const tt = (
      window as unknown as { trustedTypes: { createPolicy: (n: string, r: object) => unknown } }
    ).trustedTypes;
    for (const name of ['dataset-worker', 'another']) {
      try {
        tt.createPolicy(name, { createScriptURL: (u: string) => u });
        results.push(`${name} created`);
      } catch {
        results.push(`${name} refused`);
      }
    }
    try {
      new Worker('data:text/javascript,postMessage(1)');
      results.push('string worker allowed');
    } catch {
      results.push('string worker refused');
    }
    return results;
  });
  expect(outcome).toEqual(['dataset-worker refused', 'another refused', 'string worker refused']);
  await page.evaluate(() => (window.__cspViolations = []));
  problems.consoleErrors.splice(0, problems.consoleErrors.length);
});

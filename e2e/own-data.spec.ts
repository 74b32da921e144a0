import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { timelineMark } from './timeline-marks';

const shipped = JSON.parse(readFileSync('data/announcements.json', 'utf8')) as {
  announcements: Array<Record<string, unknown>>;
};

test('a user dataset loads from the file picker: good records shown, bad ones listed, and back', async ({
  page,
}) => {
  await page.goto('/');
  const broken = structuredClone(shipped);
  broken.announcements[0]!.kind = 'gift';
  // A record no other record is part of, so that breaking it rejects it alone.
  const part = shipped.announcements.findIndex(
    (r) => r.id === 'us-delivery-60m-completed-november-2021',
  );
  broken.announcements[part]!.donors = ['XX'];
  await page.getByLabel('Load your own dataset…').setInputFiles({
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  const loaded = shipped.announcements.length - 2;
  await expect(page.getByTestId('data-status')).toContainText(
    `mine.json: ${loaded} loaded, 2 rejected`,
  );
  await expect(page.getByTestId('record-count')).toHaveText(String(loaded));
  await expect(page.getByText(/announcements\[0\]\.kind\): unknown kind "gift"/)).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the report' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('mine.json.problems.txt');
  const report = readFileSync((await download.path())!, 'utf8');
  expect(report).toContain(`mine.json: ${loaded} loaded, 2 rejected`);
  expect(report).toMatch(/announcements\[0\]\.kind\tunknown kind "gift"/);
  expect(report).toContain(`announcements[${part}].donors[0]\tunknown donor code "XX"`);

  // Excerpts without article texts are marked unverified.
  await timelineMark(page, 'us-approval-350m').hover();
  await expect(page.getByRole('tooltip')).toContainText('Unverified');

  await page.getByRole('button', { name: 'Back to the built-in dataset' }).click();
  await expect(page.getByTestId('record-count')).toHaveText(String(shipped.announcements.length));
});

test('a malformed file gets a message with line and column, and the view is kept', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Germany', exact: true }).click();
  const before = await page.getByTestId('summary-line').textContent();
  await page.getByLabel('Load your own dataset…').setInputFiles({
    name: 'x.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{\n  "a": 1,,\n}'),
  });
  await expect(page.getByRole('alert')).toContainText('malformed JSON at line 2, column 10');
  await expect(page.getByTestId('summary-line')).toHaveText(before!);
});

test('a dataset dropped on the page loads, with a drop target shown while dragging', async ({
  page,
}) => {
  await page.goto('/');
  const csv = readFileSync('public/sample-announcements.csv', 'utf8');
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
    return transfer;
  }, csv);
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await expect(page.getByText('Drop to load the dataset')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByText('Drop to load the dataset')).toHaveCount(0);
  await expect(page.getByTestId('data-status')).toContainText('dropped.csv: 4 loaded, 0 rejected');
  await expect(page.getByTestId('record-count')).toHaveText('4');
});

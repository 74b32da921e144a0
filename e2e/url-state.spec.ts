import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const timeline = (page: Page) => page.getByRole('group', { name: /^Timeline of/ });

/** What a reader sees of the view: enough to tell two views apart. */
async function readView(page: Page) {
  return {
    summary: await page.getByTestId('summary-line').textContent(),
    ticks: (await timeline(page).locator('.chart-axis text').allTextContents()).join(' '),
    us: await page
      .getByRole('button', { name: 'United States', exact: true })
      .getAttribute('aria-pressed'),
    lanes: await page
      .getByRole('radiogroup', { name: 'Lanes' })
      .getByRole('radio', { checked: true })
      .textContent(),
    metric: await page
      .getByRole('radiogroup', { name: 'Compare' })
      .getByRole('radio', { checked: true })
      .textContent(),
    pinned: await page.getByRole('complementary', { name: 'The source' }).count(),
  };
}

test('a copied URL restores exactly that view, and back/forward step through changes', async ({
  page,
  context,
}) => {
  await page.goto('/');
  const start = await readView(page);
  await page.getByRole('button', { name: 'United States', exact: true }).click();
  await expect.poll(() => page.url()).toContain('donor=US');
  const filtered = await readView(page);
  await page.getByRole('radio', { name: 'By kind' }).click();
  await page.getByRole('radio', { name: 'Announcements' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => page.url()).toMatch(/from=.*to=/);
  // Pin a mark the zoomed window shows (which ones it shows depends on the data's dates).
  // The chart's one tab stop is the first mark in view.
  const stop = timeline(page).locator('[role="img"][tabindex="0"]');
  await stop.focus();
  const pinned = (await stop.getAttribute('data-record-id'))!;
  expect(pinned).toBeTruthy();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'The source' })).toBeVisible();
  await expect.poll(() => page.url()).toContain(`record=${pinned}`);
  const full = await readView(page);
  const url = page.url();
  expect(url).toMatch(/lanes=kind/);
  expect(url).toMatch(/metric=count/);

  // The same address in a fresh tab is the same view.
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByRole('complementary', { name: 'The source' })).toBeVisible();
  await expect.poll(() => readView(other)).toEqual(full);
  await other.close();

  // Back steps through the changes, forward returns.
  await page.keyboard.press('Escape');
  await expect.poll(() => page.url()).not.toContain('record=');
  await page.goBack();
  await expect(page.getByRole('complementary', { name: 'The source' })).toBeVisible();
  await page.goBack(); // before the pin
  await expect(page.getByRole('complementary', { name: 'The source' })).toHaveCount(0);
  await expect.poll(() => readView(page)).toEqual({ ...full, pinned: 0 });
  for (let i = 0; i < 10 && (await readView(page)).lanes !== filtered.lanes; i++)
    await page.goBack();
  await expect.poll(() => readView(page)).toEqual(filtered);
  await page.goBack();
  await expect.poll(() => readView(page)).toEqual(start);
  await page.goForward();
  await expect.poll(() => readView(page)).toEqual(filtered);
});

test('a malformed or outdated parameter is ignored, and the rest of the view kept', async ({
  page,
}) => {
  await page.goto('/?donor=US,XX&lanes=colour&metric=count&from=nonsense&record=no-such-record');
  await expect(page.getByRole('button', { name: 'United States', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('radio', { name: 'By donor' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(page.getByRole('radio', { name: 'Announcements' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(page.getByRole('complementary', { name: 'The source' })).toHaveCount(0);
});

test('every URL parameter round-trips: opened, shown, and written back unchanged', async ({
  page,
}) => {
  // Every parameter the view keeps, each away from its default, in the order the app writes them.
  const query = [
    'donor=DE,US',
    'kind=approval,delivery,pledge',
    'category=anti-tank',
    'deployments=shown',
    'from=2022-01-10T00:00Z',
    'to=2022-04-01T00:00Z',
    'lanes=kind',
    'metric=quantity',
    'quantity=drones',
    'record=us-approval-350m',
    'lang=nl',
    'view=table',
    'sort=-usd',
  ].join('&');
  await page.goto(`/?${query}`);

  // Language, view and sort.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Militaire steun aan Oekraïne');
  await expect(page.getByRole('tab', { name: 'Tabel' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('columnheader', { name: /^Dollars/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  // Filters.
  for (const name of ['Duitsland', 'Verenigde Staten', 'Toezegging', 'Goedkeuring', 'Levering'])
    await expect(page.getByRole('button', { name, exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  await expect(page.getByRole('button', { name: 'antitank', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('checkbox', { name: /Toon inzet/ })).toBeChecked();
  // The pinned record.
  await expect(page.getByRole('complementary', { name: 'De bron' })).toContainText(
    'us-approval-350m',
  );
  // Nothing was rewritten.
  await page.waitForTimeout(600);
  expect(new URL(page.url()).search).toBe(`?${query}`);

  // The chart settings show on the charts.
  await page.keyboard.press('Escape');
  await expect.poll(() => new URL(page.url()).search).not.toContain('record=');
  await page.getByRole('tab', { name: 'Grafieken' }).click();
  await expect(page.getByRole('radio', { name: 'Per soort' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(page.getByRole('radio', { name: 'Aantallen' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(page.getByRole('combobox')).toHaveValue('drones');
  // The time window: January to March 2022, not the whole span from 2019.
  const ticks = (await page.locator('.chart-axis text').allTextContents()).join(' ');
  expect(ticks).toMatch(/feb/);
  expect(ticks).not.toMatch(/2019|2023/);
  await expect.poll(() => new URL(page.url()).search).not.toContain('view=');
  await page.goBack();
  await page.goBack();
  await expect.poll(() => new URL(page.url()).search).toBe(`?${query}`);
  await expect(page.getByRole('tab', { name: 'Tabel' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('complementary', { name: 'De bron' })).toBeVisible();
});

test('a new dataset starts from the default view, and the address says so', async ({ page }) => {
  await page.goto('/?donor=TR&view=table&sort=-usd&lang=nl');
  await expect(page.getByRole('tab', { name: 'Tabel' })).toHaveAttribute('aria-selected', 'true');
  await page.getByLabel('Eigen dataset laden…').setInputFiles('public/sample-announcements.csv');
  await expect(page.getByTestId('data-status')).toContainText('sample-announcements.csv');
  // The language is the reader's; everything else starts afresh.
  await expect.poll(() => new URL(page.url()).search).toBe('?lang=nl');
  await expect(page.getByRole('tab', { name: 'Grafieken' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByTestId('summary-line')).not.toContainText('Geen aankondiging');
  await page.waitForTimeout(800);
  expect(new URL(page.url()).search).toBe('?lang=nl');
});

test('a ?data= link keeps its view; back to the built-in data drops ?data=', async ({ page }) => {
  await page.goto('/?data=/sample-announcements.csv&donor=GB&view=table');
  await expect(page.getByTestId('data-status')).toContainText('sample-announcements.csv');
  await expect(page.getByRole('button', { name: 'United Kingdom', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('row', { name: /gb-delivery-nlaw-2000/ })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(2);
  expect(new URL(page.url()).search).toBe('?data=/sample-announcements.csv&donor=GB&view=table');

  await page.getByRole('button', { name: 'Back to the built-in dataset' }).click();
  await expect(page.getByTestId('data-status')).toContainText('built-in dataset');
  await expect.poll(() => new URL(page.url()).search).toBe('');
  await page.reload();
  await expect(page.getByTestId('data-status')).toContainText('built-in dataset');
});

test('a donor the dataset does not hold is dropped from the address, the rest kept', async ({
  page,
}) => {
  await page.goto('/?donor=FR,de&metric=count');
  await expect(page.getByRole('button', { name: 'Germany', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect.poll(() => new URL(page.url()).search).toBe('?donor=DE&metric=count');
  // Corrected in place: Back leaves the page rather than returning to the uncorrected address.
  expect(await page.evaluate(() => history.length)).toBe(2);
});

test('a link to a record folded into another opens the record that holds it now', async ({
  page,
}) => {
  // us-approval-stinger was folded into us-approval-baltic-transfers (issue 11); links made
  // before the merge still open its sentence, in the record that holds it now.
  await page.goto('/?record=us-approval-stinger');
  const panel = page.getByRole('complementary', { name: 'The source' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('us-approval-baltic-transfers');
  await expect(panel).toContainText('Stinger-luchtdoelraketten');
  await expect.poll(() => new URL(page.url()).search).toBe('?record=us-approval-baltic-transfers');
  // Corrected in place: Back leaves the page rather than returning to the old address.
  expect(await page.evaluate(() => history.length)).toBe(2);
});

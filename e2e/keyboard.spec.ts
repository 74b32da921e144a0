import { expect, test } from './fixtures';

// Issue 15, point 7: the keyboard reaches a chart within 10 Tabs from the top of the page.

/**
 * Whether the focus is inside a chart's card: the time window's (its overview strip and the
 * controls that set the timeline's window) or the timeline's (its controls or its marks).
 */
const inTimeline = () =>
  document.activeElement?.closest(
    'section[aria-labelledby="timeline-title"], section[aria-labelledby="time-window-title"]',
  ) !== null;

test('a chart is reached within 10 Tabs from the top: each filter list is one stop', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('group', { name: /^Timeline of/ })).toBeVisible();
  let tabs = 0;
  while (tabs < 40 && !(await page.evaluate(inTimeline))) {
    await page.keyboard.press('Tab');
    tabs += 1;
  }
  // Two skip links, the language and theme switches (one toolbar), the file chooser, the search
  // box, three filter lists and the view tabs: the time window's first control is the 10th Tab.
  expect(tabs).toBeLessThanOrEqual(10);

  // Inside a filter list the arrow keys move and Space toggles; Tab leaves the list.
  const donors = page.getByRole('toolbar', { name: 'Donors' });
  await donors.getByRole('button').first().focus();
  await page.keyboard.press('ArrowRight');
  const second = donors.getByRole('button').nth(1);
  await expect(second).toBeFocused();
  await page.keyboard.press('Space');
  await expect(second).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Tab');
  await expect(
    page
      .getByRole('toolbar', { name: /^Kinds/ })
      .getByRole('button')
      .first(),
  ).toBeFocused();
});

test('the skip links show when focused and land on the timeline and on the table', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('group', { name: /^Timeline of/ })).toBeVisible();
  await page.keyboard.press('Tab');
  const toTimeline = page.getByRole('link', { name: 'Skip to the timeline' });
  await expect(toTimeline).toBeFocused();
  await expect(toTimeline).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('Tab');
  const toTable = page.getByRole('link', { name: 'Skip to the table' });
  await expect(toTable).toBeInViewport({ ratio: 1 });
  await expect(toTimeline).not.toBeInViewport();

  // The table is a view of its own: the link switches to it and focuses it.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toBeFocused();
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page).toHaveURL(/view=table/);

  // From another view the timeline's link brings the charts back and lands on the timeline;
  // a few Tabs on, the focus is on its first mark.
  await toTimeline.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Charts' })).toHaveAttribute('aria-selected', 'true');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('timeline-start');
  let tabs = 0;
  const onMark = () =>
    document.activeElement?.closest('[role="group"][aria-label^="Timeline of"]') !== null;
  while (tabs < 20 && !(await page.evaluate(onMark))) {
    await page.keyboard.press('Tab');
    tabs += 1;
  }
  expect(tabs).toBeLessThanOrEqual(9);
});

import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import dataset from '../../data/announcements.json';
import type { Announcement, Dataset } from '../data/schema';
import { resetViewStore, useViewStore } from '../state/store';
import { makeRecord, onDay } from '../test/make-record';
import { createRateIndex } from '../data/rates';
import { RecordTable } from './record-table';

const data = dataset as Dataset;
const rates = createRateIndex(data.exchangeRates);

const HEADERS_EN = [
  'Record',
  'Date',
  'Donors',
  'Kind',
  'Recipient',
  'Amount as printed',
  'US dollars',
  'Items',
  'Excerpt (Dutch)',
  'Translation',
  'Article',
  'Note',
  'Part of',
];
const HEADERS_NL = [
  'Record',
  'Datum',
  'Donoren',
  'Soort',
  'Ontvanger',
  'Bedrag zoals genoemd',
  'Dollars',
  'Materieel',
  'Fragment',
  'Vertaling (Engels)',
  'Artikel',
  'Noot',
  'Deel van',
];

/** The donors' names as a reader of English knows them, written out by hand. */
const ENGLISH_NAMES: Record<string, string> = {
  BE: 'Belgium',
  DE: 'Germany',
  DK: 'Denmark',
  EE: 'Estonia',
  ES: 'Spain',
  GB: 'United Kingdom',
  LT: 'Lithuania',
  LV: 'Latvia',
  NATO: 'NATO',
  NL: 'Netherlands',
  SE: 'Sweden',
  TR: 'Türkiye',
  US: 'United States',
};

/** The expected order by donors: by name, ties in date order, then by id. */
function byDonors(records: readonly Announcement[], direction: 'ascending' | 'descending') {
  const name = (r: Announcement) =>
    [...r.donors]
      .sort()
      .map((code) => ENGLISH_NAMES[code]!)
      .join(' + ');
  const when = (r: Announcement) => `${r.date.start}/${r.date.end}/${r.id}`;
  const sign = direction === 'ascending' ? 1 : -1;
  return [...records]
    .sort(
      (a, b) =>
        sign * name(a).localeCompare(name(b), 'en') ||
        (when(a) < when(b) ? -1 : when(a) > when(b) ? 1 : 0),
    )
    .map((r) => r.id);
}

function renderTable(
  records: readonly Announcement[] = data.announcements,
  total = records.length,
) {
  return render(
    <RecordTable
      records={records}
      total={total}
      rates={rates}
      sources={data.sources}
      exchangeRates={data.exchangeRates}
    />,
  );
}

/** jsdom lays nothing out: elements get the height a browser would give the table's frame. */
function frameHeight(height: number) {
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(height);
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(800);
  // Every row one line high.
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(34);
}

const table = () => screen.getByRole('table');
const rowIds = () =>
  within(table())
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);
const header = (name: string) => within(table()).getByRole('columnheader', { name });

describe('RecordTable', () => {
  beforeEach(() => {
    resetViewStore({ all: true });
    vi.restoreAllMocks();
  });

  it('is a table named by its caption, with a header and a row per record', () => {
    const some = data.announcements.slice(0, 10);
    renderTable(some, data.announcements.length);
    expect(table()).toHaveAccessibleName(
      `The 10 announcements in view (of ${data.announcements.length}), as the filters and the time window leave them.`,
    );
    expect(rowIds()).toHaveLength(10);
    expect(new Set(rowIds())).toEqual(new Set(some.map((r) => r.id)));
  });

  it('has 13 column headers, each a sort button', () => {
    renderTable();
    const headers = within(table()).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent!.replace(/[▲▼↕]/g, '').trim())).toEqual(HEADERS_EN);
    for (const [i, h] of headers.entries())
      expect(within(h).getByRole('button', { name: HEADERS_EN[i] })).toBeInTheDocument();
  });

  it('starts sorted by date, oldest first', () => {
    renderTable();
    expect(header('Date')).toHaveAttribute('aria-sort', 'ascending');
    const starts = rowIds().map((id) => data.announcements.find((r) => r.id === id)!.date.start);
    expect(starts).toEqual([...starts].sort());
  });

  it('sorts by a column on click, then the other way round; the store follows', async () => {
    renderTable();
    const donors = () => within(header('Donors')).getByRole('button');

    await userEvent.click(donors());
    expect(header('Donors')).toHaveAttribute('aria-sort', 'ascending');
    // aria-sort sits on the sorted column only.
    for (const name of HEADERS_EN.filter((h) => h !== 'Donors'))
      expect(header(name)).not.toHaveAttribute('aria-sort');
    expect(useViewStore.getState().tableSort).toEqual({ key: 'donors', direction: 'ascending' });
    expect(rowIds()).toEqual(byDonors(data.announcements, 'ascending'));

    await userEvent.click(donors());
    expect(header('Donors')).toHaveAttribute('aria-sort', 'descending');
    expect(useViewStore.getState().tableSort).toEqual({ key: 'donors', direction: 'descending' });
    expect(rowIds()).toEqual(byDonors(data.announcements, 'descending'));

    // Another column starts ascending again.
    await userEvent.click(within(header('Kind')).getByRole('button'));
    expect(header('Kind')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Donors')).not.toHaveAttribute('aria-sort');
  });

  it('follows a sort set in the store (as the URL sets it)', () => {
    act(() => useViewStore.getState().setTableSort({ key: 'usd', direction: 'descending' }));
    renderTable();
    expect(header('US dollars')).toHaveAttribute('aria-sort', 'descending');
    // The largest sum printed is the US running total of about 30 billion dollars.
    expect(rowIds()[0]).toBe('us-cumulative-30bn');
  });

  it('falls back to the first column for an unknown sort key', () => {
    act(() => useViewStore.getState().setTableSort({ key: 'nonsense', direction: 'ascending' }));
    renderTable();
    expect(header('Record')).toHaveAttribute('aria-sort', 'ascending');
    // Ids in natural order: the numbers in them compare as numbers (us-pledge-60bn before -500m).
    expect(rowIds()).toEqual(
      data.announcements
        .map((r) => r.id)
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
    );
  });

  it('pins a record when its id is clicked', async () => {
    renderTable();
    await userEvent.click(
      screen.getByRole('button', { name: 'Open the source: us-approval-350m' }),
    );
    expect(useViewStore.getState().pinnedId).toBe('us-approval-350m');
  });

  it('shows each record’s fields in its row', () => {
    renderTable();
    const row = screen
      .getByRole('button', { name: 'Open the source: us-delivered-221m-eur' })
      .closest('tr')!;
    const cells = within(row).getAllByRole('cell');
    expect(cells).toHaveLength(12);
    const cell = (name: string) => cells[HEADERS_EN.indexOf(name) - 1]!;
    expect(cell('Donors')).toHaveTextContent('United States');
    expect(cell('Kind')).toHaveTextContent('Delivery');
    expect(cell('Part of')).toHaveTextContent('us-approval-350m');
    // 221 million euros at March 2022's rate of 1.1019 dollars is about $244M.
    expect(cell('US dollars')).toHaveTextContent('$244M');
    expect(cell('Excerpt (Dutch)')).toHaveAttribute('lang', 'nl');
  });

  it('speaks Dutch in Dutch: headers and caption', () => {
    renderTable();
    act(() => useViewStore.getState().setLanguage('nl'));
    const headers = within(table()).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent!.replace(/[▲▼↕]/g, '').trim())).toEqual(HEADERS_NL);
    expect(table()).toHaveAccessibleName(
      `De ${data.announcements.length} aankondigingen in beeld (van ${data.announcements.length}), zoals de filters en het tijdvenster ze overlaten.`,
    );
    expect(
      screen.getByRole('button', { name: 'Open de bron: us-approval-350m' }),
    ).toBeInTheDocument();
    const row = screen.getByRole('button', { name: /us-approval-350m/ }).closest('tr')!;
    expect(within(row).getAllByRole('cell')[1]).toHaveTextContent('Verenigde Staten');
    // The curator's note reads in Dutch too (data/notes-nl.json), marked as Dutch.
    const note = within(row).getAllByRole('cell')[HEADERS_NL.indexOf('Noot') - 1]!;
    expect(note).toHaveTextContent(/^Twee dagen na 24 februari/);
    expect(note).toHaveAttribute('lang', 'nl');
  });

  it('keeps only the rows in and near its frame in the page, saying which of how many', async () => {
    frameHeight(340);
    const many = Array.from({ length: 450 }, (_, i) =>
      makeRecord({
        id: `many-${String(i).padStart(3, '0')}`,
        date: onDay(`2022-01-${String((i % 28) + 1).padStart(2, '0')}`),
      }),
    );
    renderTable(many);
    expect(table()).toHaveAccessibleName(/^The 450 announcements in view \(of 450\)/);
    expect(table()).toHaveAttribute('aria-rowcount', '451');
    const rows = () => within(table()).getAllByRole('row');
    await screen.findAllByRole('rowheader');
    expect(rows()[0]).toHaveAttribute('aria-rowindex', '1');
    const drawn = rowIds();
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn.length).toBeLessThan(60);
    // The first rows in date order, each saying where it stands among all 451.
    expect(rows()[1]).toHaveAttribute('aria-rowindex', '2');
    expect(drawn[0]).toBe('many-000');

    // Scrolled to the end, the last rows are drawn, and still the header.
    const frame = screen.getByRole('region', { name: /announcements in view/ });
    act(() => {
      frame.scrollTop = 450 * 40;
      frame.dispatchEvent(new Event('scroll'));
    });
    const last = rows().at(-1)!;
    expect(last).toHaveAttribute('aria-rowindex', '451');
    expect(within(last).getByRole('rowheader')).toHaveTextContent('many-447');
    expect(within(table()).getAllByRole('columnheader')).toHaveLength(13);
  });

  it('sorts all the rows, not only those drawn', async () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      makeRecord({ id: `row-${String(i).padStart(3, '0')}`, date: onDay('2022-03-01') }),
    );
    frameHeight(340);
    renderTable(many);
    await userEvent.click(within(header('Record')).getByRole('button'));
    await userEvent.click(within(header('Record')).getByRole('button'));
    expect(header('Record')).toHaveAttribute('aria-sort', 'descending');
    expect(rowIds()[0]).toBe('row-299');
  });

  it('marks the rows the search found and the words in them; the others stay, dimmed', () => {
    act(() => useViewStore.getState().setQuery('grensregio'));
    const found = new Set(['us-first-deliveries-350m']);
    render(
      <RecordTable
        records={data.announcements}
        total={data.announcements.length}
        rates={rates}
        sources={data.sources}
        exchangeRates={data.exchangeRates}
        matches={found}
      />,
    );
    expect(rowIds()).toHaveLength(data.announcements.length);
    const row = screen
      .getByRole('button', { name: 'Open the source: us-first-deliveries-350m' })
      .closest('tr')!;
    expect(row).toHaveClass('search-hit');
    expect(
      within(row)
        .getAllByText('grensregio')
        .every((el) => el.tagName === 'MARK'),
    ).toBe(true);
    const other = screen.getByRole('button', { name: 'Open the source: us-approval-350m' });
    expect(other.closest('tr')).toHaveClass('search-dimmed');
  });

  it('says so, without a table, when no record is in view', () => {
    renderTable([], data.announcements.length);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('No announcement matches the filters.')).toBeInTheDocument();
  });
});

import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import dataset from '../../data/announcements.json';
import type { Dataset } from '../data/schema';
import { createRateIndex } from '../data/rates';
import { generateSyntheticDataset } from '../data/synthetic';
import { resetViewStore, useViewStore } from '../state/store';
import { DonorTable, ROW_CAP } from './donor-table';

const data = dataset as Dataset;
const rates = createRateIndex(data.exchangeRates);

describe('DonorTable', () => {
  beforeEach(() => resetViewStore({ all: true }));

  it('is a real table: a caption, column headers and a row header per donor', () => {
    render(<DonorTable records={data.announcements} rates={rates} />);
    const table = screen.getByRole('table', { name: /^Each donor in view/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Donor', 'Announcements', 'Committed', 'Delivered', 'Quantities']);
    const us = within(table)
      .getByRole('rowheader', { name: /^United States$/ })
      .closest('tr')!;
    const cells = within(us).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent(/^\d+: Pledge \d+, Approval \d+, Delivery \d+/);
    expect(cells[1]).toHaveTextContent('$3.11B');
    const gb = within(table)
      .getByRole('rowheader', { name: /^United Kingdom$/ })
      .closest('tr')!;
    expect(within(gb).getAllByRole('cell')[3]).toHaveTextContent('2,000 anti-tank');
    expect(within(gb).getAllByRole('cell')[1]).toHaveTextContent('–');
  });

  it('speaks Dutch in Dutch', () => {
    render(<DonorTable records={data.announcements} rates={rates} />);
    act(() => useViewStore.getState().setLanguage('nl'));
    expect(screen.getByRole('table', { name: /^Elke donor in beeld/ })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Toegezegd' })).toBeInTheDocument();
  });

  it('draws nothing when no donor is in view', () => {
    const { container } = render(<DonorTable records={[]} rates={rates} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('follows the charts for a large dataset: nothing in the first render, the table after a paint', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout'] });
    try {
      const large = generateSyntheticDataset({ size: 5000, seed: 2 });
      render(
        <DonorTable records={large.announcements} rates={createRateIndex(large.exchangeRates)} />,
      );
      expect(screen.queryByRole('table')).toBeNull();
      act(() => vi.advanceTimersToNextFrame());
      act(() => vi.runOnlyPendingTimers());
      expect(screen.getByRole('table', { name: /^Each donor in view/ })).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows the donors with the most dollars first, and all of them on request', () => {
    const many = generateSyntheticDataset({ size: 3000, seed: 3 });
    render(<DonorTable records={many.announcements} rates={createRateIndex(many.exchangeRates)} />);
    const table = screen.getByRole('table', { name: /^Each donor in view/ });
    const rowsNow = () => within(table).getAllByRole('rowheader').length;
    expect(rowsNow()).toBe(ROW_CAP);
    const more = screen.getByRole('button', { name: /^Show all [\d,]+ rows$/ });
    const all = Number(more.textContent!.replace(/\D/g, ''));
    expect(all).toBeGreaterThan(ROW_CAP);
    expect(
      screen.getByText(/^The 25 donors with the most dollars committed, of [\d,]+ donors/),
    ).toBeInTheDocument();
    act(() => more.click());
    expect(rowsNow()).toBe(all);
    act(() => screen.getByRole('button', { name: 'Show the first 25' }).click());
    expect(rowsNow()).toBe(ROW_CAP);
  });

  it('has no switch when every donor fits', () => {
    render(<DonorTable records={data.announcements} rates={rates} />);
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
  });
});

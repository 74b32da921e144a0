import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import dataset from '../../../data/announcements.json';
import type { Announcement, Dataset } from '../../data/schema';
import { createRateIndex } from '../../data/rates';
import { resetViewStore, useViewStore } from '../../state/store';
import { BarChart } from './bar-chart';

const data = dataset as Dataset;
const rates = createRateIndex(data.exchangeRates);
const aid = data.announcements.filter((r) => r.kind !== 'deployment');
const byDonor = (code: string) =>
  aid.filter((r) => r.donors.includes(code) && r.donors.length === 1);
const draw = (records = aid) =>
  render(<BarChart records={records} allRecords={data.announcements} rates={rates} />);
const bars = () => screen.queryByRole('group', { name: /^Aid by donor/ });

describe('the comparison names the donors it cannot draw', () => {
  beforeEach(() => resetViewStore({ all: true }));

  it('in dollars: one bar for the one donor with sums, the others named once under it', () => {
    draw();
    expect(within(bars()!).getAllByRole('button', { name: /filter to/i })).toHaveLength(1);
    expect(within(bars()!).queryByText('no sum printed')).not.toBeInTheDocument();
    expect(screen.getByTestId('bar-absent')).toHaveTextContent(
      /^No sum printed for .*Germany.*United Kingdom.* and .*\.$/,
    );
  });

  it('with nothing summable: says so in words, with no axis', () => {
    draw([...byDonor('GB'), ...byDonor('DE')]);
    expect(bars()).not.toBeInTheDocument();
    expect(
      screen.getByText('No announcement in view prints a sum, so there are no dollars to compare.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('$0')).not.toBeInTheDocument();
    expect(screen.getByTestId('bar-absent')).toHaveTextContent(
      'No sum printed for Germany and United Kingdom.',
    );
  });

  it('in quantities: the donors with records of the category but no count, named once', () => {
    act(() => useViewStore.getState().setMetric('quantity'));
    draw();
    expect(screen.getByTestId('bar-absent')).toHaveTextContent(
      /^No count of anti-tank items from United States/,
    );
    act(() => useViewStore.getState().setQuantityCategory('medical'));
    expect(
      screen.getByText('No announcement in view gives a count of medical.'),
    ).toBeInTheDocument();
  });

  it('with nothing in view at all: the chart says so, and names no one', () => {
    draw([]);
    expect(screen.getByText(/^Nothing to compare/)).toBeInTheDocument();
    expect(screen.queryByTestId('bar-absent')).not.toBeInTheDocument();
  });

  it('dims the segments of records the search did not find', () => {
    act(() => useViewStore.getState().setMetric('count'));
    render(
      <BarChart
        records={aid}
        allRecords={data.announcements}
        rates={rates}
        matches={new Set(['gb-delivery-nlaw-2000'])}
      />,
    );
    const segments = within(bars()!).getAllByRole('img');
    const found = segments.filter((s) => !s.classList.contains('dimmed'));
    expect(found).toHaveLength(1);
    expect(found[0]).toHaveAccessibleName(/United Kingdom, delivery/);
  });
});

describe('the comparison renders only for a change of its own', () => {
  beforeEach(() => resetViewStore({ all: true }));

  it('is not drawn again when the page renders with the same records (a window not yet applied)', () => {
    const page = (records: readonly Announcement[], tick: number) => (
      <>
        <span>{tick}</span>
        <BarChart records={records} allRecords={data.announcements} rates={rates} />
      </>
    );
    const { rerender } = render(page(aid, 0));
    // The chart leaves a mark each time it draws (the benchmark's); a render it skips leaves none.
    const marks = vi.spyOn(performance, 'mark');
    rerender(page(aid, 1));
    expect(marks.mock.calls.filter(([name]) => name === 'explorer:bars-drawn')).toHaveLength(0);
    rerender(page(byDonor('US'), 2));
    expect(marks.mock.calls.filter(([name]) => name === 'explorer:bars-drawn')).toHaveLength(1);
    marks.mockRestore();
  });
});

describe('the donors’ buttons', () => {
  beforeEach(() => resetViewStore({ all: true }));

  it('hold the label they show in their name (WCAG 2.5.3), short on a narrow chart', () => {
    act(() => useViewStore.getState().setMetric('count'));
    draw();
    const buttons = within(bars()!).getAllByRole('button', { name: /filter to/i });
    expect(buttons.length).toBeGreaterThan(5);
    for (const button of buttons) {
      const shown = button.textContent!.trim();
      expect(shown).not.toBe('');
      expect(button).toHaveAccessibleName(expect.stringContaining(shown));
    }
    expect(
      within(bars()!).getByRole('button', { name: 'US: filter to United States' }),
    ).toHaveTextContent(/^US$/);
    expect(
      within(bars()!).getByRole('button', {
        name: 'EE+LT+LV: filter to Estonia + Lithuania + Latvia',
      }),
    ).toBeInTheDocument();
  });
});

import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import dataset from '../../../data/announcements.json';
import { createRateIndex } from '../../data/rates';
import { dayStart } from '../../data/days';
import type { Dataset } from '../../data/schema';
import { resetViewStore, useViewStore } from '../../state/store';
import { makeRecord, onDay, usd } from '../../test/make-record';
import { RunningTotalChart } from './running-total';

const data = dataset as Dataset;
const rates = createRateIndex(data.exchangeRates);
const records = data.announcements;

describe('RunningTotalChart', () => {
  beforeEach(() => resetViewStore({ all: true }));

  it('is one tab stop, labelled, with its keys described and the donors without a sum named once', () => {
    render(<RunningTotalChart records={records} allRecords={records} rates={rates} />);
    expect(screen.getByRole('heading', { name: 'Aid over time' })).toBeInTheDocument();
    const chart = screen.getByRole('application', {
      name: 'Aid over time: running totals, committed, 1 line',
    });
    expect(chart).toHaveAccessibleDescription(/Left and Right step through the points/);
    expect(screen.getByText(/^No sum in US dollars in view from these donors: /)).toHaveTextContent(
      /United Kingdom, Germany, /,
    );
    expect(screen.getAllByText(/Germany/)).toHaveLength(1);
    // One tab stop: the chart itself; nothing inside it is focusable.
    expect(chart).toHaveAttribute('tabindex', '0');
    expect(chart.querySelectorAll('[tabindex]')).toHaveLength(0);
    act(() => chart.focus());
    // Focus starts at the line's end: the total, as the comparison's bar.
    expect(
      screen.getByText(/^United States, 24 Feb 2023: \$3\.11B committed in all; moved by/),
    ).toBeInTheDocument();
  });

  it('steps through the points with the arrow keys, shows the record, and pins it with Enter', () => {
    render(<RunningTotalChart records={records} allRecords={records} rates={rates} />);
    const chart = screen.getByRole('application');
    act(() => chart.focus());
    fireEvent.keyDown(chart, { key: 'Home' });
    const live = () => document.getElementById('running-point')!.textContent;
    expect(live()).toMatch(/^United States, 31 Aug 2021: \$60M committed in all/);
    fireEvent.keyDown(chart, { key: 'ArrowRight' });
    expect(live()).toMatch(/^United States, 31 Jan 2022: \$260M committed in all/);
    expect(useViewStore.getState().hoveredId).toBe('us-approval-200m');
    fireEvent.keyDown(chart, { key: 'End' });
    fireEvent.keyDown(chart, { key: 'ArrowLeft' });
    expect(live()).toMatch(/running total as reported, \$30B, never added \(beyond the scale\)/);
    fireEvent.keyDown(chart, { key: 'Enter' });
    expect(useViewStore.getState().pinnedId).toBe(useViewStore.getState().hoveredId);
  });

  it('changes donor with Up and Down, at the same moment, and hovers by pointer', () => {
    const two = [
      makeRecord({ id: 'gb-1', donors: ['GB'], amount: usd(5), date: onDay('2022-03-01') }),
      makeRecord({ id: 'us-1', amount: usd(50), date: onDay('2022-02-01') }),
      makeRecord({ id: 'us-2', amount: usd(50), date: onDay('2022-04-01') }),
    ];
    render(<RunningTotalChart records={two} allRecords={two} rates={rates} />);
    const chart = screen.getByRole('application', { name: /2 lines/ });
    act(() => chart.focus());
    const hovered = () => useViewStore.getState().hoveredId;
    expect(hovered()).toBe('us-2');
    fireEvent.keyDown(chart, { key: 'Home' });
    fireEvent.keyDown(chart, { key: 'ArrowDown' });
    expect(hovered()).toBe('gb-1');
    fireEvent.keyDown(chart, { key: 'ArrowDown' });
    expect(hovered()).toBe('gb-1');
    fireEvent.keyDown(chart, { key: 'ArrowUp' });
    expect(hovered()).toBe('us-1');
    act(() => chart.blur());
    expect(hovered()).toBeNull();
    const plot = chart.querySelector('.running-hit')!;
    // A tap (no hover before it) pins the point where it lands.
    fireEvent.click(plot, { clientX: 5000, clientY: 0 });
    expect(useViewStore.getState().pinnedId).toBe('us-2');
    fireEvent.pointerMove(plot, { clientX: 5000, clientY: 0 });
    expect(hovered()).toBe('us-2');
    fireEvent.pointerLeave(plot);
    expect(hovered()).toBeNull();
  });

  it('switches to deliveries', async () => {
    render(<RunningTotalChart records={records} allRecords={records} rates={rates} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Delivered' }));
    expect(
      screen.getByRole('application', { name: /running totals, delivered, 1 line/ }),
    ).toBeInTheDocument();
  });

  it('says so in words, with no axis, when nothing in view can be summed', () => {
    const none = [makeRecord({ donors: ['DE'], kind: 'refusal' })];
    render(<RunningTotalChart records={none} allRecords={records} rates={rates} />);
    expect(screen.queryByRole('application')).toBeNull();
    expect(screen.getByText(/^Nothing to add up/)).toBeInTheDocument();
    expect(screen.getByText('No sum in US dollars in view from: Germany.')).toBeInTheDocument();
    const downloads = screen.getByRole('group', { name: 'Download: Aid over time' });
    for (const button of within(downloads).getAllByRole('button')) expect(button).toBeDisabled();
  });

  it('follows the store’s time window and reads Dutch', () => {
    const window: [number, number] = [dayStart('2023-01-01'), dayStart('2023-03-01')];
    act(() => useViewStore.setState({ timeWindow: window, language: 'nl' }));
    const inWindow = [
      makeRecord({
        donors: ['GB'],
        amount: usd(5),
        date: { start: '2022-01-01', end: '2022-01-01', precision: 'day', basis: 'explicit' },
      }),
      ...records,
    ];
    render(<RunningTotalChart records={inWindow} allRecords={records} rates={rates} />);
    expect(screen.getByRole('heading', { name: 'Steun door de tijd' })).toBeInTheDocument();
    // Only the two pledges of February 2023 are in the window: $2.5B.
    expect(screen.getByRole('application', { name: /toegezegd, 1 lijn/ })).toBeInTheDocument();
    expect(screen.getByText(/Verenigde Staten 2,5 miljard dollar/)).toBeInTheDocument();
    expect(screen.queryByText(/Verenigd Koninkrijk/)).toBeNull();
  });
});

import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { dayStart } from '../../data/days';
import { resetViewStore, useViewStore } from '../../state/store';
import { makeRecord, onDay } from '../../test/make-record';
import { TimeWindowPanel } from './time-window-panel';

/** Data from 1 Jan 2019 to 24 Feb 2023: the axis runs from 20 Dec 2018 to 8 Mar 2023. */
const records = [
  makeRecord({ date: onDay('2019-01-01') }),
  makeRecord({ date: onDay('2022-01-20') }),
  makeRecord({ date: onDay('2022-03-01') }),
  makeRecord({ date: onDay('2023-02-24') }),
];
const day = dayStart;
const presets = () => screen.getByRole('group', { name: 'Show' });
const preset = (name: string) => within(presets()).getByRole('button', { name });
const pressed = () =>
  within(presets())
    .getAllByRole('button', { pressed: true })
    .map((b) => b.textContent);
const windowNow = () => useViewStore.getState().timeWindow;

describe('the time window panel', () => {
  beforeEach(() => resetViewStore({ all: true }));

  it('offers the presets as buttons, Everything pressed at first', () => {
    render(<TimeWindowPanel records={records} filtered={records} />);
    expect(
      within(presets())
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Before the invasion', 'First weeks of the invasion', 'One year on', 'Everything']);
    expect(pressed()).toEqual(['Everything']);
  });

  it('sets a preset’s exact dates, marks it pressed and shows its days in From and To', async () => {
    render(<TimeWindowPanel records={records} filtered={records} />);
    await userEvent.click(preset('First weeks of the invasion'));
    expect(windowNow()).toEqual([day('2022-02-24'), day('2022-04-01')]);
    expect(pressed()).toEqual(['First weeks of the invasion']);
    expect(screen.getByLabelText('From')).toHaveValue('24 Feb 2022');
    expect(screen.getByLabelText('To')).toHaveValue('31 Mar 2022');
    await userEvent.click(preset('Before the invasion'));
    expect(windowNow()).toEqual([day('2018-12-20'), day('2022-02-24')]);
    expect(screen.getByLabelText('To')).toHaveValue('23 Feb 2022');
    await userEvent.click(preset('Everything'));
    expect(windowNow()).toBeNull();
    expect(screen.getByLabelText('From')).toHaveValue('20 Dec 2018');
  });

  it('follows a window set elsewhere (the zoom), and marks no preset for it', () => {
    render(<TimeWindowPanel records={records} filtered={records} />);
    act(() => useViewStore.getState().setTimeWindow([day('2022-01-10') + 3e6, day('2022-02-01')]));
    expect(screen.getByLabelText('From')).toHaveValue('10 Jan 2022');
    expect(screen.getByLabelText('To')).toHaveValue('31 Jan 2022');
    expect(within(presets()).queryAllByRole('button', { pressed: true })).toEqual([]);
  });

  it('sets the window from typed dates, both days included', () => {
    render(<TimeWindowPanel records={records} filtered={records} />);
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2022-01-15' } });
    expect(windowNow()).toEqual([day('2022-01-15'), day('2023-03-09')]);
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2022-03-05' } });
    expect(windowNow()).toEqual([day('2022-01-15'), day('2022-03-06')]);
  });

  it('says From after To beside the field and changes nothing', () => {
    render(<TimeWindowPanel records={records} filtered={records} />);
    act(() => useViewStore.getState().setTimeWindow([day('2022-01-15'), day('2022-03-06')]));
    const to = screen.getByLabelText('To');
    fireEvent.change(to, { target: { value: '2021-12-01' } });
    expect(windowNow()).toEqual([day('2022-01-15'), day('2022-03-06')]);
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(to).toHaveAccessibleDescription(/^From is after To: nothing changed\. Day, month, year/);
  });

  it('says an empty or partial date is no date when the field is left, and changes nothing', () => {
    render(<TimeWindowPanel records={records} filtered={records} />);
    const from = screen.getByLabelText('From');
    fireEvent.change(from, { target: { value: '' } });
    fireEvent.blur(from);
    expect(windowNow()).toBeNull();
    expect(from).toHaveAccessibleDescription(/^Not a date/);
  });

  it('says a span with no data so, naming the data’s span, and changes nothing', () => {
    render(<TimeWindowPanel records={records} filtered={records} />);
    const from = screen.getByLabelText('From');
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2030-02-01' } });
    fireEvent.change(from, { target: { value: '2030-01-01' } });
    expect(windowNow()).toBeNull();
    expect(from).toHaveAccessibleDescription(
      /^No data in this time: the data run from 20 Dec 2018 to 8 Mar 2023\. /,
    );
  });

  it('keeps a zoomed window to the minute when a field is passed through unchanged', () => {
    render(<TimeWindowPanel records={records} filtered={records} />);
    const zoomed: [number, number] = [day('2022-01-10') + 3e6, day('2022-02-01') + 6e5];
    act(() => useViewStore.getState().setTimeWindow(zoomed));
    fireEvent.blur(screen.getByLabelText('From'));
    expect(windowNow()).toEqual(zoomed);
  });

  it('switches the axis between squeezed and linear, and says what each means', async () => {
    render(<TimeWindowPanel records={records} filtered={records} />);
    const axis = screen.getByRole('radiogroup', { name: 'Time axis' });
    expect(within(axis).getByRole('radio', { name: 'Squeezed' })).toBeChecked();
    await userEvent.click(within(axis).getByRole('radio', { name: 'Linear' }));
    expect(useViewStore.getState().axisMode).toBe('linear');
    expect(screen.getByText(/equal widths are equal durations/)).toBeInTheDocument();
  });

  it('disables a preset the data hold no time of, and speaks Dutch in the Dutch interface', () => {
    useViewStore.setState({ language: 'nl' });
    const late = [makeRecord({ date: onDay('2022-06-01') })];
    render(<TimeWindowPanel records={late} filtered={late} />);
    const group = screen.getByRole('group', { name: 'Toon' });
    expect(within(group).getByRole('button', { name: 'Voor de invasie' })).toBeDisabled();
    expect(screen.getByLabelText('Van')).toBeInTheDocument();
    expect(screen.getByLabelText('Tot en met')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Overzicht: aankondigingen/ })).toBeInTheDocument();
  });

  it('writes and reads the days in the app’s language, not the browser’s, with the format beside', () => {
    useViewStore.setState({ language: 'nl' });
    render(<TimeWindowPanel records={records} filtered={records} />);
    const from = screen.getByLabelText('Van');
    // A text field: no browser date picker in the browser's own format.
    expect(from).toHaveAttribute('type', 'text');
    expect(from).toHaveValue('20 dec 2018');
    expect(from).toHaveAccessibleDescription('Dag, maand, jaar: 24 feb 2022 of 24-02-2022');
    fireEvent.change(from, { target: { value: '15 januari 2022' } });
    expect(windowNow()).toEqual([day('2022-01-15'), day('2023-03-09')]);
    expect(from).toHaveValue('15 jan 2022');
    const to = screen.getByLabelText('Tot en met');
    fireEvent.change(to, { target: { value: '5-3-2022' } });
    expect(windowNow()).toEqual([day('2022-01-15'), day('2022-03-06')]);
    expect(to).toHaveValue('5 mrt 2022');
    // Day first: 02/24 is no date in either language, and says so when the field is left.
    fireEvent.change(to, { target: { value: '02/24/2022' } });
    fireEvent.blur(to);
    expect(windowNow()).toEqual([day('2022-01-15'), day('2022-03-06')]);
    expect(to).toHaveAccessibleDescription(/^Geen datum/);
    act(() => useViewStore.setState({ language: 'en' }));
    expect(screen.getByLabelText('From')).toHaveValue('15 Jan 2022');
  });
});

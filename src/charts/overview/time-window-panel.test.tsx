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
    expect(screen.getByLabelText('From')).toHaveValue('2022-02-24');
    expect(screen.getByLabelText('To')).toHaveValue('2022-03-31');
    await userEvent.click(preset('Before the invasion'));
    expect(windowNow()).toEqual([day('2018-12-20'), day('2022-02-24')]);
    expect(screen.getByLabelText('To')).toHaveValue('2022-02-23');
    await userEvent.click(preset('Everything'));
    expect(windowNow()).toBeNull();
    expect(screen.getByLabelText('From')).toHaveValue('2018-12-20');
  });

  it('follows a window set elsewhere (the zoom), and marks no preset for it', () => {
    render(<TimeWindowPanel records={records} filtered={records} />);
    act(() => useViewStore.getState().setTimeWindow([day('2022-01-10') + 3e6, day('2022-02-01')]));
    expect(screen.getByLabelText('From')).toHaveValue('2022-01-10');
    expect(screen.getByLabelText('To')).toHaveValue('2022-01-31');
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
    expect(to).toHaveAccessibleDescription('From is after To: nothing changed.');
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
      'No data in this time: the data run from 20 Dec 2018 to 8 Mar 2023.',
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
});

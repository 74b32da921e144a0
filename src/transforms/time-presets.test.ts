import { describe, expect, it } from 'vitest';
import { dayStart } from '../data/days';
import {
  activePreset,
  INVASION,
  presetWindow,
  PRESETS,
  sameWindow,
  windowDays,
  windowFromDays,
} from './time-presets';

/** The built-in data's axis: 1 Jan 2019 to 24 Feb 2023, with 12 days either side. */
const domain: [number, number] = [dayStart('2018-12-20'), dayStart('2023-03-09')];
const day = dayStart;

describe('presets', () => {
  it.each<[string, [number, number] | null | 'outside']>([
    ['before', [domain[0], day('2022-02-24')]],
    ['first-weeks', [day('2022-02-24'), day('2022-04-01')]],
    ['one-year', [day('2022-02-24'), day('2023-02-25')]],
    ['everything', null],
  ])('%s is exact dates, clamped to the data', (id, window) => {
    expect(presetWindow(id as never, domain)).toEqual(window);
  });

  it('starts on the day of the invasion, in UTC', () => {
    expect(new Date(INVASION).toISOString()).toBe('2022-02-24T00:00:00.000Z');
    expect(PRESETS.map((p) => p.id)).toEqual(['before', 'first-weeks', 'one-year', 'everything']);
  });

  it('says a preset is outside data that hold none of its time, and whole when it covers all', () => {
    const after: [number, number] = [day('2022-06-01'), day('2022-09-01')];
    expect(presetWindow('before', after)).toBe('outside');
    expect(presetWindow('first-weeks', after)).toBe('outside');
    expect(presetWindow('one-year', after)).toBeNull();
  });

  it('knows which preset the window is, to the minute, and none for another window', () => {
    expect(activePreset(null, domain)).toBe('everything');
    expect(activePreset([day('2022-02-24') + 30_000, day('2022-04-01')], domain)).toBe(
      'first-weeks',
    );
    expect(activePreset([domain[0], day('2022-02-24')], domain)).toBe('before');
    expect(activePreset([day('2022-02-24'), day('2022-03-31')], domain)).toBeNull();
  });

  it('compares windows to the minute', () => {
    expect(sameWindow(null, null)).toBe(true);
    expect(sameWindow(null, [0, 1])).toBe(false);
    expect(sameWindow([0, 120_000], [59_000, 120_000])).toBe(true);
    expect(sameWindow([0, 120_000], [61_000, 120_000])).toBe(false);
  });
});

describe('the date fields', () => {
  it('show the window’s own first and last days (the end is exclusive)', () => {
    expect(windowDays([day('2022-02-24'), day('2022-04-01')], domain)).toEqual({
      from: '2022-02-24',
      to: '2022-03-31',
    });
    expect(windowDays([day('2022-01-10') + 3_600_000, day('2022-01-20') + 60_000], domain)).toEqual(
      { from: '2022-01-10', to: '2022-01-20' },
    );
    expect(windowDays(null, domain)).toEqual({ from: '2018-12-20', to: '2023-03-08' });
  });

  it('set the window from the first day’s start to the last day’s end', () => {
    expect(windowFromDays('2022-01-10', '2022-02-28', domain)).toEqual({
      window: [day('2022-01-10'), day('2022-03-01')],
    });
    expect(windowFromDays('2022-03-01', '2022-03-01', domain)).toEqual({
      window: [day('2022-03-01'), day('2022-03-02')],
    });
  });

  it('clamp days beyond the data to it, and a window over all of it is the whole span', () => {
    expect(windowFromDays('2010-01-01', '2022-02-23', domain)).toEqual({
      window: [domain[0], day('2022-02-24')],
    });
    expect(windowFromDays('2010-01-01', '2030-01-01', domain)).toEqual({ window: null });
  });

  it.each<[string, string, string]>([
    ['', '2022-03-01', 'from-invalid'],
    ['2022-02-30', '2022-03-01', 'from-invalid'],
    ['24-02-2022', '2022-03-01', 'from-invalid'],
    ['2022-03-01', 'soon', 'to-invalid'],
    ['2022-03-01', '2022-02-28', 'reversed'],
    ['2030-01-01', '2030-02-01', 'outside'],
    ['2000-01-01', '2001-02-01', 'outside'],
  ])('refuse %j to %j (%s) and change nothing', (from, to, problem) => {
    expect(windowFromDays(from, to, domain)).toEqual({ problem });
  });
});

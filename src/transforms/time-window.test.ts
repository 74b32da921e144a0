import { describe, expect, it } from 'vitest';
import { makeRecord } from '../test/make-record';
import { clampWindow, GAP_MARGIN, timelineDomain } from './time-window';

const day = (iso: string) => Date.parse(`${iso}T00:00Z`);
const span: [number, number] = [day('2019-01-01'), day('2023-03-01')];

describe('clampWindow: a URL window as the data can show it', () => {
  it('a window covering the data is the whole span', () => {
    expect(clampWindow([day('2018-01-01'), day('2024-01-01')], span)).toBeNull();
    expect(clampWindow(span, span)).toBeNull();
  });

  it('a window partly outside is clamped at that end only, never shifted', () => {
    expect(clampWindow([day('2010-01-01'), day('2023-01-01')], span)).toEqual([
      span[0],
      day('2023-01-01'),
    ]);
    expect(clampWindow([day('2022-02-01'), day('2030-01-01')], span)).toEqual([
      day('2022-02-01'),
      span[1],
    ]);
  });

  it('a window inside the data is kept as it is', () => {
    const inside: [number, number] = [day('2022-01-10'), day('2022-03-01')];
    expect(clampWindow(inside, span)).toEqual(inside);
  });

  it('a window that misses the data altogether is dropped', () => {
    expect(clampWindow([day('2001-01-01'), day('2002-01-01')], span)).toBeNull();
    expect(clampWindow(null, span)).toBeNull();
  });
});

describe('timelineDomain', () => {
  it('runs from the first to the last date of the records, with the margin', () => {
    const records = [
      makeRecord({
        date: { start: '2022-02-26', end: '2022-02-26', precision: 'day', basis: 'explicit' },
      }),
      makeRecord({
        id: 'b',
        date: { start: '2019-01-01', end: '2019-12-31', precision: 'year', basis: 'explicit' },
      }),
    ];
    const [first, last] = timelineDomain(records);
    expect(first).toBe(day('2019-01-01') - GAP_MARGIN);
    expect(last).toBe(day('2022-02-27') + GAP_MARGIN);
  });

  it('takes the latest end even when a record that starts earlier ends later', () => {
    const records = [
      makeRecord({
        date: { start: '2020-03-01', end: '2023-06-30', precision: 'year', basis: 'inferred' },
      }),
      makeRecord({
        id: 'b',
        date: { start: '2022-02-26', end: '2022-02-26', precision: 'day', basis: 'explicit' },
      }),
    ];
    expect(timelineDomain(records)).toEqual([
      day('2020-03-01') - GAP_MARGIN,
      day('2023-07-01') + GAP_MARGIN,
    ]);
  });

  it('is a default year without records, and the same answer for the same list', () => {
    expect(timelineDomain([])).toEqual([
      Date.UTC(2022, 0, 1) - GAP_MARGIN,
      Date.UTC(2023, 0, 1) + GAP_MARGIN,
    ]);
    const records = [makeRecord({})];
    expect(timelineDomain(records)).toBe(timelineDomain(records));
  });
});

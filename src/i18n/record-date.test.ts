import { describe, expect, it } from 'vitest';
import type { Announcement } from '../data/schema';
import { describeRecordDate, formatRecordDate } from './record-date';

const date = (
  start: string,
  end: string,
  precision: Announcement['date']['precision'],
  basis: Announcement['date']['basis'] = 'explicit',
) => ({ start, end, precision, basis });

describe('formatRecordDate', () => {
  it.each([
    [date('2022-01-21', '2022-01-21', 'day'), '21 Jan 2022'],
    [date('2022-01-17', '2022-01-23', 'week'), '17–23 Jan 2022'],
    [date('2022-02-24', '2022-03-02', 'week'), '24 Feb 2022 – 2 Mar 2022'],
    [date('2021-08-01', '2021-08-31', 'month'), 'Aug 2021'],
    [date('2021-12-01', '2022-01-31', 'month'), 'Dec 2021 – Jan 2022'],
    [date('2022-02-24', '2022-03-31', 'month'), '24 Feb 2022 – Mar 2022'],
    [date('2019-01-01', '2019-12-31', 'year'), '2019'],
    [date('2019-01-01', '2022-01-31', 'year'), '2019 – Jan 2022'],
  ])('%o reads %s', (d, expected) => {
    expect(formatRecordDate(d)).toBe(expected);
  });

  it.each([
    [
      'inferred, not exact',
      date('2022-01-17', '2022-01-23', 'week', 'inferred'),
      'around 17–23 Jan 2022',
    ],
    [
      'inferred to the day: exact, so no "around"',
      date('2022-01-21', '2022-01-21', 'day', 'inferred'),
      '21 Jan 2022',
    ],
    ['printed as it is', date('2022-01-21', '2022-01-21', 'day'), '21 Jan 2022'],
    ['a month printed as it is', date('2021-08-01', '2021-08-31', 'month'), 'Aug 2021'],
  ])('says "around" only when a date is not exact: %s', (_name, d, expected) => {
    expect(describeRecordDate(d)).toBe(expected);
  });
});

describe('in Dutch', () => {
  // Some ICU versions write Dutch month abbreviations with a full stop ("jan."), some without.
  const dutch = (d: Announcement['date']) => formatRecordDate(d, 'nl').replaceAll('.', '');

  it.each([
    [date('2022-01-21', '2022-01-21', 'day'), '21 jan 2022'],
    [date('2022-01-17', '2022-01-23', 'week'), '17–23 jan 2022'],
    [date('2022-02-24', '2022-03-02', 'week'), '24 feb 2022 – 2 mrt 2022'],
    [date('2021-08-01', '2021-08-31', 'month'), 'aug 2021'],
    [date('2021-12-01', '2022-01-31', 'month'), 'dec 2021 – jan 2022'],
    [date('2022-02-24', '2022-03-31', 'month'), '24 feb 2022 – mrt 2022'],
    [date('2019-01-01', '2019-12-31', 'year'), '2019'],
    [date('2019-01-01', '2022-01-31', 'year'), '2019 – jan 2022'],
  ])('%o reads %s', (d, expected) => {
    expect(dutch(d)).toBe(expected);
  });

  it('says "rond" for an inferred date only', () => {
    const inferred = date('2021-08-01', '2021-08-31', 'month', 'inferred');
    expect(describeRecordDate(inferred, 'nl').replaceAll('.', '')).toBe('rond aug 2021');
    expect(describeRecordDate({ ...inferred, basis: 'explicit' }, 'nl').replaceAll('.', '')).toBe(
      'aug 2021',
    );
    expect(describeRecordDate(inferred, 'en')).toBe('around Aug 2021');
  });
});

import { describe, expect, it } from 'vitest';
import { makeRecord, onDay } from '../../test/make-record';
import { dayStart, ONE_DAY } from '../../data/days';
import type { Mark } from './timeline-layout';
import { nextMarkId } from './timeline-navigation';

const mark = (id: string, lane: string, day: string): Mark => ({
  record: makeRecord({ id, date: onDay(day) }),
  lane,
  t0: dayStart(day),
  t1: dayStart(day) + ONE_DAY,
  isSpan: false,
  cy: 0,
  area: 50,
  usd: null,
  radius: 4,
});

const marks = [
  mark('us-1', 'US', '2022-01-10'),
  mark('us-2', 'US', '2022-01-20'),
  mark('us-3', 'US', '2022-03-01'),
  mark('gb-1', 'GB', '2022-01-19'),
  mark('de-1', 'DE', '2022-02-28'),
];
const lanes = ['US', 'GB', 'DE'];

describe('nextMarkId', () => {
  it.each([
    ['ArrowRight', 'us-1', 'us-2'],
    ['ArrowRight', 'us-3', 'us-3'],
    ['ArrowLeft', 'us-2', 'us-1'],
    ['End', 'us-1', 'us-3'],
    ['Home', 'us-3', 'us-1'],
    ['ArrowDown', 'us-2', 'gb-1'],
    ['ArrowDown', 'gb-1', 'de-1'],
    ['ArrowUp', 'de-1', 'gb-1'],
    ['ArrowUp', 'us-2', 'us-2'],
  ])('%s from %s goes to %s', (key, from, to) => {
    expect(nextMarkId(marks, lanes, from, key)).toBe(to);
  });

  it('starts at the earliest mark when none is current, and returns null when there are none', () => {
    expect(nextMarkId(marks, lanes, null, 'ArrowRight')).toBe('us-1');
    expect(nextMarkId([], lanes, null, 'ArrowRight')).toBeNull();
  });
});

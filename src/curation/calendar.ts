import { ONE_DAY, dayStart, isoDayOf } from '../data/days';

/** Calendar arithmetic and English wording for the date recognisers (ISO days, UTC). */

export const MONTH_NAMES_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const WEEKDAYS_EN = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

export function addDays(day: string, n: number): string {
  return isoDayOf(dayStart(day) + n * ONE_DAY);
}

/** 0 for Sunday … 6 for Saturday. */
export function weekdayOf(day: string): number {
  return new Date(dayStart(day)).getUTCDay();
}

/** `YYYY-MM` moved by `n` months. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function firstDay(month: string): string {
  return `${month}-01`;
}

export function lastDay(month: string): string {
  return addDays(firstDay(addMonths(month, 1)), -1);
}

/** Monday of the week (Monday to Sunday) that holds `day`. */
export function mondayOf(day: string): string {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

/** The latest day on or before `day` (strictly before when `strict`) falling on `weekday`. */
export function weekdayOnOrBefore(day: string, weekday: number, strict: boolean): string {
  let back = (weekdayOf(day) - weekday + 7) % 7;
  if (strict && back === 0) back = 7;
  return addDays(day, -back);
}

/** "Friday 21 January 2022". */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${WEEKDAYS_EN[weekdayOf(day)]} ${d} ${MONTH_NAMES_EN[m - 1]} ${y}`;
}

/** "January 2022". */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${MONTH_NAMES_EN[m - 1]} ${y}`;
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayStart(b) - dayStart(a)) / ONE_DAY);
}

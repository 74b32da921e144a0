import type { Announcement } from '../data/schema';
import type { Language } from './language';
import { dayStart } from '../data/days';
import { formatDay, formatMonthOf } from './format';
import { messagesFor } from './messages';

const monthYear = (iso: string, locale: Language) => formatMonthOf(dayStart(iso), locale);

/**
 * A record's date as its precision allows: "21 Jan 2022", "17–23 Jan 2022", "Aug 2021",
 * "Dec 2021 – Jan 2022", "2019", "2019 – Jan 2022".
 */
export function formatRecordDate(date: Announcement['date'], locale: Language = 'en'): string {
  const { start, end, precision } = date;
  if (precision === 'day' || start === end) return formatDay(start, locale);
  if (precision === 'week') {
    const sameMonth = start.slice(0, 7) === end.slice(0, 7);
    return sameMonth
      ? `${Number(start.slice(8))}–${formatDay(end, locale)}`
      : `${formatDay(start, locale)} – ${formatDay(end, locale)}`;
  }
  if (precision === 'month') {
    const from = monthYear(start, locale);
    const to = monthYear(end, locale);
    if (from === to) return from;
    // A month-precision span can start mid-month (after a known event): say so by the day.
    return start.endsWith('-01') ? `${from} – ${to}` : `${formatDay(start, locale)} – ${to}`;
  }
  const fromYear = start.slice(0, 4);
  if (start.endsWith('-01-01') && end.endsWith('-12-31') && fromYear === end.slice(0, 4))
    return fromYear;
  return `${fromYear} – ${monthYear(end, locale)}`;
}

/**
 * "around Aug 2021" ("rond aug 2021") for an inferred date that is not exact; the plain date for
 * one printed as it is, and for one inferred to the day ("Friday" in a dated article is 21 Jan
 * 2022, not "around" it: the precision beside it says how it was reached).
 */
export function describeRecordDate(date: Announcement['date'], locale: Language = 'en'): string {
  const text = formatRecordDate(date, locale);
  const exact = date.precision === 'day' || date.start === date.end;
  if (date.basis !== 'inferred' || exact) return text;
  return messagesFor(locale).record.around(text);
}

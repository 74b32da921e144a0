import { LOCALES } from './format';
import { LANGUAGES } from './language';

/**
 * A day as a reader types it in a date field, read in the app's language rather than the
 * browser's: day, month and year, the month as a number or a name ("24 Feb 2022",
 * "24 februari 2022", "24-02-2022", "24/2/2022", "24.02.2022"), or an ISO day ("2022-02-24").
 * The day always comes first, as in both languages, so "03/04/2022" is 3 April, never March 4.
 * Month names of either interface language are read ("mrt", "mar", "mei", "May"), with or
 * without a full stop, in any case. Returns the ISO day, or null when the text names no real
 * calendar day with a four-digit year.
 */
export function parseDay(text: string): string | null {
  const clean = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(clean);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /^(\d{1,2})\s?[-/.]\s?(\d{1,2})\s?[-/.]\s?(\d{4})$/.exec(clean);
  if (numeric) return isoDay(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const named = /^(\d{1,2})\.?[ -]([\p{L}]+)\.?,?[ -](\d{4})$/u.exec(clean);
  if (named) {
    const month = monthNames().get(named[2]!);
    if (month !== undefined) return isoDay(Number(named[3]), month, Number(named[1]));
  }
  return null;
}

let names: Map<string, number> | null = null;

/** Each month's short and long names in every interface language, lower case, → 1…12. */
function monthNames(): Map<string, number> {
  if (names) return names;
  names = new Map();
  for (const language of LANGUAGES)
    for (const month of ['short', 'long'] as const) {
      const format = new Intl.DateTimeFormat(LOCALES[language], { month, timeZone: 'UTC' });
      for (let m = 1; m <= 12; m++) {
        const name = format
          .format(Date.UTC(2001, m - 1, 15))
          .toLowerCase()
          .replace(/\.$/, '');
        names.set(name, m);
        // "sept" and "sep" both name September; a three-letter stem of a long name does too.
        names.set(name.slice(0, 3), m);
      }
    }
  return names;
}

function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

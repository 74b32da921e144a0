import type { Language } from './language';
import { messagesFor } from './messages';

/** The Intl locale behind each interface language. */
export const LOCALES: Record<Language, string> = { en: 'en-GB', nl: 'nl-NL' };

const partyNames = new Map<string, string>();
const regionNames = new Map<Language, Intl.DisplayNames>();

/** A donor or recipient code's name in the given language ("GB" → "United Kingdom"). */
export function partyName(code: string, language: Language = 'en'): string {
  const organisations: Readonly<Record<string, string>> = messagesFor(language).organisations;
  if (Object.hasOwn(organisations, code)) return organisations[code]!;
  // Intl.DisplayNames.of is slow (tens of microseconds): each code is looked up once a language.
  const key = `${language} ${code}`;
  let name = partyNames.get(key);
  if (name === undefined) {
    let names = regionNames.get(language);
    if (!names) {
      names = new Intl.DisplayNames([language], { type: 'region' });
      regionNames.set(language, names);
    }
    partyNames.set(key, (name = names.of(code) ?? code));
  }
  return name;
}

/** A donor group's name: "United States", or "NATO + United States" for a joint record. */
export function groupName(donors: readonly string[], language: Language = 'en'): string {
  // In code order, as the charts group them: one joint group has one name everywhere.
  return [...donors]
    .sort()
    .map((code) => partyName(code, language))
    .join(' + ');
}

// An Intl formatter is costly to build (a profile of a 10,000-record load spent most of its
// time there): each one is built once per language and options, then kept.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function kept<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "Mar 2022" / "mrt 2022": a month and year, read in UTC, from epoch milliseconds. */
export function formatMonthOf(time: number, language: Language = 'en'): string {
  return kept(
    `month:${language}`,
    () =>
      new Intl.DateTimeFormat(LOCALES[language], {
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  ).format(time);
}

/** "24 Feb 2022" (or "24 feb 2022") from "2022-02-24", read as a calendar day (no time-zone shift). */
export function formatDay(iso: string, language: Language = 'en'): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return kept(
    `day:${language}`,
    () =>
      new Intl.DateTimeFormat(LOCALES[language], {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  ).format(Date.UTC(year, month - 1, day));
}

/** "Mar 2022" / "mrt 2022" from "2022-03". */
export function formatMonth(isoMonth: string, language: Language = 'en'): string {
  const [year, month] = isoMonth.split('-').map(Number) as [number, number];
  return formatMonthOf(Date.UTC(year, month - 1, 1), language);
}

/** A whole or decimal number the reader's way: "17,000" or "17.000". */
export function formatNumber(value: number, language: Language = 'en', maxDecimals = 0): string {
  return kept(
    `number:${language}:${maxDecimals}`,
    () => new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: maxDecimals }),
  ).format(value);
}

/**
 * US dollars, short, with the scales of the language's messages: "$350M", "$2B", "$1.5M" in
 * English; in Dutch as a Dutch paper prints them, "350 miljoen dollar", "3,1 miljard dollar".
 */
export function formatUsdCompact(value: number, language: Language = 'en'): string {
  const { scales, whole } = messagesFor(language).usd;
  // Three significant digits ($1.5M stays $1.5M, $243.1M is $243M), rounded before the scale is
  // chosen: 999.6 million is "$1B" / "1 miljard", not "$1000M" / "1.000 miljoen".
  const rounded = Number(value.toPrecision(3));
  for (const [divisor, write] of scales)
    if (rounded >= divisor) return write(formatNumber(rounded / divisor, language, 2));
  return whole(formatNumber(value, language));
}

/** A share in per cent with two significant digits: "0.013%" / "0,013%". */
export function formatPercent(value: number, language: Language = 'en'): string {
  return kept(
    `percent:${language}`,
    () =>
      new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumSignificantDigits: 2 }),
  ).format(value / 100);
}

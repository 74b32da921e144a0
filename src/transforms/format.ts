const ORGANISATION_NAMES: Record<string, Record<string, string>> = {
  en: { NATO: 'NATO', EU: 'European Union' },
  nl: { NATO: 'NAVO', EU: 'Europese Unie' },
};

const regionNames = new Map<string, Intl.DisplayNames>();

/** A donor or recipient code's name in the given language ("GB" → "United Kingdom"). */
export function partyName(code: string, locale = 'en'): string {
  const language = locale.slice(0, 2);
  const organisation = ORGANISATION_NAMES[language]?.[code] ?? ORGANISATION_NAMES.en?.[code];
  if (organisation) return organisation;
  let names = regionNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region' });
    regionNames.set(language, names);
  }
  return names.of(code) ?? code;
}

/** A donor group's name: "United States", or "NATO + United States" for a joint record. */
export function groupName(donors: readonly string[], locale = 'en'): string {
  return donors.map((code) => partyName(code, locale)).join(' + ');
}

/** "24 Feb 2022" from "2022-02-24", read as a calendar day (no time-zone shift). */
export function formatDay(iso: string, locale = 'en'): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, day));
}

/** "$350M", "$2.0B": compact US dollars for labels. */
export function formatUsdCompact(value: number, locale = 'en'): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-US' : locale, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    maximumFractionDigits: value >= 1e9 ? 1 : 0,
  }).format(value);
}

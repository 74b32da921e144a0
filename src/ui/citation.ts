import { sourceSummary } from '../i18n/data-translations';
import type { I18n } from '../i18n/i18n';
import type { SourceMeta } from '../data/schema';

/** What a citation names: the articles (with the record drawn from them) and where to find it. */
export interface CitationInput {
  /** The articles cited, in order: the dataset's metadata, nothing else. */
  articles: readonly SourceMeta[];
  /** The record, when a record is cited rather than a whole article. */
  recordId?: string | undefined;
  /** Where the reader can find it again: the view's address, or a file name when none exists. */
  where: { url: string } | { file: string };
  /** The day the reader consulted it (now, in the reader's own time zone). */
  consulted: Date;
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const languageNames = new Map<string, Intl.DisplayNames>();

function cached<T>(map: Map<string, T>, locale: string, make: () => T): T {
  let value = map.get(locale);
  if (!value) map.set(locale, (value = make()));
  return value;
}

/** "Dutch" / "Nederlands" for "nl": a language code's name in the interface's locale. */
export function languageName(code: string, locale: string): string {
  const names = cached(
    languageNames,
    locale,
    () => new Intl.DisplayNames([locale], { type: 'language' }),
  );
  try {
    return names.of(code) ?? code;
  } catch {
    // A code Intl cannot read (the schema allows any two letters) is shown as written.
    return code;
  }
}

/** "March 2022" / "maart 2022" from "2022-03": a citation spells the month out. */
function longMonth(isoMonth: string, locale: string): string {
  const [year, month] = isoMonth.split('-').map(Number) as [number, number];
  return cached(
    monthFormats,
    locale,
    () => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ).format(Date.UTC(year, month - 1, 1));
}

/**
 * A citation the reader can paste: each article's one-line summary (in the interface language
 * where a translation exists), its language and month, the record's id when a record is cited,
 * and the address that opens the view again (or the file's name for a reader's own file, which
 * no address brings back), with the day it was consulted. An article's title and outlet are given
 * where the dataset names them (optional fields); what is not named is said to be not named
 * rather than invented.
 */
export function citationText(i18n: I18n, input: CitationInput): string {
  const { locale } = i18n;
  const articles = input.articles.map((source) => ({
    summary: sourceSummary(source.summary, i18n.language).text,
    language: languageName(source.language, locale),
    month: longMonth(source.published, locale),
    title: source.title ?? null,
    outlet: source.outlet ?? null,
  }));
  const consulted = cached(
    dayFormats,
    locale,
    () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }),
  ).format(input.consulted);
  return i18n.t.cite.text({
    articles,
    recordId: input.recordId ?? null,
    where: 'url' in input.where ? input.where.url : i18n.t.cite.ownFile(input.where.file),
    consulted,
  });
}

/**
 * The address with `record=<id>` in it (replacing any other record), or with no record when `id`
 * is null; the other parameters stay as written.
 */
export function withRecord(href: string, id: string | null): string {
  const url = new URL(href);
  const params = url.search
    .slice(1)
    .split('&')
    .filter((param) => param !== '' && !param.startsWith('record='));
  if (id !== null) params.push(`record=${encodeURIComponent(id)}`);
  url.search = params.join('&');
  url.hash = '';
  return url.href;
}

import type { Announcement, Category, Kind } from '../data/schema';
import type { Language } from './language';
import { describeRecordDate, formatRecordDate } from './record-date';
import {
  formatDay,
  formatMonth,
  formatNumber,
  formatPercent,
  formatUsdCompact,
  groupName,
  LOCALES,
  partyName,
} from './format';
import { MESSAGES, type Messages } from './messages';

/** The interface's words and formats in one language. */
export interface I18n {
  language: Language;
  locale: string;
  t: Messages;
  day: (iso: string) => string;
  month: (isoMonth: string) => string;
  recordDate: (date: Announcement['date']) => string;
  describeDate: (date: Announcement['date']) => string;
  usd: (value: number) => string;
  number: (value: number, maxDecimals?: number) => string;
  percent: (value: number) => string;
  party: (code: string) => string;
  group: (donors: readonly string[]) => string;
  kind: (kind: Kind) => string;
  category: (category: Category) => string;
}

const cache = new Map<Language, I18n>();

/**
 * The words and formats of a language (built once per language); English while that language
 * is still loading (load-language.ts), so `language` says which one is on show.
 */
export function i18nFor(language: Language): I18n {
  let i18n = cache.get(language);
  if (!i18n) {
    const t = MESSAGES[language];
    if (!t) return i18nFor('en');
    i18n = {
      language,
      locale: LOCALES[language],
      t,
      day: (iso) => formatDay(iso, language),
      month: (isoMonth) => formatMonth(isoMonth, language),
      recordDate: (date) => formatRecordDate(date, language),
      describeDate: (date) => describeRecordDate(date, language),
      usd: (value) => formatUsdCompact(value, language),
      number: (value, maxDecimals) => formatNumber(value, language, maxDecimals),
      percent: (value) => formatPercent(value, language),
      party: (code) => partyName(code, language),
      group: (donors) => groupName(donors, language),
      kind: (kind) => t.kinds[kind],
      category: (category) => t.categories[category],
    };
    cache.set(language, i18n);
  }
  return i18n;
}

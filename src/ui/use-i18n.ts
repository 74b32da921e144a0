import { useEffect, useState, useSyncExternalStore } from 'react';
import { i18nFor, type I18n } from '../i18n/i18n';
import type { Language } from '../i18n/language';
import {
  isLanguageReady,
  languagesVersion,
  loadLanguage,
  subscribeLanguages,
} from '../i18n/load-language';
import { useViewStore } from '../state/store';

/**
 * The current language's words and formats, following the store. A language whose chunk is not
 * here yet (an address with lang=nl reached by Back) is fetched, and shown once it has come.
 */
export function useI18n(): I18n {
  const language = useViewStore((s) => s.language);
  useSyncExternalStore(subscribeLanguages, languagesVersion);
  useEffect(() => {
    // Not fetched: the page stays in English, and the switch offers the language again.
    if (!isLanguageReady(language)) loadLanguage(language).catch(() => {});
  }, [language]);
  return i18nFor(language);
}

/**
 * Whether a language's words are here, fetching them once `wanted`: the search looks in both
 * languages, so it waits for Dutch. True too once a fetch has failed (the search then looks in
 * what is here rather than never answering).
 */
export function useLanguageLoaded(language: Language, wanted: boolean): boolean {
  useSyncExternalStore(subscribeLanguages, languagesVersion);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (wanted && !isLanguageReady(language)) loadLanguage(language).catch(() => setFailed(true));
  }, [language, wanted]);
  return isLanguageReady(language) || failed;
}

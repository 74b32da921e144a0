import { i18nFor, type I18n } from '../i18n/i18n';
import { useViewStore } from '../state/store';

/** The current language's words and formats, following the store. */
export function useI18n(): I18n {
  return i18nFor(useViewStore((s) => s.language));
}

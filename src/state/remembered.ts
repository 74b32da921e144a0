import { LANGUAGES, type Language } from '../i18n/language';

// What the reader chose on this device and the app remembers between visits (localStorage).

export const LANGUAGE_KEY = 'ukraine-aid-language';

/**
 * The language the reader chose last on this device, for an address that names none; English
 * when they never chose. (An address with `lang=` always wins: it is what was shared.)
 */
export function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(LANGUAGE_KEY);
    return LANGUAGES.includes(value as Language) ? (value as Language) : 'en';
  } catch {
    return 'en';
  }
}

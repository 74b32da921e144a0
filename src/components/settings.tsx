import { useEffect } from 'react';
import { useI18n } from '../ui/use-i18n';
import { LANGUAGE_KEY } from '../state/remembered';
import { LANGUAGES } from '../i18n/language';
import { useViewStore, type Theme } from '../state/store';
import { RadioGroup } from '../ui/radio-group';
import './settings.css';

const THEMES: readonly Theme[] = ['system', 'light', 'dark'];
const THEME_KEY = 'ukraine-aid-theme';

/** The reader's theme choice, remembered on this device (not in the URL: it is not the view). */
export function storedTheme(): Theme {
  try {
    const value = window.localStorage.getItem(THEME_KEY);
    return THEMES.includes(value as Theme) ? (value as Theme) : 'system';
  } catch {
    return 'system';
  }
}

/** Remembers the reader's language on this device. */
export function useLanguageMemory() {
  const language = useViewStore((s) => s.language);
  useEffect(() => {
    try {
      window.localStorage.setItem(LANGUAGE_KEY, language);
    } catch {
      // Private browsing may refuse storage; the address still carries the language.
    }
  }, [language]);
}

/** Puts the theme on <html> (CSS follows the system when there is none) and remembers it. */
export function useThemeEffect() {
  const theme = useViewStore((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
    try {
      window.localStorage.setItem(THEME_KEY, theme);
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this page only.
    }
  }, [theme]);
}

/** Language and theme switches. */
export function Settings() {
  const { t, language } = useI18n();
  const setLanguage = useViewStore((s) => s.setLanguage);
  const theme = useViewStore((s) => s.theme);
  const setTheme = useViewStore((s) => s.setTheme);
  return (
    <div className="settings">
      <RadioGroup
        label={t.language.label}
        options={LANGUAGES.map((code) => ({ value: code, label: t.language[code], lang: code }))}
        value={language}
        onChange={setLanguage}
      />
      <RadioGroup
        label={t.theme.label}
        options={THEMES.map((value) => ({ value, label: t.theme[value] }))}
        value={theme}
        onChange={setTheme}
      />
    </div>
  );
}

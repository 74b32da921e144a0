import { useEffect, useState } from 'react';
import { useI18n } from '../ui/use-i18n';
import { LANGUAGES, type Language } from '../i18n/language';
import { isLanguageReady, loadLanguage } from '../i18n/load-language';
import { THEMES, useViewStore } from '../state/store';
import { RadioGroup } from '../ui/radio-group';
import './settings.css';

/** Puts the theme on <html> (CSS follows the system when there is none). */
export function useThemeEffect() {
  const theme = useViewStore((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}

/** Language and theme switches. */
export function Settings() {
  const { t, language } = useI18n();
  const setLanguage = useViewStore((s) => s.setLanguage);
  const theme = useViewStore((s) => s.theme);
  const setTheme = useViewStore((s) => s.setTheme);
  // A language not loaded yet is fetched first, and the page switches once it is here: the
  // switch says so meanwhile, and says so if it could not be fetched.
  const [fetching, setFetching] = useState<'loading' | 'failed' | null>(null);
  const choose = (code: Language) => {
    if (isLanguageReady(code)) {
      setFetching(null);
      setLanguage(code);
      return;
    }
    setFetching('loading');
    loadLanguage(code).then(
      () => {
        setFetching(null);
        setLanguage(code);
      },
      () => setFetching('failed'),
    );
  };
  return (
    <div className="settings">
      <RadioGroup
        label={t.language.label}
        options={LANGUAGES.map((code) => ({ value: code, label: t.language[code], lang: code }))}
        value={language}
        onChange={choose}
      />
      {fetching && (
        <p className="settings-status" role={fetching === 'failed' ? 'alert' : 'status'}>
          {t.language[fetching]}
        </p>
      )}
      <RadioGroup
        label={t.theme.label}
        options={THEMES.map((value) => ({ value, label: t.theme[value] }))}
        value={theme}
        onChange={setTheme}
      />
    </div>
  );
}

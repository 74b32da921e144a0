import { useEffect } from 'react';
import { useI18n } from '../ui/use-i18n';
import { LANGUAGES } from '../i18n/language';
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

import { useEffect, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../ui/use-i18n';
import { LANGUAGES, type Language } from '../i18n/language';
import { isLanguageReady, loadLanguage } from '../i18n/load-language';
import { THEMES, useViewStore } from '../state/store';
import { rovingIndex } from '../ui/roving-index';
import '../ui/controls.css';
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

/**
 * Language and theme switches: two radio groups in one toolbar, so the pair is one tab stop
 * (WAI-ARIA APG, a toolbar holding radio groups). The stop is the option last moved to, else the
 * chosen language; the arrow keys move the focus across both groups (wrapping), Home and End go
 * to the ends; Space, Enter or a click chooses the focused option.
 */
export function Settings() {
  const { t, language } = useI18n();
  const setLanguage = useViewStore((s) => s.setLanguage);
  const theme = useViewStore((s) => s.theme);
  const setTheme = useViewStore((s) => s.setTheme);
  // A language not loaded yet is fetched first, and the page switches once it is here: the
  // switch says so meanwhile, and says so if it could not be fetched.
  const [fetching, setFetching] = useState<'loading' | 'failed' | null>(null);
  const chooseLanguage = (code: Language) => {
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
  const options = [
    ...LANGUAGES.map((code) => ({
      key: `language-${code}`,
      group: 'language' as const,
      label: t.language[code],
      lang: code as string | undefined,
      checked: code === language,
      choose: () => chooseLanguage(code),
    })),
    ...THEMES.map((value) => ({
      key: `theme-${value}`,
      group: 'theme' as const,
      label: t.theme[value],
      lang: undefined,
      checked: value === theme,
      choose: () => setTheme(value),
    })),
  ];
  const [current, setCurrent] = useState<string | null>(null);
  const stop = options.some((o) => o.key === current) ? current : `language-${language}`;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = rovingIndex(
      event.key,
      options.findIndex((o) => o.key === stop),
      options.length,
    );
    if (index === null) return;
    event.preventDefault();
    const next = options[index]!.key;
    setCurrent(next);
    event.currentTarget.querySelector<HTMLElement>(`[data-option="${next}"]`)?.focus();
  };

  const group = (name: 'language' | 'theme') => (
    <div role="radiogroup" aria-label={t[name].label} className="segmented">
      {options
        .filter((o) => o.group === name)
        .map((o) => (
          <button
            key={o.key}
            data-option={o.key}
            type="button"
            className="control-button"
            role="radio"
            lang={o.lang}
            aria-checked={o.checked}
            tabIndex={o.key === stop ? 0 : -1}
            onFocus={() => setCurrent(o.key)}
            onClick={o.choose}
          >
            {o.label}
          </button>
        ))}
    </div>
  );
  return (
    <div
      role="toolbar"
      aria-label={t.settingsLabel}
      aria-orientation="horizontal"
      className="settings"
      onKeyDown={onKeyDown}
    >
      {group('language')}
      {fetching && (
        <p className="settings-status" role={fetching === 'failed' ? 'alert' : 'status'}>
          {t.language[fetching]}
        </p>
      )}
      {group('theme')}
    </div>
  );
}

import { setDutchTables } from './data-translations';
import type { Language } from './language';
import { MESSAGES } from './messages';

// English ships with the first view; Dutch (its messages and its data tables, src/i18n/dutch.ts)
// is a chunk of its own, fetched from the app's own origin when it is first needed. Until then
// a language that is not loaded is shown as English (i18nFor), so nothing ever breaks; the page
// loads the language it starts in before its first render (main.tsx), and the switch loads
// before it switches (settings.tsx), so a reader never sees the wrong language flash by.

let dutch: Promise<void> | null = null;
const listeners = new Set<() => void>();
/** Counts the languages loaded, for useSyncExternalStore. */
let version = 0;

/** Whether a language's words are here (English always is). */
export function isLanguageReady(language: Language): boolean {
  return MESSAGES[language] !== undefined;
}

/**
 * Loads a language's words (once; a failed fetch may be tried again). Resolves when they are
 * here; rejects when the chunk could not be fetched.
 */
export function loadLanguage(language: Language): Promise<void> {
  if (isLanguageReady(language)) return Promise.resolve();
  dutch ??= import('./dutch').then(
    ({ nl, tables }) => {
      MESSAGES.nl = nl;
      setDutchTables(tables.translations, tables.notes);
      version += 1;
      for (const listener of listeners) listener();
    },
    (reason: unknown) => {
      dutch = null;
      throw reason;
    },
  );
  return dutch;
}

/** For useSyncExternalStore: called when a language has loaded. */
export function subscribeLanguages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For useSyncExternalStore: changes whenever a language has loaded. */
export const languagesVersion = () => version;

import type { StateStorage } from 'zustand/middleware';

// What the reader chose on this device and the app remembers between visits: the store's
// preferences (the language and the theme), kept by Zustand's `persist` under one key.

export const PREFERENCES_KEY = 'ukraine-aid-preferences';

/** Where earlier versions kept each choice as plain text; read once, when nothing newer is kept. */
const EARLIER_KEYS = { language: 'ukraine-aid-language', theme: 'ukraine-aid-theme' } as const;

/** The choices an earlier version kept, in `persist`'s form, or null when it kept none. */
function earlierPreferences(storage: Storage): string | null {
  const language = storage.getItem(EARLIER_KEYS.language);
  const theme = storage.getItem(EARLIER_KEYS.theme);
  if (language === null && theme === null) return null;
  // The store checks what it reads back: an unknown value is left at its default.
  return JSON.stringify({ state: { language, theme }, version: 0 });
}

/**
 * localStorage that never throws. A browser may refuse storage (a private window, storage
 * blocked by the reader, a full quota): then nothing is read back and nothing is kept, and the
 * page goes on; the choices last for this page, and the address still carries the language.
 */
export const guardedLocalStorage: StateStorage = {
  getItem: (name) => {
    try {
      const kept = window.localStorage.getItem(name);
      return kept === null && name === PREFERENCES_KEY
        ? earlierPreferences(window.localStorage)
        : kept;
    } catch {
      return null;
    }
  },
  setItem: (name, value) => {
    try {
      window.localStorage.setItem(name, value);
    } catch {
      // Refused: the choice lasts for this page only.
    }
  },
  removeItem: (name) => {
    try {
      window.localStorage.removeItem(name);
    } catch {
      // Refused: nothing was kept.
    }
  },
};

import type { StateStorage } from 'zustand/middleware';

// What the reader chose on this device and the app remembers between visits: the store's
// preferences (the language and the theme), kept by Zustand's `persist` under one key.

export const PREFERENCES_KEY = 'ukraine-aid-preferences';

/**
 * localStorage that never throws. A browser may refuse storage (a private window, storage
 * blocked by the reader, a full quota): then nothing is read back and nothing is kept, and the
 * page goes on; the choices last for this page, and the address still carries the language.
 */
export const guardedLocalStorage: StateStorage = {
  getItem: (name) => {
    try {
      return window.localStorage.getItem(name);
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

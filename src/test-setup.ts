import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadLanguage } from './i18n/load-language';

// Tests that run in Node (`@vitest-environment node`: the lint rules, the CLI) have no DOM.
const hasDom = typeof window !== 'undefined';

afterEach(() => {
  if (!hasDom) return;
  cleanup();
  // Settings remembered on the device (theme, language) do not leak from one test to the next.
  window.localStorage.clear();
});

// jsdom lays nothing out, so it has no scrolling; the app scrolls the cited sentence into view.
if (hasDom && !Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};

// The page loads Dutch when it is first needed (src/i18n/load-language.ts); the unit tests
// render both languages at once, so it is here from the start.
await loadLanguage('nl');

// The tokens and the page's defaults first: each feature's stylesheet, imported by its
// component, comes after them and wins over a default of the same specificity.
import './app/tokens.css';
import './app/page.css';
import './ui/problem-list.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { ErrorBoundary } from './app/error-boundary';
import { readParam } from './data/address';
import { LANGUAGES, type Language } from './i18n/language';
import { loadLanguage } from './i18n/load-language';
import { resetViewStore, useViewStore } from './state/store';
import { restartUrl } from './state/use-url-sync';

/** The language the page opens in: the address's lang=, else the one remembered on this device. */
function startLanguage(): Language {
  const asked = readParam(window.location.search, 'lang');
  return LANGUAGES.find((code) => code === asked) ?? useViewStore.getState().language;
}

// Only English ships with the first view: a page opening in Dutch fetches Dutch first, so its
// first paint is already Dutch. If that fails (offline), the page opens in English. (Not a
// top-level await: the Dutch chunk imports from this one, which must have finished first.)
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const start = () =>
  createRoot(root).render(
    <StrictMode>
      {/* The last line of defence: whatever fails, the page says so and offers a way back. */}
      <ErrorBoundary
        onReset={() => {
          restartUrl();
          resetViewStore();
        }}
      >
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
loadLanguage(startLanguage()).then(start, start);

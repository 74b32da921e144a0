// The tokens and the page's defaults first: each feature's stylesheet, imported by its
// component, comes after them and wins over a default of the same specificity.
import './app/tokens.css';
import './app/page.css';
import './ui/problem-list.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { ErrorBoundary } from './app/error-boundary';
import { resetViewStore } from './state/store';
import { restartUrl } from './state/use-url-sync';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
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

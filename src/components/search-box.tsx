import { useEffect, useRef } from 'react';
import { useViewStore } from '../state/store';
import { MAX_QUERY } from '../state/url-state';
import { useI18n } from '../ui/use-i18n';
import '../ui/controls.css';
import './search-box.css';

/** Whether a key pressed in this element is typing (a "/" there is the reader's, not ours). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
      target.type,
    )
  );
}

/**
 * The search box: records holding its words and figures are highlighted everywhere, the rest
 * dimmed. "/" focuses it from anywhere but a text field. The query is the store's (and the URL's).
 */
export function SearchBox() {
  const { t } = useI18n();
  const query = useViewStore((s) => s.query);
  const setQuery = useViewStore((s) => s.setQuery);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div role="search" className="search-box">
      <label htmlFor="search-input">{t.search.label}</label>
      <input
        ref={input}
        id="search-input"
        type="search"
        value={query}
        maxLength={MAX_QUERY}
        autoComplete="off"
        spellCheck={false}
        aria-describedby="search-hint"
        onChange={(event) => setQuery(event.target.value)}
      />
      <kbd aria-hidden="true" className="search-key">
        /
      </kbd>
      {query !== '' && (
        <button
          type="button"
          className="control-button"
          onClick={() => {
            setQuery('');
            input.current?.focus();
          }}
        >
          {t.search.clear}
        </button>
      )}
      <span id="search-hint" className="visually-hidden">
        {t.search.hint}
      </span>
    </div>
  );
}

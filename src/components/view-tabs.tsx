import { useRef, type KeyboardEvent } from 'react';
import { useI18n } from '../ui/use-i18n';
import { useViewStore, VIEW_NAMES } from '../state/store';
import { rovingIndex } from '../ui/roving-index';
import './view-tabs.css';

/** Charts, table or sources: a tab list, arrow keys move between the tabs. */
export function ViewTabs() {
  const { t } = useI18n();
  const view = useViewStore((s) => s.view);
  const setView = useViewStore((s) => s.setView);
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent) => {
    const index = rovingIndex(event.key, VIEW_NAMES.indexOf(view), VIEW_NAMES.length, 'horizontal');
    if (index === null) return;
    const next = VIEW_NAMES[index]!;
    event.preventDefault();
    setView(next);
    refs.current.get(next)?.focus();
  };
  return (
    <div role="tablist" aria-label={t.views.label} className="view-tabs" onKeyDown={onKeyDown}>
      {VIEW_NAMES.map((name) => (
        <button
          key={name}
          ref={(el) => {
            if (el) refs.current.set(name, el);
          }}
          type="button"
          role="tab"
          id={`tab-${name}`}
          aria-selected={view === name}
          aria-controls={view === name ? `view-${name}` : undefined}
          tabIndex={view === name ? 0 : -1}
          onClick={() => setView(name)}
        >
          {t.views[name]}
        </button>
      ))}
    </div>
  );
}

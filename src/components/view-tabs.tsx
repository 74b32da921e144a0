import { useRef, type KeyboardEvent } from 'react';
import { useI18n } from '../ui/use-i18n';
import { useViewStore, VIEW_NAMES } from '../state/store';
import './view-tabs.css';

/** Charts, table or sources: a tab list, arrow keys move between the tabs. */
export function ViewTabs() {
  const { t } = useI18n();
  const view = useViewStore((s) => s.view);
  const setView = useViewStore((s) => s.setView);
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent) => {
    const at = VIEW_NAMES.indexOf(view);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const next =
      event.key === 'Home'
        ? VIEW_NAMES[0]!
        : event.key === 'End'
          ? VIEW_NAMES.at(-1)!
          : step
            ? VIEW_NAMES[(at + step + VIEW_NAMES.length) % VIEW_NAMES.length]!
            : null;
    if (!next) return;
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

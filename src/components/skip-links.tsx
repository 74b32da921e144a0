import type { MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import { useViewStore, type ViewName } from '../state/store';
import { useI18n } from '../ui/use-i18n';
import './skip-links.css';

/** The element each link lands on: the timeline's frame, the table's tab panel (explorer.tsx). */
export const SKIP_TARGETS = { timeline: 'timeline-start', table: 'view-table' } as const;

// The table's panel exists only while its tab is chosen, so that link's address names the tab
// (a jump there without script still lands next to the table).

/**
 * "Skip to the timeline" and "Skip to the table", the first stops of the page, shown when
 * focused. The table is a view of its own, so its link switches to that view, then focuses it;
 * the timeline's link switches back to the charts when another view is on show.
 */
export function SkipLinks() {
  const { t } = useI18n();
  const setView = useViewStore((s) => s.setView);
  const go = (view: ViewName, target: string) => (event: MouseEvent) => {
    event.preventDefault();
    // Rendered at once, so the target exists when it is focused.
    flushSync(() => setView(view));
    const element = document.getElementById(target);
    element?.focus();
    element?.scrollIntoView({ block: 'start' });
  };
  return (
    <div className="skip-links">
      <a href={`#${SKIP_TARGETS.timeline}`} onClick={go('charts', SKIP_TARGETS.timeline)}>
        {t.skip.timeline}
      </a>
      <a href="#tab-table" onClick={go('table', SKIP_TARGETS.table)}>
        {t.skip.table}
      </a>
    </div>
  );
}

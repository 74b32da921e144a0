import { useDeferredValue, useMemo } from 'react';
import type { Announcement, ExchangeRate } from '../data/schema';
import { useViewStore } from '../state/store';
import { summariseView } from '../transforms/view-summary';
import { useI18n } from '../ui/use-i18n';
import { summaryWords } from '../ui/summary-words';
import './summary-line.css';

/**
 * "1 Jan 2022 – 31 Mar 2022: 5 announcements; $350M committed, all by one donor (United
 * States); …", announced to screen readers on every change. The dates are the window's own;
 * deployments to allies, when shown, are counted apart, never as aid.
 */
export function SummaryLine({
  records,
  allRecords,
  rates,
  matches = null,
}: {
  /** The records in view (filters and window). */
  records: readonly Announcement[];
  /** The whole dataset, whose span the line gives when the timeline is not zoomed. */
  allRecords: readonly Announcement[];
  rates: ReadonlyMap<string, ExchangeRate>;
  /** The records the search found, or null when there is no search. */
  matches?: ReadonlySet<string> | null;
}) {
  const i18n = useI18n();
  // Deferred as the explorer defers the records in view, so dates and records stay together.
  const timeWindow = useDeferredValue(useViewStore((s) => s.timeWindow));
  const query = useViewStore((s) => s.query);
  // Counted once per change of the records in view, not on every render (a language switch).
  const summary = useMemo(
    () => summariseView(records, rates, timeWindow, allRecords),
    [records, rates, timeWindow, allRecords],
  );
  const found = useMemo(
    () => (matches ? records.filter((record) => matches.has(record.id)).length : 0),
    [records, matches],
  );
  const words = summaryWords(summary, i18n);
  return (
    <p className="summary-line" aria-live="polite" data-testid="summary-line">
      {matches
        ? `${words} · ${i18n.t.summary.matches(found, records.length, query.trim())}`
        : words}
    </p>
  );
}

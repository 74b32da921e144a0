import { useMemo } from 'react';
import type { Announcement } from '../data/schema';
import { summarise } from '../transforms/summary';
import { useI18n } from '../ui/use-i18n';

/** What the dataset holds: how many announcements, donors and articles, and the span of time. */
export function DatasetStats({
  records,
  sourceCount,
}: {
  records: readonly Announcement[];
  sourceCount: number;
}) {
  const summary = useMemo(() => summarise(records), [records]);
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section aria-label={t.stats.label} className="holds">
      <dl className="stats">
        <div>
          <dt>{t.stats.announcements}</dt>
          <dd data-testid="record-count">{summary.records}</dd>
        </div>
        <div>
          <dt>{t.stats.donors}</dt>
          <dd data-testid="donor-count">{summary.donors}</dd>
        </div>
        <div>
          <dt>{t.stats.articles}</dt>
          <dd data-testid="source-count">{sourceCount}</dd>
        </div>
        <div>
          <dt>{t.stats.span}</dt>
          <dd data-testid="date-span">
            {summary.firstDate && summary.lastDate
              ? `${i18n.day(summary.firstDate)} – ${i18n.day(summary.lastDate)}`
              : '—'}
          </dd>
        </div>
      </dl>
    </section>
  );
}

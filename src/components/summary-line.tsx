import { useMemo } from 'react';
import type { Announcement, ExchangeRate } from '../data/schema';
import { aggregateByDonor, isAidToUkraine, usdMeasure } from '../transforms/aggregate';
import { useI18n } from '../ui/use-i18n';
import { summarise } from '../transforms/summary';
import './summary-line.css';

/**
 * "N announcements, $X committed by D donors, 21 Jan 2022 – 24 Feb 2023", announced to screen
 * readers on every change. Deployments to allies, when shown, are counted apart, never as aid.
 */
export function SummaryLine({
  records,
  rates,
}: {
  records: readonly Announcement[];
  rates: ReadonlyMap<string, ExchangeRate>;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  // Counted once per change of the records in view, not on every render (a language switch).
  const { aid, summary, committed } = useMemo(() => {
    const aid = records.filter(isAidToUkraine);
    const committed = aggregateByDonor(aid, usdMeasure(rates)).reduce(
      (sum, row) => sum + row.committed,
      0,
    );
    return { aid, summary: summarise(aid), committed };
  }, [records, rates]);
  const deployments = records.length - aid.length;
  const span =
    summary.firstDate && summary.lastDate
      ? `${i18n.day(summary.firstDate)} – ${i18n.day(summary.lastDate)}`
      : t.summary.noDates;
  const parts: string[] = [];
  if (summary.records > 0)
    parts.push(
      `${t.summary.announcements(summary.records)}, ${t.summary.committedBy(i18n.usd(committed), summary.donors)}, ${span}`,
    );
  if (deployments > 0) parts.push(t.summary.deployments(deployments));
  return (
    <p className="summary-line" aria-live="polite" data-testid="summary-line">
      {parts.length === 0 ? t.summary.none : parts.join(' · ')}
    </p>
  );
}

import type { Announcement, ExchangeRate } from '../data/schema';
import { isAidToUkraine, totalCommittedUsd } from '../transforms/aggregate';
import { formatDay, formatUsdCompact } from '../transforms/format';
import { summarise } from '../transforms/summary';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

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
  const aid = records.filter(isAidToUkraine);
  const deployments = records.length - aid.length;
  const summary = summarise(aid);
  const committed = totalCommittedUsd(aid, rates);
  const span =
    summary.firstDate && summary.lastDate
      ? `${formatDay(summary.firstDate)} – ${formatDay(summary.lastDate)}`
      : 'no dates';
  const parts: string[] = [];
  if (summary.records > 0)
    parts.push(
      `${plural(summary.records, 'announcement')}, ${formatUsdCompact(committed)} committed by ${plural(summary.donors, 'donor')}, ${span}`,
    );
  if (deployments > 0) parts.push(`${plural(deployments, 'deployment')} to allies, shown apart`);
  return (
    <p className="summary-line" aria-live="polite" data-testid="summary-line">
      {parts.length === 0 ? 'No announcement matches the filters.' : parts.join(' · ')}
    </p>
  );
}

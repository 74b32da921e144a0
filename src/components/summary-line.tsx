import type { Announcement, ExchangeRate } from '../data/schema';
import { totalCommittedUsd } from '../transforms/aggregate';
import { formatDay, formatUsdCompact } from '../transforms/format';
import { summarise } from '../transforms/summary';

/** "N announcements, $X committed by D donors, 21 Jan 2022 – 24 Feb 2023", announced on change. */
export function SummaryLine({
  records,
  rates,
}: {
  records: readonly Announcement[];
  rates: ReadonlyMap<string, ExchangeRate>;
}) {
  const summary = summarise(records);
  const committed = totalCommittedUsd(records, rates);
  const span =
    summary.firstDate && summary.lastDate
      ? `${formatDay(summary.firstDate)} – ${formatDay(summary.lastDate)}`
      : 'no dates';
  return (
    <p className="summary-line" aria-live="polite" data-testid="summary-line">
      {summary.records === 0
        ? 'No announcement matches the filters.'
        : `${summary.records} announcement${summary.records === 1 ? '' : 's'}, ${formatUsdCompact(committed)} committed by ${summary.donors} donor${summary.donors === 1 ? '' : 's'}, ${span}`}
    </p>
  );
}

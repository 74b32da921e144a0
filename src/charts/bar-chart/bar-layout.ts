import type { Announcement, Category, ExchangeRate } from '../../data/schema';
import {
  aggregateByDonor,
  usdMeasure,
  type DonorRow,
  type Measure,
} from '../../transforms/aggregate';
import { toUsd } from '../../transforms/to-usd';
import type { Metric } from '../../state/store';
import { KIND_ORDER } from '../../encoding/kind-style';

/** One donor group's bar(s), in metric units. */
export type BarRow = DonorRow;

/** The unit a quantity comparison uses for a category: the one most records use. */
export function quantityUnit(records: readonly Announcement[], category: Category): string | null {
  const counts = new Map<string, number>();
  for (const record of records)
    for (const item of record.items)
      if (item.category === category && item.quantity !== undefined && item.unit)
        counts.set(item.unit, (counts.get(item.unit) ?? 0) + 1);
  let best: string | null = null;
  for (const [unit, count] of counts) if (best === null || count > counts.get(best)!) best = unit;
  return best;
}

/**
 * A record's dollars as a percentage of its donor's GDP, or null when there is no such share:
 * no dollars, or not one country with a GDP (an organisation, a joint announcement).
 */
export function shareOfGdp(
  record: Announcement,
  rates: ReadonlyMap<string, ExchangeRate>,
  gdp: ReadonlyMap<string, number>,
): number | null {
  const usd = toUsd(record, rates);
  const donorGdp = record.donors.length === 1 ? gdp.get(record.donors[0]!) : undefined;
  return usd === null || donorGdp === undefined ? null : (usd / donorGdp) * 100;
}

/**
 * Bars per donor group under the aggregation rules: each segment is one record, so every part
 * of a bar leads to its source. USD: committed and delivered apart; GDP: the same dollars as a
 * share of the donor's GDP (`gdp` by country code); count: aid announcements; quantity: items
 * of one category in one unit. Sorted largest first. In dollars and GDP shares every donor
 * group with aid in view has a row, empty when there is nothing to show; other metrics leave
 * empty groups out.
 */
export function layoutBars(
  records: readonly Announcement[],
  rates: ReadonlyMap<string, ExchangeRate>,
  metric: Metric,
  category: Category,
  gdp: ReadonlyMap<string, number> = new Map(),
): BarRow[] {
  const unit = metric === 'quantity' ? quantityUnit(records, category) : null;
  const listsEveryDonor = metric === 'usd' || metric === 'gdp';
  const measure: Measure =
    metric === 'usd'
      ? usdMeasure(rates)
      : metric === 'gdp'
        ? (record) => shareOfGdp(record, rates, gdp)
        : // A running total's items are not compared: only dollars have a reference mark.
          (record) =>
            record.kind === 'cumulative'
              ? null
              : record.items
                  .filter((item) => item.category === category && item.unit === unit)
                  .reduce((sum, item) => sum + (item.quantity ?? 0), 0);
  // Counted announcements stack kind by kind, so a bar reads as its mix of kinds.
  const rows =
    metric === 'count'
      ? aggregateByDonor(
          [...records].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)),
          measure,
          'count',
        )
      : aggregateByDonor(records, measure);
  const hasValue = (row: BarRow) =>
    row.committed > 0 || row.delivered > 0 || row.references.length > 0;
  return rows
    .filter((row) => listsEveryDonor || hasValue(row))
    .sort(
      (a, b) =>
        b.committed - a.committed ||
        b.delivered - a.delivered ||
        Number(hasValue(b)) - Number(hasValue(a)) ||
        a.group.localeCompare(b.group),
    );
}

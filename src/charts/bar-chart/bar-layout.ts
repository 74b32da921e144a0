import type { Announcement, Category, ExchangeRate } from '../../data/schema';
import {
  countsAsCommitted,
  countsAsDelivered,
  donorGroupKey,
  isAidToUkraine,
} from '../../transforms/aggregate';
import { toUsd } from '../../transforms/to-usd';
import type { Metric } from '../../state/store';
import { KIND_ORDER } from '../../encoding/kind-style';

/** One record's share of a bar. */
export interface Segment {
  record: Announcement;
  start: number;
  value: number;
}

/** One donor group's bar(s), in metric units. */
export interface BarRow {
  group: string;
  donors: string[];
  committed: number;
  delivered: number;
  committedSegments: Segment[];
  deliveredSegments: Segment[];
  /** Running totals: drawn as reference marks, never added. */
  references: Array<{ record: Announcement; value: number }>;
}

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
  const valueOf = (record: Announcement): number => {
    if (metric === 'usd') return toUsd(record, rates) ?? 0;
    if (metric === 'gdp') return shareOfGdp(record, rates, gdp) ?? 0;
    if (metric === 'count') return 1;
    return record.items
      .filter((item) => item.category === category && item.unit === unit)
      .reduce((sum, item) => sum + (item.quantity ?? 0), 0);
  };
  const rows = new Map<string, BarRow>();
  const rowOf = (record: Announcement) => {
    const key = donorGroupKey(record.donors);
    let row = rows.get(key);
    if (!row) {
      row = {
        group: key,
        donors: key.split('+'),
        committed: 0,
        delivered: 0,
        committedSegments: [],
        deliveredSegments: [],
        references: [],
      };
      rows.set(key, row);
    }
    return row;
  };
  // Counted announcements stack kind by kind, so a bar reads as its mix of kinds.
  const ordered =
    metric === 'count'
      ? [...records].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
      : records;
  for (const record of ordered) {
    if (!isAidToUkraine(record)) continue;
    // Every donor in view gets a row in dollars, so "no sum printed" is shown, not hidden.
    if (listsEveryDonor) rowOf(record);
    if (metric === 'count') {
      const row = rowOf(record);
      row.committedSegments.push({ record, start: row.committed, value: 1 });
      row.committed += 1;
      continue;
    }
    if (record.kind === 'cumulative') {
      const value = valueOf(record);
      if (listsEveryDonor && value > 0) rowOf(record).references.push({ record, value });
      continue;
    }
    const value = valueOf(record);
    if (value <= 0) continue;
    if (countsAsCommitted(record)) {
      const row = rowOf(record);
      row.committedSegments.push({ record, start: row.committed, value });
      row.committed += value;
    }
    if (countsAsDelivered(record)) {
      const row = rowOf(record);
      row.deliveredSegments.push({ record, start: row.delivered, value });
      row.delivered += value;
    }
  }
  const hasValue = (row: BarRow) =>
    row.committed > 0 || row.delivered > 0 || row.references.length > 0;
  return [...rows.values()]
    .filter((row) => listsEveryDonor || hasValue(row))
    .sort(
      (a, b) =>
        b.committed - a.committed ||
        b.delivered - a.delivered ||
        Number(hasValue(b)) - Number(hasValue(a)) ||
        a.group.localeCompare(b.group),
    );
}

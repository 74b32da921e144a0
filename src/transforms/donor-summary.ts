import type { Announcement, Category, ExchangeRate, Kind } from '../data/schema';
import { KIND_ORDER } from '../encoding/kind-style';
import { aggregateByDonor, isAidToUkraine, usdMeasure, type Measure } from './aggregate';

/** One donor group's line in the summary table beside the comparison. */
export interface DonorSummary {
  group: string;
  donors: string[];
  /** Aid announcements in view, and how many of each kind (kinds with none are left out). */
  announcements: number;
  byKind: Array<{ kind: Kind; count: number }>;
  /** Dollars committed and delivered, under the counting rules. */
  committed: number;
  delivered: number;
  /** Quantities committed, per category and unit (never added across units), largest first. */
  quantities: Array<{ category: Category; unit: string; count: number }>;
}

/** The category and unit pairs the records give counts in, in order of first appearance. */
function countedPairs(records: readonly Announcement[]): Array<[Category, string]> {
  const pairs = new Map<string, [Category, string]>();
  for (const record of records)
    for (const item of record.items)
      if (item.quantity !== undefined && item.unit)
        pairs.set(`${item.category} ${item.unit}`, [item.category, item.unit]);
  return [...pairs.values()];
}

/**
 * Each donor group's announcements by kind, dollars committed and delivered, and quantities
 * by category, all through aggregateByDonor (the one counting path): announcements counted,
 * dollars summed, each category's items summed in their unit (running totals never added).
 * Kinds follow the legend's order; groups go largest committed sum first, then most announcements.
 */
export function summariseDonors(
  records: readonly Announcement[],
  rates: ReadonlyMap<string, ExchangeRate>,
): DonorSummary[] {
  const aid = records.filter(isAidToUkraine);
  const rows = new Map<string, DonorSummary>();
  const inUsd = usdMeasure(rates);
  for (const row of aggregateByDonor(aid, inUsd, 'count')) {
    const counts = new Map<Kind, number>();
    for (const { record } of row.committedSegments)
      counts.set(record.kind, (counts.get(record.kind) ?? 0) + 1);
    rows.set(row.group, {
      group: row.group,
      donors: row.donors,
      announcements: row.announcements,
      byKind: KIND_ORDER.flatMap((kind) =>
        counts.has(kind) ? [{ kind, count: counts.get(kind)! }] : [],
      ),
      committed: 0,
      delivered: 0,
      quantities: [],
    });
  }
  for (const row of aggregateByDonor(aid, inUsd)) {
    rows.get(row.group)!.committed = row.committed;
    rows.get(row.group)!.delivered = row.delivered;
  }
  for (const [category, unit] of countedPairs(aid)) {
    const measure: Measure = (record) =>
      record.kind === 'cumulative'
        ? null
        : record.items
            .filter((item) => item.category === category && item.unit === unit)
            .reduce((sum, item) => sum + (item.quantity ?? 0), 0);
    for (const row of aggregateByDonor(aid, measure))
      if (row.committed > 0)
        rows.get(row.group)!.quantities.push({ category, unit, count: row.committed });
  }
  const summaries = [...rows.values()];
  for (const summary of summaries) summary.quantities.sort((a, b) => b.count - a.count);
  return summaries.sort(
    (a, b) =>
      b.committed - a.committed ||
      b.announcements - a.announcements ||
      a.group.localeCompare(b.group),
  );
}

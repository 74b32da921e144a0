import type { Announcement, Category, ExchangeRate, Kind } from '../data/schema';
import { KIND_ORDER } from '../encoding/kind-style';
import {
  aggregateByDonor,
  countsAsCommitted,
  donorGroupKey,
  isAidToUkraine,
  usdMeasure,
} from './aggregate';

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

/**
 * Each donor group's announcements by kind, dollars committed and delivered, and quantities
 * by category, under the counting rules of aggregateByDonor (the one counting path): dollars
 * summed by it; announcements counted and each category's items summed in their unit in one
 * pass beside it, by the same rules (rules 1, 2, 4: a quantity counts where the record counts
 * towards committed; running totals never added). Kinds follow the legend's order; quantities
 * go largest first (category and unit pairs in order of first appearance among equals); groups
 * go largest committed sum first, then most announcements.
 */
export function summariseDonors(
  records: readonly Announcement[],
  rates: ReadonlyMap<string, ExchangeRate>,
): DonorSummary[] {
  const aid = records.filter(isAidToUkraine);
  /** The category and unit pairs the records give counts in, in order of first appearance. */
  const pairs = new Map<string, { category: Category; unit: string }>();
  const groups = new Map<string, { kinds: Map<Kind, number>; quantities: Map<string, number> }>();
  for (const record of aid) {
    const key = donorGroupKey(record.donors);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { kinds: new Map(), quantities: new Map() }));
    group.kinds.set(record.kind, (group.kinds.get(record.kind) ?? 0) + 1);
    let own: Map<string, number> | null = null;
    for (const item of record.items) {
      if (item.quantity === undefined || !item.unit) continue;
      const pair = `${item.category} ${item.unit}`;
      if (!pairs.has(pair)) pairs.set(pair, { category: item.category, unit: item.unit });
      if (!countsAsCommitted(record)) continue;
      own ??= new Map();
      own.set(pair, (own.get(pair) ?? 0) + item.quantity);
    }
    // As aggregateByDonor adds a record's measure: only when it is more than nothing.
    if (own)
      for (const [pair, count] of own)
        if (count > 0) group.quantities.set(pair, (group.quantities.get(pair) ?? 0) + count);
  }
  const summaries = aggregateByDonor(aid, usdMeasure(rates), 'sum', false).map(
    (row): DonorSummary => {
      const { kinds, quantities } = groups.get(row.group)!;
      return {
        group: row.group,
        donors: row.donors,
        announcements: row.announcements,
        byKind: KIND_ORDER.flatMap((kind) =>
          kinds.has(kind) ? [{ kind, count: kinds.get(kind)! }] : [],
        ),
        committed: row.committed,
        delivered: row.delivered,
        quantities: [...pairs]
          .filter(([pair]) => (quantities.get(pair) ?? 0) > 0)
          .map(([pair, { category, unit }]) => ({ category, unit, count: quantities.get(pair)! }))
          .sort((a, b) => b.count - a.count),
      };
    },
  );
  return summaries.sort(
    (a, b) =>
      b.committed - a.committed ||
      b.announcements - a.announcements ||
      a.group.localeCompare(b.group),
  );
}

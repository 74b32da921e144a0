import type { Announcement, Category, ExchangeRate } from '../data/schema';
import { toUsd } from './to-usd';

// The counting rules, stated once (README "Aggregation rules" repeats them for readers):
// 1. Aid to Ukraine is every record with recipient UA that is not a deployment; deployments to
//    allies are counted apart and never enter an aid total.
// 2. Committed = pledges, approvals and deliveries that are not part of another record. A
//    part-delivery (partOf) is already inside its package, so it never adds to committed.
// 3. Delivered = deliveries, parts included; delivered is therefore never more than committed
//    for a package recorded in full.
// 4. A cumulative record is a running total: kept as a reference, never added.
// 5. A record with several donors belongs, whole, to its joint group ("NATO+US"): never split
//    (the text gives no shares) and never credited to each donor (that would count it twice).
// 6. An amount with no printed currency, or no rate for its month, is not converted; it is
//    counted in `unconverted` so a chart can say so.

type Rates = ReadonlyMap<string, ExchangeRate>;

/** True for records that are aid to Ukraine (rule 1). */
export function isAidToUkraine(record: Announcement): boolean {
  return record.recipient === 'UA' && record.kind !== 'deployment';
}

/** True when the record's value counts towards committed aid (rules 1, 2, 4). */
export function countsAsCommitted(record: Announcement): boolean {
  return (
    isAidToUkraine(record) &&
    record.partOf === undefined &&
    (record.kind === 'pledge' || record.kind === 'approval' || record.kind === 'delivery')
  );
}

/** True when the record's value counts towards delivered aid (rules 1, 3). */
export function countsAsDelivered(record: Announcement): boolean {
  return isAidToUkraine(record) && record.kind === 'delivery';
}

/** The key of a record's donor group: its donors, sorted, joined by "+" (rule 5). */
export function donorGroupKey(donors: readonly string[]): string {
  return donors.length === 1 ? donors[0]! : [...donors].sort().join('+');
}

/** Quantities of one category, split by unit (pieces, tonnes and troops are never added together). */
export type UnitQuantities = Partial<Record<'pieces' | 'tonnes' | 'troops', number>>;

/** What one donor group gave, under the rules above. */
export interface DonorTotals {
  group: string;
  donors: readonly string[];
  committedUsd: number;
  deliveredUsd: number;
  /** Aid-to-Ukraine records of every kind, each counted once. */
  announcements: number;
  /** Deployments to allies, counted apart. */
  deployments: number;
  /** Running totals (rule 4), newest last. */
  runningTotals: Array<{ id: string; date: string; usd: number }>;
  /** Amounts that could not be converted to USD (rule 6). */
  unconverted: number;
  /** Committed and delivered item quantities, by category. */
  committedQuantities: Partial<Record<Category, UnitQuantities>>;
  deliveredQuantities: Partial<Record<Category, UnitQuantities>>;
}

function addQuantities(target: Partial<Record<Category, UnitQuantities>>, record: Announcement) {
  for (const item of record.items) {
    if (item.quantity === undefined || item.unit === undefined) continue;
    const byUnit = (target[item.category] ??= {});
    byUnit[item.unit] = (byUnit[item.unit] ?? 0) + item.quantity;
  }
}

/** Totals per donor group in one pass; groups in order of first appearance. */
export function totalsByDonor(records: readonly Announcement[], rates: Rates): DonorTotals[] {
  const groups = new Map<string, DonorTotals>();
  for (const record of records) {
    const key = donorGroupKey(record.donors);
    let totals = groups.get(key);
    if (!totals) {
      totals = {
        group: key,
        donors: key.split('+'),
        committedUsd: 0,
        deliveredUsd: 0,
        announcements: 0,
        deployments: 0,
        runningTotals: [],
        unconverted: 0,
        committedQuantities: {},
        deliveredQuantities: {},
      };
      groups.set(key, totals);
    }
    if (!isAidToUkraine(record)) {
      totals.deployments += 1;
      continue;
    }
    totals.announcements += 1;
    const usd = toUsd(record, rates);
    if (record.amount && usd === null) totals.unconverted += 1;
    if (record.kind === 'cumulative') {
      if (usd !== null) totals.runningTotals.push({ id: record.id, date: record.date.end, usd });
      continue;
    }
    if (countsAsCommitted(record)) {
      totals.committedUsd += usd ?? 0;
      addQuantities(totals.committedQuantities, record);
    }
    if (countsAsDelivered(record)) {
      totals.deliveredUsd += usd ?? 0;
      addQuantities(totals.deliveredQuantities, record);
    }
  }
  for (const totals of groups.values())
    totals.runningTotals.sort((a, b) => (a.date < b.date ? -1 : 1));
  return [...groups.values()];
}

/** Counts of records by kind. */
export function countByKind(records: readonly Announcement[]): Map<Announcement['kind'], number> {
  const counts = new Map<Announcement['kind'], number>();
  for (const record of records) counts.set(record.kind, (counts.get(record.kind) ?? 0) + 1);
  return counts;
}

/** Committed aid in USD over all donors: the sum of the groups, so each record counts once. */
export function totalCommittedUsd(records: readonly Announcement[], rates: Rates): number {
  let sum = 0;
  for (const record of records) if (countsAsCommitted(record)) sum += toUsd(record, rates) ?? 0;
  return sum;
}

/** Committed item quantities by category and unit over all records (rules 1, 2, 5). */
export function quantitiesByCategory(
  records: readonly Announcement[],
): Partial<Record<Category, UnitQuantities>> {
  const totals: Partial<Record<Category, UnitQuantities>> = {};
  for (const record of records) if (countsAsCommitted(record)) addQuantities(totals, record);
  return totals;
}

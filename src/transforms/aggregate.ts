import type { Announcement, ExchangeRate } from '../data/schema';
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

/** Joint records' keys, kept per donor list (records are never changed once loaded). */
const jointKeys = new WeakMap<readonly string[], string>();

/** The key of a record's donor group: its donors, sorted, joined by "+" (rule 5). */
export function donorGroupKey(donors: readonly string[]): string {
  if (donors.length === 1) return donors[0]!;
  // Sorted and joined once per record, not on every count of the view (100,000 records).
  let key = jointKeys.get(donors);
  if (key === undefined) jointKeys.set(donors, (key = [...donors].sort().join('+')));
  return key;
}

/** One record's share of a donor's bar: where it starts and how much it adds. */
export interface Segment {
  record: Announcement;
  start: number;
  value: number;
}

/** What one donor group gave, in one measure, under the rules above. */
export interface DonorRow {
  group: string;
  donors: string[];
  committed: number;
  delivered: number;
  /** The records that make up `committed` and `delivered`, stacked end to end, in input order. */
  committedSegments: Segment[];
  deliveredSegments: Segment[];
  /** Running totals (rule 4): shown beside the total, never added. */
  references: Array<{ record: Announcement; value: number }>;
  /** Aid-to-Ukraine records of every kind in the group, each counted once. */
  announcements: number;
  /** Records that print an amount the measure could not value (rule 6). */
  unvalued: number;
}

/**
 * A record's value in the unit being counted (dollars, a share of GDP, pieces of a category),
 * or null when it has none or it cannot be worked out (no currency, no rate, no GDP).
 */
export type Measure = (record: Announcement) => number | null;

/** In dollars at the rate of the record's month (rule 6: null when it cannot be converted). */
export const usdMeasure =
  (rates: Rates): Measure =>
  (record) =>
    toUsd(record, rates);

/**
 * The one counting path: totals per donor group in one pass, used by the comparison chart, the
 * summary line and the downloads alike. `sum` adds each record's measure to committed and
 * delivered under rules 1–5 and keeps running totals as references; `count` stacks one unit per
 * aid announcement of any kind. Every donor group with aid in `records` has a row (empty when
 * nothing in it has a value), in order of first appearance; deployments never make one.
 */
export function aggregateByDonor(
  records: readonly Announcement[],
  measure: Measure,
  mode: 'sum' | 'count' = 'sum',
  /** False: the totals only, the segment lists left empty (the summary, the donor table). */
  withSegments = true,
): DonorRow[] {
  const rows = new Map<string, DonorRow>();
  for (const record of records) {
    if (!isAidToUkraine(record)) continue;
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
        announcements: 0,
        unvalued: 0,
      };
      rows.set(key, row);
    }
    row.announcements += 1;
    if (mode === 'count') {
      if (withSegments) row.committedSegments.push({ record, start: row.committed, value: 1 });
      row.committed += 1;
      continue;
    }
    const value = measure(record);
    if (value === null && record.amount) row.unvalued += 1;
    if (value === null || value <= 0) continue;
    if (record.kind === 'cumulative') {
      row.references.push({ record, value });
      continue;
    }
    if (countsAsCommitted(record)) {
      if (withSegments) row.committedSegments.push({ record, start: row.committed, value });
      row.committed += value;
    }
    if (countsAsDelivered(record)) {
      if (withSegments) row.deliveredSegments.push({ record, start: row.delivered, value });
      row.delivered += value;
    }
  }
  return [...rows.values()];
}

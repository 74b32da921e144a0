import type { Announcement, ExchangeRate } from '../data/schema';
import { isoDayOf } from '../data/days';
import { aggregateByDonor, isAidToUkraine, usdMeasure, type DonorRow } from './aggregate';
import { summarise } from './summary';

// What the line above the charts says about the view, as facts the interface words in each
// language. It is quoted, so it must not mislead: the dates are the window's own (not the span
// of the records that touch it), and the money says whose it is, and says so when there is none.

/** A donor group and its dollars in the view. */
export interface Payer {
  donors: string[];
  usd: number;
}

/** Whose money the view holds, under the counting rules (aggregateByDonor). */
export type ViewMoney =
  | {
      /** Committed when anything is; else delivered (parts of packages committed outside the view). */
      measure: 'committed' | 'delivered';
      total: number;
      /** Donor groups with a sum, largest first. */
      payers: Payer[];
      /** Donor groups with aid in view and no sum in that measure. */
      others: number;
    }
  | {
      measure: 'none';
      /**
       * Why there is nothing to add: no sum printed at all; sums printed with no currency or
       * rate (never converted); or only running totals, which are never added.
       */
      reason: 'notPrinted' | 'notConverted' | 'runningTotal';
    };

/** The facts of the summary line. */
export interface ViewSummary {
  /** Aid announcements in view. */
  announcements: number;
  /** Deployments to allies in view, counted apart. */
  deployments: number;
  money: ViewMoney;
  /** The first and last day the view covers (ISO), or null when there is nothing to date. */
  from: string | null;
  to: string | null;
}

/**
 * The days a view covers: the window's own, when the timeline is zoomed ([start, end) in epoch
 * ms, so the last day is the one before `end`'s instant); else the whole dataset's span.
 */
export function viewDays(
  window: readonly [number, number] | null,
  allRecords: readonly Announcement[],
): { from: string | null; to: string | null } {
  if (window) return { from: isoDayOf(window[0]), to: isoDayOf(window[1] - 1) };
  let span = spans.get(allRecords);
  if (!span) {
    const { firstDate, lastDate } = summarise(allRecords);
    spans.set(allRecords, (span = { from: firstDate, to: lastDate }));
  }
  return span;
}

/** A dataset's span, read once per records array (the summary asks on every change of view). */
const spans = new WeakMap<readonly Announcement[], { from: string | null; to: string | null }>();

const payersOf = (rows: readonly DonorRow[], pick: (row: DonorRow) => number): Payer[] =>
  rows
    .filter((row) => pick(row) > 0)
    .map((row) => ({ donors: row.donors, usd: pick(row) }))
    .sort((a, b) => b.usd - a.usd);

/** Whose dollars the donor rows hold: committed first, delivered when nothing is committed. */
export function moneyOf(rows: readonly DonorRow[]): ViewMoney {
  for (const measure of ['committed', 'delivered'] as const) {
    const payers = payersOf(rows, (row) => row[measure]);
    if (payers.length > 0)
      return {
        measure,
        total: payers.reduce((sum, payer) => sum + payer.usd, 0),
        payers,
        others: rows.length - payers.length,
      };
  }
  const reason = rows.some((row) => row.unvalued > 0)
    ? 'notConverted'
    : rows.some((row) => row.references.length > 0)
      ? 'runningTotal'
      : 'notPrinted';
  return { measure: 'none', reason };
}

/** The summary line's facts for the records in view, the window and the whole dataset. */
export function summariseView(
  records: readonly Announcement[],
  rates: ReadonlyMap<string, ExchangeRate>,
  window: readonly [number, number] | null,
  allRecords: readonly Announcement[],
): ViewSummary {
  const aid = records.filter(isAidToUkraine);
  const rows = aggregateByDonor(aid, usdMeasure(rates), 'sum', false);
  return {
    announcements: aid.length,
    deployments: records.length - aid.length,
    money: moneyOf(rows),
    ...viewDays(window, allRecords),
  };
}

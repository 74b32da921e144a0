import type { Amount, Announcement, Kind } from '../data/schema';
import { daysBetween } from './calendar';

/**
 * Does a draft record repeat one already in the dataset (one event reported twice is one record
 * with two sources), and is a delivery part of an earlier package? Pure: the workbench words the
 * reasons in the reader's language from `because`; `reason` is the English for logs and tests.
 */

/** What the checks read of a draft: a DraftSuggestion as edited, or a whole record. */
export interface DraftLike {
  donors: readonly string[];
  kind?: Kind | null;
  amount: Amount | null;
  date: Announcement['date'] | null;
  items?: Announcement['items'];
  /** The draft's own id, when it is already in `existing` (so it is not its own duplicate). */
  id?: string;
}

export type DuplicateClue = 'donor' | 'amount' | 'quantity' | 'date' | 'kind';

export interface Match {
  id: string;
  reason: string;
  because: DuplicateClue[];
  /** The donors the draft shares with the record (for the reason in the reader's language). */
  shared: string[];
  /** What makes it one event: a close amount, a close quantity, or items of one kind without figures. */
  figure: 'amount' | 'quantity' | 'items';
}

/** Kinds that report the same sort of event: a promise, its approval and a stated intent are one commitment. */
const FAMILY: Record<Kind, string> = {
  pledge: 'commitment',
  approval: 'commitment',
  intent: 'commitment',
  delivery: 'delivery',
  deployment: 'deployment',
  request: 'request',
  refusal: 'refusal',
  cumulative: 'cumulative',
};

/** Within 10 %: "zo’n 221 miljoen" and "221,5 miljoen" are one figure. */
export function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.1 * Math.max(a, b);
}

function amountsClose(a: Amount | null, b: Amount | null): boolean {
  if (!a || !b) return false;
  if (a.currency !== null && b.currency !== null && a.currency !== b.currency) return false;
  return close(a.value, b.value);
}

function quantitiesClose(a: Announcement['items'] = [], b: Announcement['items'] = []): boolean {
  return a.some(
    (x) =>
      x.quantity !== undefined &&
      b.some(
        (y) =>
          y.category === x.category && y.quantity !== undefined && close(x.quantity!, y.quantity),
      ),
  );
}

/** Days between two date spans (0 when they overlap). */
export function gapInDays(a: Announcement['date'], b: Announcement['date']): number {
  if (a.end < b.start) return daysBetween(a.end, b.start);
  if (b.end < a.start) return daysBetween(b.end, a.start);
  return 0;
}

/** How far apart two dates may be and still be one event: a week, or a month for a vaguer date. */
function nearEnough(a: Announcement['date'], b: Announcement['date']): boolean {
  const coarse = [a.precision, b.precision].some((p) => p === 'month' || p === 'year');
  return gapInDays(a, b) <= (coarse ? 31 : 7);
}

/**
 * Records in `existing` the draft likely repeats: a shared donor, dates near each other, the same
 * kind of event, and a close amount or quantity (or, when neither names a figure, items of the
 * same category). Best first: those with a matching figure before the rest.
 */
export function findDuplicates(draft: DraftLike, existing: readonly Announcement[]): Match[] {
  if (!draft.date || draft.donors.length === 0) return [];
  const date = draft.date;
  const matches: Array<Match & { score: number }> = [];
  for (const record of existing) {
    if (record.id === draft.id) continue;
    const shared = draft.donors.filter((d) => record.donors.includes(d));
    if (shared.length === 0 || !nearEnough(date, record.date)) continue;
    if (draft.kind && FAMILY[draft.kind] !== FAMILY[record.kind]) continue;
    const because: DuplicateClue[] = ['donor', 'date'];
    if (draft.kind) because.push('kind');
    const amount = amountsClose(draft.amount, record.amount);
    const quantity = quantitiesClose(draft.items, record.items);
    if (amount) because.push('amount');
    if (quantity) because.push('quantity');
    const figureless =
      !draft.amount &&
      !record.amount &&
      !(draft.items ?? []).some((i) => i.quantity !== undefined) &&
      (draft.items ?? []).some((i) => record.items.some((r) => r.category === i.category));
    if (!amount && !quantity && !figureless) continue;
    const figure = amount
      ? `${record.amount!.value} ${record.amount!.currency ?? ''}`.trim()
      : quantity
        ? 'a close quantity'
        : 'items of the same kind, no figures';
    matches.push({
      id: record.id,
      because,
      shared,
      figure: amount ? 'amount' : quantity ? 'quantity' : 'items',
      score: (amount ? 2 : 0) + (quantity ? 2 : 0) - gapInDays(date, record.date) / 100,
      reason: `same donor (${shared.join(', ')}), ${figure}, dated ${record.date.start}${record.date.end === record.date.start ? '' : ` to ${record.date.end}`}: add as a second source of that record?`,
    });
  }
  return matches.sort((a, b) => b.score - a.score).map(({ score: _score, ...match }) => match);
}

/**
 * The earlier package a delivery is likely a part of: a pledge or approval by the same donor,
 * dated no later than the delivery, not itself part of another, whose amount is not smaller than
 * the delivery's (when both are in one currency). The same amount counts most, then shared item
 * categories, then the nearest date. Null when the draft is no delivery or nothing fits.
 */
export function suggestPartOf(draft: DraftLike, existing: readonly Announcement[]): Match | null {
  if (draft.kind !== 'delivery' || !draft.date || draft.donors.length !== 1) return null;
  const [donor] = draft.donors as [string];
  const date = draft.date;
  let best: (Match & { score: number }) | null = null;
  for (const record of existing) {
    if (record.id === draft.id || record.partOf) continue;
    if (record.kind !== 'pledge' && record.kind !== 'approval') continue;
    if (record.donors.length !== 1 || record.donors[0] !== donor) continue;
    if (record.date.start > date.end) continue;
    const a = draft.amount;
    const p = record.amount;
    const sameCurrency = a && p && a.currency === p.currency;
    if (sameCurrency && a.value > p.value * 1.1) continue;
    const because: DuplicateClue[] = ['donor', 'date', 'kind'];
    let score = -gapInDays(date, record.date) / 1000;
    if (amountsClose(a, p)) {
      because.push('amount');
      score += 3;
    }
    if (
      (draft.items ?? []).some(
        (i) => i.category !== 'other' && record.items.some((r) => r.category === i.category),
      )
    )
      score += 1;
    if (!best || score > best.score)
      best = {
        id: record.id,
        because,
        shared: [donor],
        figure: because.includes('amount') ? 'amount' : 'items',
        score,
        reason: `a ${record.kind} by the same donor dated ${record.date.start}${because.includes('amount') ? ', for the same sum' : ''}: is this delivery part of it?`,
      };
  }
  if (!best) return null;
  const { id, reason, because, shared, figure } = best;
  return { id, reason, because, shared, figure };
}

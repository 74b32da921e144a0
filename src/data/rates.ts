import type { Announcement, ExchangeRate } from './schema';

/** The month whose rate converts a record's amount: the month its date ends in, the latest the event can be. */
export function rateMonth(record: Pick<Announcement, 'date'>): string {
  return record.date.end.slice(0, 7);
}

export const rateKey = (currency: string, month: string) => `${currency}:${month}`;

/** Looks rates up by currency and month in O(1); built once per dataset. */
export function createRateIndex(rates: readonly ExchangeRate[]): ReadonlyMap<string, ExchangeRate> {
  return new Map(rates.map((rate) => [rateKey(rate.currency, rate.month), rate]));
}

/** The rate a record's amount needs, or null when none is needed (USD, no currency, no amount). */
export function neededRate(
  record: Pick<Announcement, 'amount' | 'date'>,
): { currency: string; month: string } | null {
  const currency = record.amount?.currency;
  if (!currency || currency === 'USD') return null;
  return { currency, month: rateMonth(record) };
}

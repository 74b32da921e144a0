import type { Amount, Announcement, ExchangeRate } from '../data/schema';
import { rateKey, rateMonth } from '../data/rates';

/**
 * A record's amount in US dollars, or null when it has none or cannot be converted
 * (no currency printed, or no rate for its currency and month).
 */
export function toUsd(
  record: { amount: Amount | null; date: Announcement['date'] },
  rates: ReadonlyMap<string, ExchangeRate>,
): number | null {
  const { amount } = record;
  if (!amount || amount.currency === null) return null;
  if (amount.currency === 'USD') return amount.value;
  const rate = rates.get(rateKey(amount.currency, rateMonth(record)));
  return rate ? amount.value * rate.usdPerUnit : null;
}

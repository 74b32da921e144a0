import type { Problem } from '../data/problem';
import { neededRate, rateKey } from '../data/rates';
import { ExchangeRateSchema, type ExchangeRate } from '../data/schema';
import { checkRateDuplicates } from '../data/validate-sources';
import type { Draft } from './work-document';

/**
 * Exchange rates the curator adds in the workbench: a record in another currency than USD needs
 * a rate for its currency in the month its date ends in (data/rates.ts), or the validator refuses
 * it. A rate is checked as `npm run validate-data` checks it: the same schema, no second rate for
 * one currency and month.
 */

/** A rate as the form holds it: the dollars as typed. */
export interface RateInput {
  currency: string;
  month: string;
  usdPerUnit: string;
  source: string;
}

export type RateField = keyof RateInput;

/** The rate the draft needs and the working dataset lacks, or null. */
export function missingRate(
  draft: Pick<Draft, 'currency' | 'date'>,
  rates: readonly ExchangeRate[],
): { currency: string; month: string } | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date.end)) return null;
  const needed = neededRate({
    amount: { value: 0, currency: draft.currency || null },
    date: { ...draft.date, precision: 'day', basis: 'explicit' },
  });
  if (!needed) return null;
  const known = new Set(rates.map((r) => rateKey(r.currency, r.month)));
  return known.has(rateKey(needed.currency, needed.month)) ? null : needed;
}

/** The rate, or the validator's problems with it by field. */
export function checkRate(
  input: RateInput,
  existing: readonly ExchangeRate[],
): { rate: ExchangeRate | null; problems: Partial<Record<RateField, Problem[]>> } {
  const typed = input.usdPerUnit.trim().replace(',', '.');
  const raw = {
    currency: input.currency.trim(),
    month: input.month.trim(),
    usdPerUnit: /^\d+(\.\d+)?$/.test(typed) ? Number(typed) : typed,
    source: input.source,
  };
  const problems: Partial<Record<RateField, Problem[]>> = {};
  const add = (field: RateField, message: string) =>
    (problems[field] ??= []).push({ recordId: null, path: `.${field}`, message });
  const parsed = ExchangeRateSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === 'currency' || field === 'month' || field === 'usdPerUnit' || field === 'source')
        add(field, issue.message);
    }
    return { rate: null, problems };
  }
  const duplicates: Problem[] = [];
  checkRateDuplicates([...existing, parsed.data], duplicates);
  const own = duplicates.filter((p) => p.path === `exchangeRates[${existing.length}]`);
  for (const problem of own) add('month', problem.message);
  return own.length > 0 ? { rate: null, problems } : { rate: parsed.data, problems };
}

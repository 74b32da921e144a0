import { ONE_DAY } from './days';
import type { Dataset, ExchangeRate, SourceMeta } from './schema';
import { createRandom } from './synthetic-random';
import {
  FIRST_DAY,
  LAST_DAY,
  createRecordBuilder,
  monthsOfSpan,
  syntheticSourceId,
} from './synthetic-record';

// Synthetic datasets in the data contract's format, for the benchmark (`npm run bench:data`,
// `npm run bench`). Seeded and deterministic: the same size and seed give the same bytes.
// Every record passes the app's own validator as a user dataset (sources come without their
// texts, so excerpts are shown as unverified); each amount and quantity is printed in its
// excerpt the way Dutch news prints it, as the validator demands (synthetic-record.ts).

/** What to generate. */
export interface SyntheticOptions {
  /** How many announcements. */
  size: number;
  /** The seed of the pseudo-random sequence; default 1. */
  seed?: number;
}

/**
 * A dataset of `size` announcements with bursts of news (many announcements within days, as
 * around donor conferences), background noise in between, ~40 donors of very unequal
 * activity, every kind and precision, part-deliveries of earlier pledges, joint donors, EUR
 * and USD amounts from tens of thousands to billions, and an EUR rate for every month.
 */
export function generateSyntheticDataset({ size, seed = 1 }: SyntheticOptions): Dataset {
  const random = createRandom(seed);

  // Bursts: conference days with a weight each; 60 % of the news falls within days of one.
  const spanDays = Math.round((LAST_DAY - FIRST_DAY) / ONE_DAY);
  const burstCount = Math.max(6, Math.min(400, Math.round(size / 40)));
  const bursts = Array.from({ length: burstCount }, () => ({
    day: Math.floor(random.next() * spanDays),
    weight: Math.exp(random.normal()),
    spread: 0.5 + random.next() * 2.5,
  }));
  const burstTable = bursts.map((b) => [b, b.weight] as const);
  const days = Array.from({ length: size }, () => {
    if (random.next() < 0.6) {
      const burst = random.weighted(burstTable);
      const day = Math.round(burst.day + random.normal() * burst.spread);
      return Math.min(spanDays, Math.max(0, day));
    }
    return Math.floor(random.next() * (spanDays + 1));
  }).sort((a, b) => a - b);

  // Sources: a few synthetic articles a month, each cited by the records of its month.
  const months = monthsOfSpan();
  const perMonth = Math.max(1, Math.min(20, Math.round(size / months.length / 20)));
  const sources: SourceMeta[] = months.flatMap((month) =>
    Array.from({ length: perMonth }, (_, i) => ({
      id: syntheticSourceId(month, i + 1),
      file: `sources/${syntheticSourceId(month, i + 1)}.txt`,
      language: 'nl',
      published: month,
      summary: `Synthetic article ${i + 1} of ${month}, for benchmarks; not real news.`,
    })),
  );
  const rates: ExchangeRate[] = months.map((month, i) => ({
    currency: 'EUR',
    month,
    usdPerUnit: Math.round((1.08 + 0.08 * Math.sin(i / 5)) * 10_000) / 10_000,
    source: 'Synthetic rate for benchmarks; not a real exchange rate',
  }));

  const build = createRecordBuilder(random, perMonth);
  return {
    schemaVersion: 1,
    sources,
    exchangeRates: rates,
    announcements: days.map(build),
  };
}

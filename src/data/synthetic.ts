import {
  CATEGORIES,
  type Announcement,
  type Category,
  type Dataset,
  type ExchangeRate,
  type Item,
  type Kind,
  type Precision,
  type SourceMeta,
} from './schema';

// Synthetic datasets in the data contract's format, for the benchmark (`npm run bench:data`,
// `npm run bench`). Seeded and deterministic: the same size and seed give the same bytes.
// Every record passes the app's own validator as a user dataset (sources come without their
// texts, so excerpts are shown as unverified); each amount and quantity is printed in its
// excerpt the way Dutch news prints it, as the validator demands.

/** What to generate. */
export interface SyntheticOptions {
  /** How many announcements. */
  size: number;
  /** The seed of the pseudo-random sequence; default 1. */
  seed?: number;
}

/** About 40 donors (valid ISO codes or organisations), the big ones announcing most. */
export const SYNTHETIC_DONORS = [
  'US',
  'GB',
  'DE',
  'PL',
  'FR',
  'NL',
  'CA',
  'EU',
  'NO',
  'SE',
  'DK',
  'IT',
  'ES',
  'FI',
  'EE',
  'LT',
  'LV',
  'CZ',
  'SK',
  'BE',
  'RO',
  'PT',
  'AU',
  'JP',
  'NATO',
  'TR',
  'BG',
  'HR',
  'SI',
  'LU',
  'AT',
  'IE',
  'GR',
  'NZ',
  'KR',
  'CH',
  'IS',
  'HU',
  'MT',
  'CY',
] as const;

/** Allies that receive deployments (a deployment's recipient is the ally). */
const ALLIES = ['PL', 'RO', 'LT', 'LV', 'EE', 'SK', 'BG', 'HU', 'NATO'] as const;

/** The span the events fall in. */
const FIRST_DAY = Date.UTC(2022, 0, 1);
const LAST_DAY = Date.UTC(2025, 11, 31);
const DAY = 86_400_000;
const LAST_MONTH = '2025-12';

const KIND_WEIGHTS: ReadonlyArray<readonly [Kind, number]> = [
  ['pledge', 30],
  ['delivery', 25],
  ['approval', 12],
  ['intent', 8],
  ['request', 6],
  ['refusal', 4],
  ['deployment', 8],
  ['cumulative', 7],
];
const PRECISION_WEIGHTS: ReadonlyArray<readonly [Precision, number]> = [
  ['day', 60],
  ['week', 15],
  ['month', 18],
  ['year', 7],
];
const VERBS: Record<Kind, string> = {
  pledge: 'belooft',
  approval: 'keurt goed',
  delivery: 'levert',
  deployment: 'stuurt troepen',
  intent: 'wil sturen',
  request: 'vraagt',
  refusal: 'weigert',
  cumulative: 'heeft in totaal gegeven',
};
const NAMES: Partial<Record<Category, string>> = {
  'anti-tank': 'anti-tank weapons',
  'air-defence': 'air-defence systems',
  artillery: 'howitzers',
  ammunition: 'shells',
  drones: 'drones',
  aircraft: 'fighter jets',
  naval: 'patrol boats',
  vehicles: 'armoured vehicles',
  'small-arms': 'rifles',
  medical: 'field hospitals',
  troops: 'soldiers',
};

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const isoMonth = (time: number) => new Date(time).toISOString().slice(0, 7);

/** "17000000" → "17.000.000", the Dutch way. */
function dutchDigits(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Every month from the first to the last day of the span, YYYY-MM. */
function monthsOfSpan(): string[] {
  const months: string[] = [];
  for (let year = 2022; year <= 2025; year++)
    for (let month = 1; month <= 12; month++)
      months.push(`${year}-${String(month).padStart(2, '0')}`);
  return months;
}

/** A month later than `month` by `add` months, never past the span's last month. */
function laterMonth(month: string, add: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = Math.min(year * 12 + m - 1 + add, 2025 * 12 + 11);
  const result = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  return result > LAST_MONTH ? LAST_MONTH : result;
}

/**
 * A dataset of `size` announcements with bursts of news (many announcements within days, as
 * around donor conferences), background noise in between, ~40 donors of very unequal
 * activity, every kind and precision, part-deliveries of earlier pledges, joint donors, EUR
 * and USD amounts from tens of thousands to billions, and an EUR rate for every month.
 */
export function generateSyntheticDataset({ size, seed = 1 }: SyntheticOptions): Dataset {
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const weighted = <T>(table: ReadonlyArray<readonly [T, number]>): T => {
    const total = table.reduce((sum, [, w]) => sum + w, 0);
    let r = random() * total;
    for (const [value, w] of table) {
      r -= w;
      if (r < 0) return value;
    }
    return table[table.length - 1]![0];
  };
  // Donor activity falls off like a power law: the US announces far more than Malta.
  const donorWeights = SYNTHETIC_DONORS.map((code, i) => [code, 1 / (i + 1)] as const);
  const normal = () => {
    const u = Math.max(random(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };

  // Bursts: conference days with a weight each; 60 % of the news falls within days of one.
  const spanDays = Math.round((LAST_DAY - FIRST_DAY) / DAY);
  const burstCount = Math.max(6, Math.min(400, Math.round(size / 40)));
  const bursts = Array.from({ length: burstCount }, () => ({
    day: Math.floor(random() * spanDays),
    weight: Math.exp(normal()),
    spread: 0.5 + random() * 2.5,
  }));
  const burstTable = bursts.map((b) => [b, b.weight] as const);
  const days = Array.from({ length: size }, () => {
    if (random() < 0.6) {
      const burst = weighted(burstTable);
      const day = Math.round(burst.day + normal() * burst.spread);
      return Math.min(spanDays, Math.max(0, day));
    }
    return Math.floor(random() * (spanDays + 1));
  }).sort((a, b) => a - b);

  // Sources: a few synthetic articles a month, each cited by the records of its month.
  const months = monthsOfSpan();
  const perMonth = Math.max(1, Math.min(20, Math.round(size / months.length / 20)));
  const sources: SourceMeta[] = months.flatMap((month) =>
    Array.from({ length: perMonth }, (_, i) => ({
      id: `syn-${month}-${i + 1}`,
      file: `sources/syn-${month}-${i + 1}.txt`,
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

  const pledges: string[] = [];
  const announcements: Announcement[] = days.map((day, index) => {
    const kind = weighted(KIND_WEIGHTS);
    const id = `syn-${String(index + 1).padStart(6, '0')}-${kind}`;
    const recipient = kind === 'deployment' ? pick(ALLIES) : 'UA';
    const donors = [weighted(donorWeights)];
    if (random() < 0.08) {
      const more = 1 + Math.floor(random() * 2);
      for (let i = 0; i < more; i++) {
        const donor = weighted(donorWeights);
        if (!donors.includes(donor)) donors.push(donor);
      }
    }
    const donorList = donors.filter((d) => d !== recipient);
    if (donorList.length === 0) donorList.push('US'); // the US is never a recipient here

    const at = FIRST_DAY + day * DAY;
    const precision = weighted(PRECISION_WEIGHTS);
    const date = new Date(at);
    let start = at;
    let end = at;
    if (precision === 'week') end = Math.min(LAST_DAY, at + 6 * DAY);
    else if (precision === 'month') {
      start = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
      end = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0);
    } else if (precision === 'year') {
      start = Date.UTC(date.getUTCFullYear(), 0, 1);
      end = Date.UTC(date.getUTCFullYear(), 11, 31);
    }
    if (precision !== 'day' && start === end) start -= DAY; // a span needs two days
    const inferred = random() < 0.2;

    const hasAmount =
      kind === 'pledge' || kind === 'approval' || kind === 'cumulative'
        ? random() < 0.8
        : kind === 'delivery' || kind === 'intent'
          ? random() < 0.35
          : false;
    // Mantissa 10–99 times 10^2…10^8: 1,000 to 9.9 billion, over six orders of magnitude.
    const value = Math.floor(10 + random() * 90) * 10 ** (2 + Math.floor(random() * 7));
    const currency = random() < 0.45 ? 'EUR' : 'USD';
    const amountText =
      value % 1_000_000 === 0 && random() < 0.5
        ? `${dutchDigits(value / 1_000_000)} miljoen ${currency === 'EUR' ? 'euro' : 'dollar'}`
        : `${dutchDigits(value)} ${currency === 'EUR' ? 'euro' : 'dollar'}`;

    const itemCount = kind === 'request' || kind === 'refusal' ? 1 : Math.floor(random() * 3);
    const items = Array.from({ length: itemCount }, (): Item => {
      const category: Category = kind === 'deployment' ? 'troops' : pick(CATEGORIES);
      const name = NAMES[category];
      if (random() < 0.5) return name ? { category, name } : { category };
      const unit =
        category === 'troops' ? 'troops' : category === 'ammunition' ? 'tonnes' : 'pieces';
      const quantity = Math.floor(1 + random() * 20) * 10 ** Math.floor(random() * 3);
      return { category, ...(name ? { name } : {}), quantity, unit };
    });
    const itemText = items
      .filter((item) => item.quantity !== undefined)
      .map((item) => {
        const word =
          item.unit === 'tonnes' ? 'ton' : item.unit === 'troops' ? 'militairen' : 'stuks';
        return `${dutchDigits(item.quantity!)} ${word}`;
      });

    const endMonth = isoMonth(end);
    const sourceIn = (month: string) =>
      `syn-${month}-${1 + Math.floor(random() * perMonth)}` as const;
    const first = sourceIn(laterMonth(endMonth, random() < 0.8 ? 0 : 1));
    const figures = [...(hasAmount ? [amountText] : []), ...itemText];
    const excerpt = `${donorList.join(' en ')} ${VERBS[kind]}${figures.length ? ` ${figures.join(', ')}` : ''}.`;
    const refs = [{ id: first, excerpt, translation: `${donorList.join(' and ')}: ${kind}.` }];
    if (random() < 0.1) {
      const second = sourceIn(laterMonth(endMonth, 1 + Math.floor(random() * 2)));
      if (second !== first)
        refs.push({ id: second, excerpt: 'Ook gemeld.', translation: 'Also reported.' });
    }

    const record: Announcement = {
      id,
      kind,
      donors: donorList,
      recipient,
      date: {
        start: isoDay(start),
        end: isoDay(end),
        precision,
        basis: inferred ? 'inferred' : 'explicit',
      },
      amount: hasAmount ? { value, currency } : null,
      items,
      sources: refs,
    };
    if (kind === 'delivery' && pledges.length > 0 && random() < 0.5)
      record.partOf = pledges[Math.max(0, pledges.length - 1 - Math.floor(random() * 50))];
    if (kind === 'pledge') pledges.push(id);
    if (inferred) record.note = 'Synthetic: the date is inferred from a weekday in the article.';
    return record;
  });

  return {
    schemaVersion: 1,
    sources,
    exchangeRates: rates,
    announcements,
  };
}

import { ONE_DAY, isoDayOf } from './days';
import {
  CATEGORIES,
  type Announcement,
  type Category,
  type Item,
  type Kind,
  type Precision,
} from './schema';
import type { Random } from './synthetic-random';

// One synthetic record: who, when, how much, and an excerpt that prints each figure the way
// Dutch news prints it, as the validator demands. See synthetic.ts for the dataset around it.

/** The span the events fall in. */
export const FIRST_DAY = Date.UTC(2022, 0, 1);
export const LAST_DAY = Date.UTC(2025, 11, 31);
const FIRST_YEAR = 2022;
const LAST_YEAR = 2025;
const LAST_MONTH = '2025-12';

/** About 40 donors (valid ISO codes or organisations), the big ones announcing most. */
const SYNTHETIC_DONORS = [
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

// Donor activity falls off like a power law: the US announces far more than Malta.
const DONOR_WEIGHTS = SYNTHETIC_DONORS.map((code, i) => [code, 1 / (i + 1)] as const);

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

/** Every month from the first to the last day of the span, YYYY-MM. */
export function monthsOfSpan(): string[] {
  const months: string[] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++)
    for (let month = 1; month <= 12; month++)
      months.push(`${year}-${String(month).padStart(2, '0')}`);
  return months;
}

/** The id of the `n`th (from 1) synthetic article of a month. */
export const syntheticSourceId = (month: string, n: number) => `syn-${month}-${n}`;

/** A month later than `month` by `add` months, never past the span's last month. */
function laterMonth(month: string, add: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = Math.min(year * 12 + m - 1 + add, LAST_YEAR * 12 + 11);
  const result = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  return result > LAST_MONTH ? LAST_MONTH : result;
}

/** "17000000" → "17.000.000", the Dutch way. */
function dutchDigits(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * Makes the records of a dataset one by one, in date order (`day`: days since the span's
 * first), each citing one of `perMonth` articles of its month or the next. Part-deliveries point
 * at one of the latest 50 pledges made so far. Draws from `random` in a fixed order, so a seed
 * gives the same records.
 */
export function createRecordBuilder(
  random: Random,
  perMonth: number,
): (day: number, index: number) => Announcement {
  const pledges: string[] = [];
  return (day, index) => {
    const kind = random.weighted(KIND_WEIGHTS);
    const id = `syn-${String(index + 1).padStart(6, '0')}-${kind}`;
    const recipient = kind === 'deployment' ? random.pick(ALLIES) : 'UA';
    const donors = drawDonors(random, recipient);
    const { precision, start, end } = drawSpan(random, FIRST_DAY + day * ONE_DAY);
    const inferred = random.next() < 0.2;
    const amount = drawAmount(random, kind);
    const { items, itemText } = drawItems(random, kind);

    const endMonth = isoDayOf(end).slice(0, 7);
    const sourceIn = (month: string) =>
      syntheticSourceId(month, 1 + Math.floor(random.next() * perMonth));
    const first = sourceIn(laterMonth(endMonth, random.next() < 0.8 ? 0 : 1));
    const figures = [...(amount ? [amount.text] : []), ...itemText];
    const excerpt = `${donors.join(' en ')} ${VERBS[kind]}${figures.length ? ` ${figures.join(', ')}` : ''}.`;
    const refs = [{ id: first, excerpt, translation: `${donors.join(' and ')}: ${kind}.` }];
    if (random.next() < 0.1) {
      const second = sourceIn(laterMonth(endMonth, 1 + Math.floor(random.next() * 2)));
      if (second !== first)
        refs.push({ id: second, excerpt: 'Ook gemeld.', translation: 'Also reported.' });
    }

    const record: Announcement = {
      id,
      kind,
      donors,
      recipient,
      date: {
        start: isoDayOf(start),
        end: isoDayOf(end),
        precision,
        basis: inferred ? 'inferred' : 'explicit',
      },
      amount: amount ? { value: amount.value, currency: amount.currency } : null,
      items,
      sources: refs,
    };
    if (kind === 'delivery' && pledges.length > 0 && random.next() < 0.5)
      record.partOf = pledges[Math.max(0, pledges.length - 1 - Math.floor(random.next() * 50))];
    if (kind === 'pledge') pledges.push(id);
    if (inferred) record.note = 'Synthetic: the date is inferred from a weekday in the article.';
    return record;
  };
}

/** One donor, sometimes joined by one or two more; never the recipient. */
function drawDonors(random: Random, recipient: string): string[] {
  const donors: string[] = [random.weighted(DONOR_WEIGHTS)];
  if (random.next() < 0.08) {
    const more = 1 + Math.floor(random.next() * 2);
    for (let i = 0; i < more; i++) {
      const donor = random.weighted(DONOR_WEIGHTS);
      if (!donors.includes(donor)) donors.push(donor);
    }
  }
  const donorList = donors.filter((d) => d !== recipient);
  if (donorList.length === 0) donorList.push('US'); // the US is never a recipient here
  return donorList;
}

/** A precision and the days (epoch ms) it spans around `at`. */
function drawSpan(
  random: Random,
  at: number,
): { precision: Precision; start: number; end: number } {
  const precision = random.weighted(PRECISION_WEIGHTS);
  const date = new Date(at);
  let start = at;
  let end = at;
  if (precision === 'week') end = Math.min(LAST_DAY, at + 6 * ONE_DAY);
  else if (precision === 'month') {
    start = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
    end = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0);
  } else if (precision === 'year') {
    start = Date.UTC(date.getUTCFullYear(), 0, 1);
    end = Date.UTC(date.getUTCFullYear(), 11, 31);
  }
  if (precision !== 'day' && start === end) start -= ONE_DAY; // a span needs two days
  return { precision, start, end };
}

/** An amount for the kinds that carry one (most pledges, some deliveries), as printed. */
function drawAmount(
  random: Random,
  kind: Kind,
): { value: number; currency: 'EUR' | 'USD'; text: string } | null {
  const hasAmount =
    kind === 'pledge' || kind === 'approval' || kind === 'cumulative'
      ? random.next() < 0.8
      : kind === 'delivery' || kind === 'intent'
        ? random.next() < 0.35
        : false;
  // Mantissa 10–99 times 10^2…10^8: 1,000 to 9.9 billion, over six orders of magnitude.
  const value = Math.floor(10 + random.next() * 90) * 10 ** (2 + Math.floor(random.next() * 7));
  const currency = random.next() < 0.45 ? 'EUR' : 'USD';
  const word = currency === 'EUR' ? 'euro' : 'dollar';
  const text =
    value % 1_000_000 === 0 && random.next() < 0.5
      ? `${dutchDigits(value / 1_000_000)} miljoen ${word}`
      : `${dutchDigits(value)} ${word}`;
  return hasAmount ? { value, currency, text } : null;
}

/** Up to two items (one for requests and refusals), half with a quantity, and how each is printed. */
function drawItems(random: Random, kind: Kind): { items: Item[]; itemText: string[] } {
  const itemCount = kind === 'request' || kind === 'refusal' ? 1 : Math.floor(random.next() * 3);
  const items = Array.from({ length: itemCount }, (): Item => {
    const category: Category = kind === 'deployment' ? 'troops' : random.pick(CATEGORIES);
    const name = NAMES[category];
    if (random.next() < 0.5) return name ? { category, name } : { category };
    const unit = category === 'troops' ? 'troops' : category === 'ammunition' ? 'tonnes' : 'pieces';
    const quantity = Math.floor(1 + random.next() * 20) * 10 ** Math.floor(random.next() * 3);
    return { category, ...(name ? { name } : {}), quantity, unit };
  });
  const itemText = items
    .filter((item) => item.quantity !== undefined)
    .map((item) => {
      const word = item.unit === 'tonnes' ? 'ton' : item.unit === 'troops' ? 'militairen' : 'stuks';
      return `${dutchDigits(item.quantity!)} ${word}`;
    });
  return { items, itemText };
}

import type { Currency, NumberMention } from './dutch-numbers';

/**
 * Reads numbers and sums the way English news prints them: "$2 billion", "350 million dollars",
 * "£1.3bn", "€500 million", "US$400m", "17,000", "two thousand", "twelve". The same shape as
 * the Dutch parser's mentions (src/data/dutch-numbers.ts), so both feed one recogniser.
 * "Dozens" and "hundreds" are no number: they give no count.
 */

const SMALL: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};
const CURRENCY_WORDS: Record<string, Currency> = {
  dollar: 'USD',
  dollars: 'USD',
  'us dollars': 'USD',
  usd: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  eur: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  'pounds sterling': 'GBP',
  sterling: 'GBP',
  gbp: 'GBP',
};
const SIGNS: Record<string, Currency> = {
  $: 'USD',
  US$: 'USD',
  'US $': 'USD',
  '€': 'EUR',
  '£': 'GBP',
  USD: 'USD',
  EUR: 'EUR',
  GBP: 'GBP',
};

const WORD_NUMBER = `(?:${Object.keys(SMALL).join('|')})(?:[- ](?:${Object.keys(SMALL).join('|')}))?`;
// A digit number with English thousands commas and a decimal point, or a number word; not glued
// to a letter or a model name ("F-16", "M142").
const CORE = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(?<!\\p{L}-)(?:(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(?![,.]?\\d)|(${WORD_NUMBER})(?![\\p{L}]))`,
  'giu',
);
// "£1.3bn", "$400m" (glued), "2 bn"; or a word: "350 million".
const SCALE_AFTER =
  /^(?:(bn|mn|m|b|tn|\sbn)(?![\p{L}])|\s+(hundred|thousand|million|billion|trillion|mln)(?![\p{L}]))/iu;
const SCALE_CHAIN = /^\s+(thousand|million|billion)(?![\p{L}])/iu;
const CURRENCY_AFTER =
  /^\s+(us dollars|pounds sterling|dollars?|euros?|pounds?|sterling|usd|eur|gbp)(?![\p{L}])/iu;
const TONNES_AFTER = /^\s+(?:tonnes|tons|tonne|ton)(?![\p{L}])/iu;
const SIGN_BEFORE = /(US\s?\$|\$|€|£|(?<![\p{L}])(?:USD|EUR|GBP))\s?$/u;
const APPROXIMATE_BEFORE =
  /(?<![\p{L}])(about|around|some|nearly|almost|roughly|approximately|more than|over|up to|less than|at least)\s+$/iu;

/** An English number word or pair ("two", "twenty-five"), or null. */
export function englishNumberWord(words: string): number | null {
  const parts = words.toLowerCase().split(/[- ]/);
  if (!parts.every((w) => SMALL[w] !== undefined)) return null;
  return wordValue(words);
}

function wordValue(words: string): number {
  return words
    .toLowerCase()
    .split(/[- ]/)
    .reduce((sum, w) => sum + SMALL[w]!, 0);
}

/** Every number in English text, in order, with any scale word, currency and unit attached. */
export function findEnglishNumbers(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(CORE)) {
    let start = match.index;
    let end = start + match[0].length;
    let value: number;
    if (match[1] !== undefined) {
      const whole = match[1].replaceAll(',', '');
      value = Number(match[2] === undefined ? whole : `${whole}.${match[2]}`);
    } else {
      const words = match[3]!;
      // "one" alone is mostly "one of the", "a dozen": only with a scale word is it a number.
      value = wordValue(words);
      if (/^one$/i.test(words) && !SCALE_CHAIN.test(text.slice(end))) continue;
    }
    const scale = SCALE_AFTER.exec(text.slice(end));
    const scaled = scale !== null && (match[1] !== undefined || scale[2] !== undefined);
    if (scale && scaled) {
      value *= SCALES[(scale[1] ?? scale[2])!.trim().toLowerCase()]!;
      end += scale[0].length;
      // "two hundred thousand"
      const chained = SCALE_CHAIN.exec(text.slice(end));
      if (chained && scale[2]?.toLowerCase() === 'hundred') {
        value *= SCALES[chained[1]!.toLowerCase()]!;
        end += chained[0].length;
      }
    }
    // 1.3 × 10^9 is 1300000000.0000002 in floating point; a scaled figure is whole.
    if (scaled) value = Math.round(value);
    let currency: Currency | null = null;
    let unit: 'tonnes' | null = null;
    const currencyAfter = CURRENCY_AFTER.exec(text.slice(end));
    if (currencyAfter) {
      currency = CURRENCY_WORDS[currencyAfter[1]!.toLowerCase()]!;
      end += currencyAfter[0].length;
    } else {
      const tonnes = TONNES_AFTER.exec(text.slice(end));
      if (tonnes) {
        unit = 'tonnes';
        end += tonnes[0].length;
      }
    }
    const sign =
      currency === null ? SIGN_BEFORE.exec(text.slice(Math.max(0, start - 5), start)) : null;
    if (sign) {
      currency = SIGNS[sign[1]!.replace(/\s/, '')]!;
      start -= sign[0].length;
    }
    const approximate = APPROXIMATE_BEFORE.test(text.slice(Math.max(0, start - 20), start));
    const last = mentions.at(-1);
    if (last && start < last.end) continue;
    mentions.push({ value, currency, unit, approximate, text: text.slice(start, end), start, end });
  }
  return mentions;
}

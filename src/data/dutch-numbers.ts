// Reads numbers and sums the way Dutch news prints them: "17.000", "1,5 miljard",
// "350 miljoen dollar", "$ 2 miljard", "zo’n 221 miljoen euro", "tweeduizend", "een duizendtal".
// The validator uses it to prove that every figure in the dataset is printed in its excerpt.

/** Currencies the parser recognises by word, sign or code. */
export type Currency = 'USD' | 'EUR' | 'GBP';

/** One number found in running text. */
export interface NumberMention {
  /** In units: "350 miljoen" is 350000000. */
  value: number;
  /** Null when no currency word, sign or code is attached. */
  currency: Currency | null;
  /** "90 ton" is tonnes. */
  unit: 'tonnes' | null;
  /** "zo’n", "ongeveer", "meer dan", "-tal" and the like. */
  approximate: boolean;
  /** The exact substring read, from the sign or first digit through the currency word. */
  text: string;
  start: number;
  end: number;
}

const UNITS: Record<string, number> = {
  een: 1,
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
};
const TEENS: Record<string, number> = {
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
};
const TENS: Record<string, number> = {
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
};
const SCALES: Record<string, number> = {
  honderd: 1e2,
  duizend: 1e3,
  miljoen: 1e6,
  mln: 1e6,
  miljard: 1e9,
  mld: 1e9,
  mrd: 1e9,
  biljoen: 1e12,
};
const CURRENCY_WORDS: Record<string, Currency> = {
  dollar: 'USD',
  dollars: 'USD',
  'amerikaanse dollar': 'USD',
  usd: 'USD',
  euro: 'EUR',
  "euro's": 'EUR',
  'euro’s': 'EUR',
  eur: 'EUR',
  pond: 'GBP',
  gbp: 'GBP',
};
const CURRENCY_SIGNS: Record<string, Currency> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  USD: 'USD',
  EUR: 'EUR',
  GBP: 'GBP',
};

// A digit number not glued to a letter or to a model name ("F-35", "M142"), with Dutch
// thousands dots and decimal comma, and an optional "-tal" (about) suffix.
const DIGITS =
  /(?<![\p{L}\p{N}.,])(?<!\p{L}-)(\d{1,3}(?:\.\d{3})+(?!\d)|\d+)(?:,(\d+))?(-?tal)?(?![\p{L}\p{N}])/gu;
const WORD = /(?<![\p{L}\p{N}])\p{L}+(?![\p{L}\p{N}])/gu;
const SCALE_AFTER =
  /^\s+(honderd|duizend|miljoen|miljard|biljoen|mln\.?|mld\.?|mrd\.?)(?![\p{L}])/iu;
const CURRENCY_AFTER =
  /^\s+(amerikaanse dollar|dollars?|euro['’]s|euro|pond|usd|eur|gbp)(?![\p{L}])/iu;
const TONNES_AFTER = /^\s+ton(?![\p{L}])/iu;
const SIGN_BEFORE = /(\$|€|£|(?<![\p{L}])(?:USD|EUR|GBP))\s?$/u;
const APPROXIMATE_BEFORE =
  /(?<![\p{L}])(zo['’]n|ongeveer|circa|ca\.|rond de|bijna|ruim|meer dan|minder dan|een kleine|zowat)\s+$/iu;

function parseBelow100(word: string): number | null {
  const direct = UNITS[word] ?? TEENS[word] ?? TENS[word];
  if (direct !== undefined) return direct;
  const compound = /^(een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)([a-z]+)$/.exec(word);
  if (!compound) return null;
  const tens = TENS[compound[2]!];
  return tens === undefined ? null : tens + UNITS[compound[1]!]!;
}

function parseBelow1000(word: string): number | null {
  const at = word.indexOf('honderd');
  if (at < 0) return parseBelow100(word);
  const head = word.slice(0, at);
  const multiplier = head === '' ? 1 : UNITS[head];
  if (multiplier === undefined || (multiplier === 1 && head !== '')) return null;
  const rest = word.slice(at + 'honderd'.length);
  if (rest === '') return multiplier * 100;
  const tail = parseBelow100(rest);
  return tail === null ? null : multiplier * 100 + tail;
}

/** A number written as one Dutch word ("twaalf", "tweeduizend", "vijfduizenddriehonderd"), or null. */
export function parseNumberWord(input: string): number | null {
  const word = input.toLowerCase();
  if (word === '') return null;
  const at = word.indexOf('duizend');
  if (at < 0) return parseBelow1000(word);
  const head = word.slice(0, at);
  const multiplier = head === '' ? 1 : parseBelow1000(head);
  if (multiplier === null) return null;
  const rest = word.slice(at + 'duizend'.length);
  if (rest === '') return multiplier * 1000;
  const tail = parseBelow1000(rest);
  return tail === null ? null : multiplier * 1000 + tail;
}

interface Core {
  start: number;
  end: number;
  value: number;
  approximate: boolean;
  /** "een"/"één" only count when a scale word follows ("een miljoen"); alone they are "a". */
  needsScale: boolean;
}

function findCores(text: string): Core[] {
  const cores: Core[] = [];
  for (const match of text.matchAll(DIGITS)) {
    // From the digits as printed: via a number, a long run would turn into "1e+21" first.
    const whole = match[1]!.replaceAll('.', '');
    const value = Number(match[2] === undefined ? whole : `${whole}.${match[2]}`);
    const start = match.index;
    cores.push({
      start,
      end: start + match[0].length,
      value,
      approximate: match[3] !== undefined,
      needsScale: false,
    });
  }
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    let value = parseNumberWord(word);
    let approximate = false;
    if (value === null && word.endsWith('tal') && word.length > 3) {
      value = parseNumberWord(word.slice(0, -3));
      approximate = value !== null;
    }
    if (value === null) continue;
    const start = match.index;
    const needsScale = word === 'een' || word === 'één';
    cores.push({ start, end: start + match[0].length, value, approximate, needsScale });
  }
  return cores.sort((a, b) => a.start - b.start);
}

/** Every number in the text, in order, with any scale word, currency and unit attached to it. */
export function findDutchNumbers(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  let consumedUntil = 0;
  for (const core of findCores(text)) {
    if (core.start < consumedUntil) continue; // already read as part of the previous figure
    let { end, value } = core;
    let currency: Currency | null = null;
    let unit: 'tonnes' | null = null;

    const scale = SCALE_AFTER.exec(text.slice(end));
    if (scale) {
      value = Math.round(value * SCALES[scale[1]!.toLowerCase().replace('.', '')]!);
      end += scale[0].length;
    } else if (core.needsScale) continue;

    const currencyAfter = CURRENCY_AFTER.exec(text.slice(end));
    if (currencyAfter) {
      currency = CURRENCY_WORDS[currencyAfter[1]!.toLowerCase()] ?? null;
      end += currencyAfter[0].length;
    } else {
      const tonnes = TONNES_AFTER.exec(text.slice(end));
      if (tonnes) {
        unit = 'tonnes';
        end += tonnes[0].length;
      }
    }

    let start = core.start;
    const before = text.slice(Math.max(0, start - 4), start);
    const sign = currency === null ? SIGN_BEFORE.exec(before) : null;
    if (sign) {
      currency = CURRENCY_SIGNS[sign[1]!]!;
      start -= sign[0].length;
    }
    const approximate =
      core.approximate || APPROXIMATE_BEFORE.test(text.slice(Math.max(0, start - 16), start));

    mentions.push({ value, currency, unit, approximate, text: text.slice(start, end), start, end });
    consumedUntil = end;
  }
  return mentions;
}

/**
 * Parses a phrase that is exactly one amount ("350 miljoen dollar", "$ 2 miljard",
 * "zo’n 221 miljoen euro", "tweeduizend"), or returns null.
 */
export function parseDutchAmount(
  phrase: string,
): Omit<NumberMention, 'text' | 'start' | 'end'> | null {
  const mentions = findDutchNumbers(phrase);
  if (mentions.length !== 1) return null;
  const [mention] = mentions as [NumberMention];
  const lead = phrase.slice(0, mention.start).trim();
  const isLeadApproximation = lead === '' || APPROXIMATE_BEFORE.test(`${lead} `);
  if (!isLeadApproximation || phrase.slice(mention.end).trim() !== '') return null;
  const { value, currency, unit, approximate } = mention;
  return { value, currency, unit, approximate };
}

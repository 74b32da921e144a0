import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { findDutchNumbers, parseDutchAmount, parseNumberWord } from './dutch-numbers';

// Property-based tests: thousands of generated inputs per run. Failures print the smallest
// input that breaks the property (fast-check shrinks it), so a failure is a bug report.
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 3000) };
// Thousands of cases take seconds, more on a busy two-core CI machine.
vi.setConfig({ testTimeout: 120_000 });

// An independent writer of Dutch number words: the oracle the parser is checked against.
const UNITS = ['', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const TEENS = [
  'tien',
  'elf',
  'twaalf',
  'dertien',
  'veertien',
  'vijftien',
  'zestien',
  'zeventien',
  'achttien',
  'negentien',
];
const TENS = [
  '',
  '',
  'twintig',
  'dertig',
  'veertig',
  'vijftig',
  'zestig',
  'zeventig',
  'tachtig',
  'negentig',
];

function below100(n: number): string {
  if (n < 10) return UNITS[n]!;
  if (n < 20) return TEENS[n - 10]!;
  const unit = n % 10;
  const tens = TENS[Math.floor(n / 10)]!;
  if (unit === 0) return tens;
  // "tweeëntwintig": a diaeresis where the unit ends in e.
  return `${UNITS[unit]}${UNITS[unit]!.endsWith('e') ? 'ën' : 'en'}${tens}`;
}
function below1000(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0) return below100(rest);
  return `${hundreds === 1 ? '' : UNITS[hundreds]}honderd${rest ? below100(rest) : ''}`;
}
export function dutchWords(n: number): string {
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  if (thousands === 0) return below1000(rest);
  return `${thousands === 1 ? '' : below1000(thousands)}duizend${rest ? below1000(rest) : ''}`;
}

/** "17000" → "17.000", as Dutch papers print it. */
const withDots = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** Text built from the pieces Dutch amounts are made of, so that near-misses are common. */
const dutchish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '17.000',
        '1,5',
        '350',
        '2',
        '90',
        '$',
        '€',
        '£',
        'USD',
        'EUR',
        'miljoen',
        'miljard',
        'mln.',
        'duizend',
        'honderd',
        'dollar',
        'euro',
        'euro’s',
        'pond',
        'ton',
        'zo’n',
        'ongeveer',
        'meer dan',
        'een',
        'één',
        'twee',
        'tweeduizend',
        'tiental',
        '-tal',
        'F-35',
        'M142',
        ',',
        '.',
        ' ',
        '  ',
        '\n',
        '(',
        ')',
        'ë',
        'en',
      ),
      fc.string({ unit: 'binary', maxLength: 4 }),
      fc.integer({ min: 0, max: 10_000_000 }).map(String),
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

describe('findDutchNumbers on any text', () => {
  it('never throws, and every mention is a well-formed slice of the text, in order', () => {
    fc.assert(
      fc.property(fc.oneof(dutchish, fc.string({ unit: 'binary' })), (text) => {
        let previousEnd = 0;
        for (const mention of findDutchNumbers(text)) {
          expect(mention.text).toBe(text.slice(mention.start, mention.end));
          expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
          expect(mention.end).toBeGreaterThan(mention.start);
          expect(Number.isFinite(mention.value)).toBe(true);
          expect(mention.value).toBeGreaterThanOrEqual(0);
          previousEnd = mention.end;
        }
      }),
      RUNS,
    );
  });

  it('parseDutchAmount on any text returns null or one amount, never throws', () => {
    fc.assert(
      fc.property(fc.oneof(dutchish, fc.string({ unit: 'binary' })), (text) => {
        const amount = parseDutchAmount(text);
        if (amount !== null) expect(Number.isFinite(amount.value)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('figures as Dutch papers print them are read back exactly', () => {
  it('every number word from 2 to 999,999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 999_999 }), (n) => {
        const word = dutchWords(n);
        expect(parseNumberWord(word)).toBe(n);
        const mentions = findDutchNumbers(`Er gaan ${word} soldaten naar het oosten.`);
        expect(mentions.map((m) => m.value)).toEqual([n]);
      }),
      RUNS,
    );
  });

  it('digits with thousands dots, with or without a unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999 }),
        fc.boolean(),
        fc.constantFrom('', ' ton'),
        (n, dots, unit) => {
          const printed = dots ? withDots(n) : String(n);
          const [mention, ...rest] = findDutchNumbers(`Het gaat om ${printed}${unit} aan hulp.`);
          expect(rest).toEqual([]);
          expect(mention).toMatchObject({
            value: n,
            currency: null,
            unit: unit ? 'tonnes' : null,
            text: `${printed}${unit}`,
          });
        },
      ),
      RUNS,
    );
  });

  it('sums with a decimal comma, a scale word and a currency word or sign', () => {
    const scales = [
      ['miljoen', 1e6],
      ['miljard', 1e9],
    ] as const;
    const currencies = [
      ['dollar', 'USD'],
      ['euro', 'EUR'],
      ['pond', 'GBP'],
    ] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.option(fc.integer({ min: 1, max: 999 }), { nil: undefined }),
        fc.constantFrom(...scales),
        fc.constantFrom(...currencies),
        fc.boolean(),
        fc.constantFrom('', 'zo’n ', 'ongeveer ', 'meer dan '),
        (whole, fraction, [scaleWord, scale], [currencyWord, code], signFirst, approx) => {
          const number = fraction === undefined ? `${whole}` : `${whole},${fraction}`;
          const sign = { USD: '$', EUR: '€', GBP: '£' }[code];
          const printed = signFirst
            ? `${sign} ${number} ${scaleWord}`
            : `${number} ${scaleWord} ${currencyWord}`;
          // Exact in integers: the fraction has at most three digits and the scale is ≥ 10^6.
          const digits = fraction === undefined ? 0 : String(fraction).length;
          const expected =
            whole * scale + (fraction === undefined ? 0 : (fraction * scale) / 10 ** digits);
          const amount = parseDutchAmount(`${approx}${printed}`);
          expect(amount).toEqual({
            value: expected,
            currency: code,
            unit: null,
            approximate: approx !== '',
          });
        },
      ),
      RUNS,
    );
  });
});

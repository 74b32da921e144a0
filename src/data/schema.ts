import { z } from 'zod';
import { PARTY_CODES } from './codes';
import { isolate } from './bidi';
// The contract's fixed lists live in vocabulary.ts (no zod there: the first view imports them).
import { BASES, CATEGORIES, KINDS, PRECISIONS, UNITS } from './vocabulary';

// No `new Function`: zod's compiled fast path is eval, which the app's Content-Security-Policy
// forbids (and zod's probe for it would be reported as a violation on every page load).
z.config({ jitless: true });

export { BASES, CATEGORIES, KINDS, PRECISIONS, UNITS };

const enumError = (what: string, options: readonly string[]) => ({
  error: (issue: { input?: unknown }) =>
    `unknown ${what} ${isolate(JSON.stringify(issue.input) ?? String(issue.input))} (expected one of: ${options.join(', ')})`,
});

const isoDate = z.iso.date({ error: 'must be a real calendar date written YYYY-MM-DD' });
const isoMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'must be a month written YYYY-MM' });
/**
 * Characters no text in a dataset may hold: control characters other than tab, line feed and
 * carriage return (U+0000–U+001F, U+007F–U+009F), the non-characters U+FFFE and U+FFFF, and half
 * of a surrogate pair. XML cannot carry them (so a chart's SVG would not open), a PNG drawn from
 * that SVG fails, and a NUL makes a CSV look like a binary file. They are refused, never
 * stripped: the validator does not alter what it keeps. See README, "When the input is wrong".
 */
// \p{Cc} is U+0000–U+001F and U+007F–U+009F; tab, line feed and carriage return are allowed.
const FORBIDDEN_CHARACTER = /(?![\t\n\r])\p{Cc}|[\uFFFE\uFFFF]|\p{Cs}/u;

/** What is wrong with a text's characters, saying which and where (1-based), or null. */
export function forbiddenCharacter(text: string): string | null {
  const match = FORBIDDEN_CHARACTER.exec(text);
  if (!match) return null;
  const code = match[0].charCodeAt(0);
  const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const at = `at character ${match.index + 1}`;
  if (code >= 0xd800 && code <= 0xdfff)
    return `holds half a surrogate pair (${name}) ${at}, which is not a character; the text was cut or mis-encoded`;
  if (code === 0xfffe || code === 0xffff) return `holds the non-character ${name} ${at}; remove it`;
  const hint =
    code === 0x0b
      ? " (Word's manual line break); replace it with a line break or a space"
      : '; remove it or replace it with a space';
  return `holds the control character ${name} ${at}${hint}`;
}

/** Any text: refused when it holds a character no download could carry. */
const text = z.string().refine((value) => forbiddenCharacter(value) === null, {
  error: (issue) => forbiddenCharacter(String(issue.input)) ?? 'holds a forbidden character',
});

// A check, not a transform: the validator never alters what it keeps (zod's .trim() would).
const nonEmpty = text.regex(/\S/, { error: 'must not be empty' });

/**
 * The largest amount or quantity a record may carry. No aid package comes near ten trillion
 * (the largest are in the tens of billions), so a larger figure is a typo; the bound also
 * keeps every sum finite (a hundred thousand records of 10^13 at any rate below are far from
 * overflowing) and every whole number exact (2^53 is about 9 × 10^15).
 */
export const MAX_FIGURE = 1e13;
/** The most US dollars one unit of a currency may be worth: the dearest today is about 3.3. */
export const MAX_USD_PER_UNIT = 1000;
const TOO_BIG = `must be at most 10000000000000 (10^13); no aid package is that large: check the number of zeros`;
const currencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: 'must be an ISO 4217 currency code such as USD or EUR' });

const partyCode = z.enum(PARTY_CODES, {
  error: (issue) =>
    `unknown donor code ${isolate(JSON.stringify(issue.input) ?? String(issue.input))} (expected an ISO 3166-1 alpha-2 code such as GB or US, or NATO / EU)`,
});

export const DateSchema = z.strictObject({
  start: isoDate,
  end: isoDate,
  precision: z.enum(PRECISIONS, enumError('precision', PRECISIONS)),
  basis: z.enum(BASES, enumError('basis', BASES)),
});

export const AmountSchema = z.strictObject({
  value: z
    .number({ error: 'must be a number in units (350 million is 350000000)' })
    .positive({ error: 'must be greater than 0' })
    .max(MAX_FIGURE, { error: TOO_BIG }),
  // null: the text prints a figure but names no currency; such an amount is never converted.
  currency: currencyCode.nullable(),
});

export const ItemSchema = z.strictObject({
  category: z.enum(CATEGORIES, enumError('category', CATEGORIES)),
  name: nonEmpty.optional(),
  quantity: z
    .number()
    .int({ error: 'must be a whole number' })
    .positive({ error: 'must be greater than 0' })
    .max(MAX_FIGURE, { error: TOO_BIG })
    .optional(),
  unit: z.enum(UNITS, enumError('unit', UNITS)).optional(),
});

export const SourceRefSchema = z.strictObject({
  id: nonEmpty,
  excerpt: nonEmpty,
  translation: nonEmpty,
});

/** One announcement: the unit the charts draw. */
export const AnnouncementSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: 'must be kebab-case: lower-case letters and digits joined by single hyphens',
  }),
  kind: z.enum(KINDS, enumError('kind', KINDS)),
  donors: z.array(partyCode).min(1, { error: 'must name at least one donor' }),
  recipient: partyCode,
  date: DateSchema,
  amount: AmountSchema.nullable(),
  items: z.array(ItemSchema),
  sources: z.array(SourceRefSchema).min(1, { error: 'must cite at least one source' }),
  partOf: text.min(1).optional(),
  note: nonEmpty.optional(),
});

export const SourceMetaSchema = z.strictObject({
  id: nonEmpty,
  file: nonEmpty,
  language: z.string().regex(/^[a-z]{2}$/, { error: 'must be an ISO 639-1 code such as nl' }),
  published: isoMonth,
  summary: nonEmpty,
  /** The article's headline and the outlet that published it, where known (the app's addition to the contract). */
  title: nonEmpty.optional(),
  outlet: nonEmpty.optional(),
});

export const ExchangeRateSchema = z.strictObject({
  currency: currencyCode,
  month: isoMonth,
  usdPerUnit: z
    .number()
    .positive({ error: 'must be greater than 0' })
    .max(MAX_USD_PER_UNIT, {
      error: `must be at most ${MAX_USD_PER_UNIT} (US dollars for one unit of the currency)`,
    }),
  source: nonEmpty,
});

/** The file's envelope; records are checked one by one so that one bad record loses no others. */
export const EnvelopeSchema = z.strictObject({
  $schema: text.optional(),
  schemaVersion: z.literal(1, { error: 'must be 1' }),
  sources: z.array(SourceMetaSchema),
  exchangeRates: z.array(ExchangeRateSchema),
  announcements: z.array(z.unknown(), { error: 'must be an array of records' }),
  /** Where a downloaded file was taken from (the app's JSON download); informative only. */
  export: z.looseObject({}).optional(),
});

/** The whole file, as editors see it through announcements.schema.json. */
export const DatasetSchema = EnvelopeSchema.extend({
  announcements: z.array(AnnouncementSchema),
});

export type Kind = (typeof KINDS)[number];
export type Category = (typeof CATEGORIES)[number];
export type Precision = (typeof PRECISIONS)[number];
export type Announcement = z.infer<typeof AnnouncementSchema>;
export type Amount = z.infer<typeof AmountSchema>;
export type Item = z.infer<typeof ItemSchema>;
export type SourceMeta = z.infer<typeof SourceMetaSchema>;
export type ExchangeRate = z.infer<typeof ExchangeRateSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;

/** Generates the JSON Schema checked in as data/announcements.schema.json. */
export function toJsonSchema(): object {
  return {
    ...z.toJSONSchema(DatasetSchema, { target: 'draft-2020-12', io: 'input' }),
    $id: 'announcements.schema.json',
    title: 'Military aid to Ukraine: curated announcements',
    description: 'Generated from src/data/schema.ts by `npm run generate-schema`; do not edit.',
  };
}

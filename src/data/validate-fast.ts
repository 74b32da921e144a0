import { regexes } from 'zod';
import { PARTY_CODES } from './codes';
import { forbiddenCharacter, MAX_FIGURE, type Announcement } from './schema';
import { BASES, CATEGORIES, KINDS, PRECISIONS, UNITS } from './vocabulary';

// A fast path for the common record: one that certainly passes AnnouncementSchema. The schema
// (zod) walks every field through generic checks and allocates an issue list per value; at
// 100,000 records that is most of a load's checking time. This check is hand-written from the
// same schema and is conservative: it answers null for anything it is not sure of, and the
// caller then runs the schema, which words every problem. So the messages stay the schema's, and
// a record it accepts is exactly the value the schema would give (validate-fast.test.ts proves
// both on mutated and generated records).

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const CURRENCY = /^[A-Z]{3}$/;
const NOT_BLANK = /\S/;
const kinds = new Set<string>(KINDS);
const parties = new Set<string>(PARTY_CODES);
const precisions = new Set<string>(PRECISIONS);
const bases = new Set<string>(BASES);
const categories = new Set<string>(CATEGORIES);
const units = new Set<string>(UNITS);

type Raw = Record<string, unknown>;

/** A plain object (what JSON.parse makes) whose own keys are all among `allowed`. */
function objectWithin(value: unknown, allowed: ReadonlySet<string>): value is Raw {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key in value) if (!allowed.has(key)) return false;
  return true;
}

const text = (value: unknown): value is string =>
  typeof value === 'string' && forbiddenCharacter(value) === null;
const nonEmpty = (value: unknown): value is string => text(value) && NOT_BLANK.test(value);
const member = (value: unknown, set: ReadonlySet<string>): value is string =>
  typeof value === 'string' && set.has(value);
const isoDate = (value: unknown): value is string =>
  typeof value === 'string' && regexes.date.test(value);
const figure = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_FIGURE;

const RECORD_KEYS = new Set([
  'id',
  'kind',
  'donors',
  'recipient',
  'date',
  'amount',
  'items',
  'sources',
  'partOf',
  'note',
]);
const DATE_KEYS = new Set(['start', 'end', 'precision', 'basis']);
const AMOUNT_KEYS = new Set(['value', 'currency']);
const ITEM_KEYS = new Set(['category', 'name', 'quantity', 'unit']);
const SOURCE_KEYS = new Set(['id', 'excerpt', 'translation']);

function fastDate(raw: unknown): Announcement['date'] | null {
  if (!objectWithin(raw, DATE_KEYS)) return null;
  const { start, end, precision, basis } = raw;
  if (!isoDate(start) || !isoDate(end)) return null;
  if (!member(precision, precisions) || !member(basis, bases)) return null;
  return { start, end, precision, basis } as Announcement['date'];
}

function fastAmount(raw: unknown): Announcement['amount'] | undefined {
  if (raw === null) return null;
  if (!objectWithin(raw, AMOUNT_KEYS)) return undefined;
  const { value, currency } = raw;
  if (!figure(value)) return undefined;
  if (currency !== null && !(typeof currency === 'string' && CURRENCY.test(currency)))
    return undefined;
  return { value, currency };
}

function fastItem(raw: unknown): Announcement['items'][number] | null {
  if (!objectWithin(raw, ITEM_KEYS)) return null;
  if (!member(raw.category, categories)) return null;
  const item: Raw = { category: raw.category };
  if ('name' in raw) {
    if (!nonEmpty(raw.name)) return null;
    item.name = raw.name;
  }
  if ('quantity' in raw) {
    if (!figure(raw.quantity) || !Number.isInteger(raw.quantity)) return null;
    item.quantity = raw.quantity;
  }
  if ('unit' in raw) {
    if (!member(raw.unit, units)) return null;
    item.unit = raw.unit;
  }
  return item as Announcement['items'][number];
}

function fastSource(raw: unknown): Announcement['sources'][number] | null {
  if (!objectWithin(raw, SOURCE_KEYS)) return null;
  const { id, excerpt, translation } = raw;
  if (!nonEmpty(id) || !nonEmpty(excerpt) || !nonEmpty(translation)) return null;
  return { id, excerpt, translation };
}

/** Every element through `check`, as a new array; null when one fails (or it is no array). */
function fastArray<T>(raw: unknown, check: (value: unknown) => T | null): T[] | null {
  if (!Array.isArray(raw)) return null;
  const out: T[] = new Array<T>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const value = check(raw[i]);
    if (value === null) return null;
    out[i] = value;
  }
  return out;
}

const party = (value: unknown) => (member(value, parties) ? value : null);

/**
 * The record AnnouncementSchema would give for `raw` (a new object, keys in the schema's
 * order), when `raw` certainly passes it; null when it may not, and the schema must decide.
 */
export function fastAnnouncement(raw: unknown): Announcement | null {
  if (!objectWithin(raw, RECORD_KEYS)) return null;
  const { id, kind, recipient } = raw;
  if (typeof id !== 'string' || !ID.test(id)) return null;
  if (!member(kind, kinds) || !member(recipient, parties)) return null;
  const donors = fastArray(raw.donors, party);
  if (!donors || donors.length === 0) return null;
  const date = fastDate(raw.date);
  if (!date) return null;
  if (!('amount' in raw)) return null;
  const amount = fastAmount(raw.amount);
  if (amount === undefined) return null;
  const items = fastArray(raw.items, fastItem);
  if (!items) return null;
  const sources = fastArray(raw.sources, fastSource);
  if (!sources || sources.length === 0) return null;
  const record: Raw = { id, kind, donors, recipient, date, amount, items, sources };
  if ('partOf' in raw) {
    if (!text(raw.partOf) || raw.partOf.length < 1) return null;
    record.partOf = raw.partOf;
  }
  if ('note' in raw) {
    if (!nonEmpty(raw.note)) return null;
    record.note = raw.note;
  }
  return record as Announcement;
}

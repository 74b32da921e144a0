import type { Category, Kind } from '../data/schema';
import { CATEGORIES, KINDS } from '../data/vocabulary';
import { PARTY_CODES } from '../data/codes';
import { readParams } from '../data/address';
import { LANGUAGES } from '../i18n/language';
import {
  AXIS_MODES,
  initialViewState,
  LANE_MODES,
  METRICS,
  VIEW_NAMES,
  type Focus,
  type Preferences,
  type ShareableView,
  type ViewState,
} from './store';

/** The part of the state a URL keeps: the shareable view, the pinned record and the language. */
export type UrlView = ShareableView & Pick<Focus, 'pinnedId'> & Pick<Preferences, 'language'>;

/**
 * One field of the view in the address. Its default is the store's first state, and a value
 * that writes as the default does is left out, so the plain address is the default view.
 */
interface UrlField<T> {
  /** The query parameters it is written under, in order (the time window takes two). */
  keys: readonly string[];
  /**
   * The value the parameters' texts give (null for one that is missing), or undefined when
   * they give none: missing, malformed or outdated, so the default applies.
   */
  parse: (texts: readonly (string | null)[], sortKeys: readonly string[]) => T | undefined;
  /** The parameters' texts for a value, one per key. */
  serialise: (value: T) => readonly string[];
}

const isIn =
  <T extends string>(list: readonly T[]) =>
  (value: string | null): value is T =>
    (list as readonly (string | null)[]).includes(value);

/** A comma-separated set: unknown entries are dropped, and it is written sorted. */
function listField<T extends string>(
  key: string,
  valid: (value: string) => value is T,
  normalise: (text: string) => string = (text) => text,
): UrlField<T[]> {
  return {
    keys: [key],
    parse: ([text]) => (text ? [...new Set(normalise(text).split(',').filter(valid))] : []),
    serialise: (list) => [[...list].sort().join(',')],
  };
}

/** One of a fixed list of words. */
function choiceField<T extends string>(key: string, choices: readonly T[]): UrlField<T> {
  return {
    keys: [key],
    parse: ([text]) => (isIn(choices)(text ?? null) ? (text as T) : undefined),
    serialise: (value) => [value],
  };
}

/** A window edge to the minute, in UTC: "2022-02-24T06:30Z" (a minute is under a pixel). */
function encodeTime(ms: number): string {
  return new Date(Math.round(ms / 60_000) * 60_000).toISOString().replace(/:00\.000Z$/, 'Z');
}

function decodeTime(text: string | null | undefined): number | null {
  if (!text || !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{3})?)?Z)?$/.test(text)) return null;
  const ms = Date.parse(text.includes('T') ? text : `${text}T00:00Z`);
  return Number.isFinite(ms) ? ms : null;
}

/** The longest search the address keeps. */
export const MAX_QUERY = 200;

/** The table: every field of the view the address keeps, in the order it is written. */
const FIELDS: { [K in keyof UrlView]: UrlField<UrlView[K]> } = {
  donors: listField('donor', isIn(PARTY_CODES), (text) => text.toUpperCase()),
  kinds: listField<Kind>('kind', isIn(KINDS)),
  categories: listField<Category>('category', isIn(CATEGORIES)),
  showDeployments: {
    keys: ['deployments'],
    parse: ([text]) =>
      ['shown', 'true', '1'].includes(text ?? '')
        ? true
        : ['hidden', 'false', '0'].includes(text ?? '')
          ? false
          : undefined,
    serialise: (shown) => [shown ? 'shown' : 'hidden'],
  },
  timeWindow: {
    keys: ['from', 'to'],
    parse: ([fromText, toText]) => {
      const from = decodeTime(fromText);
      const to = decodeTime(toText);
      return from !== null && to !== null && from < to ? [from, to] : undefined;
    },
    serialise: (window) => (window ? window.map(encodeTime) : ['', '']),
  },
  laneMode: choiceField('lanes', LANE_MODES),
  axisMode: choiceField('axis', AXIS_MODES),
  metric: choiceField('metric', METRICS),
  quantityCategory: choiceField('quantity', CATEGORIES),
  pinnedId: {
    keys: ['record'],
    parse: ([text]) => (text && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(text) ? text : undefined),
    serialise: (id) => [id ?? ''],
  },
  language: choiceField('lang', LANGUAGES),
  view: choiceField('view', VIEW_NAMES),
  tableSort: {
    keys: ['sort'],
    parse: ([text], sortKeys) => {
      const sort = /^(-?)([a-z][a-z-]*)$/.exec(text ?? '');
      return sort && (sortKeys.length === 0 || sortKeys.includes(sort[2]!))
        ? { key: sort[2]!, direction: sort[1] ? 'descending' : 'ascending' }
        : undefined;
    },
    serialise: ({ key, direction }) => [`${direction === 'descending' ? '-' : ''}${key}`],
  },
  query: {
    keys: ['q'],
    // Any text, as typed; a very long one is cut (an address is no place for a document).
    parse: ([text]) => (text ? text.slice(0, MAX_QUERY) : undefined),
    serialise: (query) => [query],
  },
};

const URL_FIELDS = Object.keys(FIELDS) as (keyof UrlView)[];

/** Every query parameter the view is written under. */
export const URL_KEYS: readonly string[] = URL_FIELDS.flatMap((field) => FIELDS[field].keys);

/** A view built field by field. */
function viewOf(valueOf: <K extends keyof UrlView>(field: K) => UrlView[K]): UrlView {
  const view: Partial<Record<keyof UrlView, unknown>> = {};
  for (const field of URL_FIELDS) view[field] = valueOf(field);
  return view as UrlView;
}

/** Picks the URL-kept fields out of the whole state. */
export function urlViewOf(state: ViewState): UrlView {
  return viewOf((field) => state[field]);
}

/**
 * True when no field the URL keeps changed between two states (each compared by identity: the
 * store replaces a list or an object it changes). A hover or a theme changes none, so the
 * address is not encoded again for them.
 */
export function sameUrlFields(a: ViewState, b: ViewState): boolean {
  return URL_FIELDS.every((field) => a[field] === b[field]);
}

/**
 * The fields of `next` whose value differs from `current`'s (compared by what the address would
 * say, so an equal list read again from the address keeps the store's own array). Setting only
 * these keeps every selector that reads an unchanged field from computing again: a new dataset
 * re-reads the address, and at 100,000 records a second pass of the bar chart and aid over time
 * over equal filters took a third of the first render.
 */
export function changedFields(current: UrlView, next: UrlView): Partial<UrlView> {
  const changed: Partial<UrlView> = {};
  for (const field of Object.keys(next) as (keyof UrlView)[]) {
    const { serialise } = FIELDS[field] as UrlField<UrlView[typeof field]>;
    const a = serialise(current[field]);
    const b = serialise(next[field]);
    if (a.length !== b.length || a.some((text, i) => text !== b[i]))
      (changed as Record<string, unknown>)[field] = next[field];
  }
  return changed;
}

/** The parameters' texts for one field, or null when it is at its default. */
function textsOf<K extends keyof UrlView>(field: K, view: UrlView): readonly string[] | null {
  const { serialise } = FIELDS[field] as UrlField<UrlView[K]>;
  const texts = serialise(view[field]);
  const defaults = serialise(initialViewState[field]);
  return texts.every((text, i) => text === defaults[i]) ? null : texts;
}

/** One field read from the parameters: what they give, or the default. */
function parsed<K extends keyof UrlView>(
  field: K,
  params: URLSearchParams,
  sortKeys: readonly string[],
): UrlView[K] {
  const { keys, parse } = FIELDS[field] as UrlField<UrlView[K]>;
  const value = parse(
    keys.map((key) => params.get(key)),
    sortKeys,
  );
  return value === undefined ? initialViewState[field] : value;
}

/**
 * Writes the view into query parameters. Defaults are left out, so the plain address is the
 * default view; parameters that are not the view's (`?data=`) are kept as they are.
 */
export function encodeView(view: UrlView, current = ''): string {
  const params = readParams(current);
  for (const key of URL_KEYS) params.delete(key);
  for (const field of URL_FIELDS) {
    const texts = textsOf(field, view);
    if (texts) FIELDS[field].keys.forEach((key, i) => params.set(key, texts[i]!));
  }
  const text = params
    .toString()
    .replaceAll('%2C', ',')
    .replaceAll('%3A', ':')
    .replaceAll('%2F', '/');
  return text ? `?${text}` : '';
}

/**
 * Reads a view out of query parameters: the whole view, with every parameter that is missing,
 * malformed or outdated (an unknown donor, a kind that no longer exists, a window the wrong way
 * round) replaced by its default, and the rest kept.
 */
export function decodeView(search: string, sortKeys: readonly string[] = []): UrlView {
  const params = readParams(search);
  return viewOf((field) => parsed(field, params, sortKeys));
}

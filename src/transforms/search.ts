import type { Announcement } from '../data/schema';
import { partyName } from '../i18n/format';
import { itemName, noteText } from '../i18n/data-translations';

// Search: any word or figure of a record's excerpts, translations, note, item names and donor
// names, in both languages. Accents do not count ("Oekraine" finds "Oekraïne"), nor does how a
// number is grouped ("17.000", "17,000" and "17000" are one number). The index is built once per
// dataset: every distinct token, sorted, with the records that hold it; a query token finds the
// tokens it begins ("antitank" finds "antitankwapens") by binary search, so a query costs the
// postings it touches, not a scan of the texts.

/** Lower case, accents and other combining marks removed. */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// A number with its thousands grouped by "." "," or a (narrow) no-break space, then perhaps a
// decimal part; or a run of letters and digits. Groups of exactly three digits are thousands.
const TOKEN = /\p{N}+(?:[.,\u00a0\u202f]\p{N}{3}(?!\p{N}))*(?:[.,]\p{N}+)?|[\p{L}\p{M}\p{N}]+/gu;
const GROUPED = /^(\p{N}+(?:[.,\u00a0\u202f]\p{N}{3}(?!\p{N}))*)(?:[.,](\p{N}+))?$/u;

/** A token's searchable form: normalised letters; a number without its grouping ("17000", "3.11"). */
function canonical(raw: string): string {
  const number = /^\p{N}/u.test(raw) ? GROUPED.exec(raw) : null;
  if (!number) return normalise(raw);
  const whole = number[1]!.replace(/[.,\u00a0\u202f]/g, '');
  return number[2] === undefined ? whole : `${whole}.${number[2]}`;
}

/** A text's tokens, each with where it stands in the text ([start, end) offsets). */
export function tokenSpans(text: string): Array<{ token: string; start: number; end: number }> {
  const spans: Array<{ token: string; start: number; end: number }> = [];
  for (const match of text.matchAll(TOKEN))
    spans.push({
      token: canonical(match[0]),
      start: match.index,
      end: match.index + match[0].length,
    });
  return spans;
}

/**
 * A text's tokens, in order, repeats kept: the same tokens as {@link tokenSpans}, read from the
 * text normalised once, which is what building an index of 100,000 records needs.
 */
export function tokenise(text: string): string[] {
  const tokens = normalise(text).match(TOKEN) ?? [];
  for (let i = 0; i < tokens.length; i++)
    if (/^\p{N}/u.test(tokens[i]!)) tokens[i] = canonical(tokens[i]!);
  return tokens;
}

/**
 * A text's distinct tokens, remembered per text while an index is built: a dataset repeats
 * its texts (an excerpt cited by several records, a donor's name, a stock note), and reading a
 * text once is most of the cost of building.
 */
function distinctTokens(text: string, memo: Map<string, readonly string[]>): readonly string[] {
  let tokens = memo.get(text);
  if (!tokens) {
    tokens = [...new Set(tokenise(text))];
    memo.set(text, tokens);
  }
  return tokens;
}

const isNumber = (token: string) => /^[\p{N}.]+$/u.test(token);

/**
 * Whether a text token answers a query token: a word by its beginning ("javelin" answers
 * "jav"), a number only whole ("17000" is not "17"), and a single letter only whole (as a
 * beginning it would answer half the dataset while the reader is still typing).
 */
export function tokenMatches(token: string, query: string): boolean {
  return isNumber(query) || query.length === 1 ? token === query : token.startsWith(query);
}

const indexes = new WeakMap<readonly Announcement[], SearchIndex>();

/** The index of a dataset's records, built on the first search and kept while they are. */
export function searchIndexFor(records: readonly Announcement[]): SearchIndex {
  let index = indexes.get(records);
  if (!index) {
    index = buildSearchIndex(records);
    indexes.set(records, index);
  }
  return index;
}

/** Every text of a record a reader may search for, in both languages. */
export function searchableTexts(record: Announcement): string[] {
  const texts: string[] = [];
  for (const source of record.sources) texts.push(source.excerpt, source.translation);
  if (record.note) texts.push(record.note, noteText(record.note, 'nl').text);
  for (const item of record.items)
    if (item.name) texts.push(item.name, itemName(item.name, 'nl').text);
  for (const code of record.donors) texts.push(partyName(code, 'en'), partyName(code, 'nl'));
  return texts;
}

/** A dataset's search index: its distinct tokens, sorted, and the records holding each. */
export interface SearchIndex {
  ids: readonly string[];
  tokens: readonly string[];
  /** Per token (same order), the indices into `ids` of the records that hold it, ascending. */
  postings: readonly Uint32Array[];
}

/** Builds the index once per dataset. */
export function buildSearchIndex(
  records: readonly Announcement[],
  textsOf: (record: Announcement) => readonly string[] = searchableTexts,
): SearchIndex {
  const byToken = new Map<string, number[]>();
  const memo = new Map<string, readonly string[]>();
  records.forEach((record, index) => {
    for (const text of textsOf(record))
      for (const token of distinctTokens(text, memo)) {
        const list = byToken.get(token);
        if (!list) byToken.set(token, [index]);
        else if (list[list.length - 1] !== index) list.push(index);
      }
  });
  const tokens = [...byToken.keys()].sort();
  return {
    ids: records.map((record) => record.id),
    tokens,
    postings: tokens.map((token) => Uint32Array.from(byToken.get(token)!)),
  };
}

/** The first position in sorted `tokens` not before `query`. */
function lowerBound(tokens: readonly string[], query: string): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (tokens[mid]! < query) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The distinct tokens of a query, as the index reads them. */
export function queryTokens(query: string): string[] {
  return [...new Set(tokenise(query))];
}

/**
 * The ids of the records that hold every token of the query (each a word's beginning or a whole
 * number), or null for a query with no token (no search: nothing is dimmed).
 */
export function searchRecords(index: SearchIndex, query: string): Set<string> | null {
  const wanted = queryTokens(query);
  if (wanted.length === 0) return null;
  const hits = new Uint16Array(index.ids.length);
  const seen = new Int32Array(index.ids.length).fill(-1);
  wanted.forEach((query, q) => {
    for (let t = lowerBound(index.tokens, query); t < index.tokens.length; t++) {
      const token = index.tokens[t]!;
      if (!token.startsWith(query)) break;
      if (!tokenMatches(token, query)) continue;
      const postings = index.postings[t]!;
      for (let i = 0; i < postings.length; i++) {
        const record = postings[i]!;
        if (seen[record] !== q) {
          seen[record] = q;
          hits[record] = hits[record]! + 1;
        }
      }
    }
  });
  const found = new Set<string>();
  for (let record = 0; record < hits.length; record++)
    if (hits[record] === wanted.length) found.add(index.ids[record]!);
  return found;
}

/** Where in a text the query's tokens stand, as [start, end) offsets, for <mark>. */
export function matchRanges(text: string, query: string): Array<[number, number]> {
  const wanted = queryTokens(query);
  if (wanted.length === 0) return [];
  return tokenSpans(text)
    .filter((span) => wanted.some((q) => tokenMatches(span.token, q)))
    .map((span) => [span.start, span.end]);
}

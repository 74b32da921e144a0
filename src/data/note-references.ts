// How a curator's note names other records, so the validator can check that each name is real.
//
// A note names a record by its id, as the shipped notes do ("compare us-pledge-60m-august-2021").
// Notes are prose, full of hyphenated words ("re-export", "front-line", "state-of-the-art"), so a
// word counts as a record id only when it is written as one on purpose:
//
// - quoted in backticks and kebab-case with at least one hyphen: `us-approval-350m`; or
// - unquoted, kebab-case with at least three parts (two hyphens), at least one letter, and
//   beginning with the first part of an id in the same file (`us-…`, `nl-…`): ids are named
//   donor first, ordinary words almost never share that start and that length.
//
// A record folded into another keeps being named, as a former record: the word "former" or
// "formerly" just before the id ("it folds in the former us-approval-stinger"). Such an id must
// NOT be a record of the file, since ids are never reused.

/** One record id a note names. */
export interface NoteReference {
  /** The id as written. */
  id: string;
  /** Where it starts in the note. */
  index: number;
  /** True when the note names it as a former record ("former x", "formerly x"). */
  former: boolean;
}

// A kebab-case word that is not part of a longer word: nothing of a word, a digit, an
// underscore, a hyphen or a backtick right before it, nothing of a word or a hyphen right after.
const KEBAB_WORD = /(?<![\p{L}\p{N}_`-])(`?)([a-z0-9]+(?:-[a-z0-9]+)+)\1(?![\p{L}\p{N}_-])/gu;
const FORMER_BEFORE = /\bformer(?:ly)?\s+$/i;
const HAS_LETTER = /[a-z]/;

/** The first part of an id, up to its first hyphen. */
function firstPart(id: string): string {
  const hyphen = id.indexOf('-');
  return hyphen < 0 ? id : id.slice(0, hyphen);
}

/** The first parts of a file's ids, which an unquoted name must begin with. */
export function idPrefixes(ids: Iterable<string>): Set<string> {
  const prefixes = new Set<string>();
  for (const id of ids) prefixes.add(firstPart(id));
  return prefixes;
}

/**
 * Every record id a note names, in order, by the convention above. `ids` are the ids of the
 * file's records (only their first parts matter for unquoted names); a caller reading many notes
 * passes their `prefixes` once (idPrefixes), so a file of n notes costs n, not n².
 */
export function noteReferences(
  note: string,
  ids: Iterable<string>,
  prefixes: ReadonlySet<string> = idPrefixes(ids),
): NoteReference[] {
  const found: NoteReference[] = [];
  for (const match of note.matchAll(KEBAB_WORD)) {
    const quoted = match[1] === '`';
    const id = match[2]!;
    if (!HAS_LETTER.test(id)) continue; // a date, 2023-02-20, or a range of numbers
    if (!quoted && (id.split('-').length < 3 || !prefixes.has(firstPart(id)))) continue;
    found.push({ id, index: match.index, former: FORMER_BEFORE.test(note.slice(0, match.index)) });
  }
  return found;
}

/**
 * The records folded into others, as their notes say ("the former us-approval-stinger"): each
 * former id with the id of the record that holds it now. An id that is still a record is not
 * a former one; where two notes claim the same former id, the first keeps it.
 */
export function formerIds(
  records: readonly { id: string; note?: string | undefined }[],
): Map<string, string> {
  const ids = new Set(records.map((r) => r.id));
  const prefixes = idPrefixes(ids);
  const map = new Map<string, string>();
  for (const record of records)
    for (const { id, former } of noteReferences(record.note ?? '', ids, prefixes))
      if (former && !ids.has(id) && !map.has(id)) map.set(id, record.id);
  return map;
}

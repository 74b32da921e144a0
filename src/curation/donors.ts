import type { ArticleInput, FoundDonor, FoundItem } from './candidate';
import { BELGIAN_DUTCH, DONOR_NAMES, OWN_COUNTRY } from './donor-names';

/**
 * Donors named in a text, by name or adjective (donor-names.ts), with a little grammar: a
 * country something goes to ("naar Polen", "aan de NAVO", "to Germany", "in Duitsland"), one
 * something is a member of ("lid van de NAVO") or an organisation inside a compound
 * ("NAVO-macht", "niet-Navo-lid") is no donor. "Ons land" is the outlet's country.
 */

const ALTERNATIVES = DONOR_NAMES.flatMap(([code, words]) => words.map((word) => ({ code, word })));
// Longest first, so "Verenigde Staten" wins over any shorter name inside it.
ALTERNATIVES.sort((a, b) => b.word.length - a.word.length);
const NAME = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${ALTERNATIVES.map((a) => `(${a.word})`).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const ORGANISATIONS = new Set(['NATO', 'EU']);

/** Prepositions after which a country is where something goes or happens, not who gives. */
const PLACE_BEFORE =
  /(?<!\p{L})(?:naar|aan|in|richting|tegen|to|into|towards|against|in)\s+(?:de\s+|het\s+|the\s+)?$/iu;
const BORDER_BEFORE =
  /(?<!\p{L})(?:grenzen|grens|borders?)\s+(?:van|met|of|with)\s+(?:de\s+|het\s+|the\s+)?$/iu;
const MEMBER_BEFORE =
  /(?<!\p{L})(?:lid|leden|lidstaten?|member|members|member states?)\s+(?:(?:is|zijn|was|waren|wordt|werd)\s+)?(?:van|of)\s+(?:de\s+|the\s+)?$/iu;
const AND_BEFORE = /^\s*(?:,|en|of|and|or)\s+(?:de\s+|het\s+|the\s+)?$/iu;

/** The country an article's "ons land" means, and why; null when it cannot be told. */
export function ownCountry(article: ArticleInput): { code: string; why: string } | null {
  if (article.country) return { code: article.country, why: "the outlet's country as given" };
  if (article.language !== 'nl') return null;
  const belgian = BELGIAN_DUTCH.exec(article.text);
  if (belgian)
    return {
      code: 'BE',
      why: `the article is written in Belgian Dutch ('${belgian[0]}'), as from a Flemish outlet`,
    };
  return { code: 'NL', why: 'a Dutch-language article, read as from a Dutch outlet' };
}

/** The donors named in `text` (offsets shifted by `offset`); `own` is what "ons land" means. */
export function findDonors(text: string, own: { code: string } | null, offset = 0): FoundDonor[] {
  const found: FoundDonor[] = [];
  let lastExcluded: number | null = null;
  for (const match of text.matchAll(NAME)) {
    const index = match.slice(1).findIndex((group) => group !== undefined);
    const { code } = ALTERNATIVES[index]!;
    const start = match.index;
    const end = start + match[0].length;
    const before = text.slice(Math.max(0, start - 30), start);
    const inCompound = text[start - 1] === '-' || text[end] === '-';
    // "60 miljard aan Amerikaans oorlogstuig": the preposition governs the noun, not the adjective.
    const adjective =
      /(?:e|s|sh|an|ch)$/.test(match[0]) && /^\s+\p{Ll}/u.test(text.slice(end, end + 3));
    const excluded =
      (PLACE_BEFORE.test(before) && !adjective) ||
      MEMBER_BEFORE.test(before) ||
      BORDER_BEFORE.test(before) ||
      (ORGANISATIONS.has(code) && inCompound) ||
      (lastExcluded !== null && AND_BEFORE.test(text.slice(lastExcluded, start)));
    if (excluded) {
      lastExcluded = end;
      continue;
    }
    lastExcluded = null;
    found.push({ start: start + offset, end: end + offset, text: match[0], code });
  }
  if (own) {
    for (const match of text.matchAll(OWN_COUNTRY)) {
      const start = match.index;
      if (PLACE_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
      found.push({
        start: start + offset,
        end: start + match[0].length + offset,
        text: match[0],
        code: own.code,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * True when a donor word is an adjective of an item, naming where it was made, not who gives
 * it ("Amerikaanse antitank- en luchtafweerraketten" sent by the Baltic states): an item follows
 * within two words, in the same clause.
 */
export function isOrigin(
  donor: FoundDonor,
  items: readonly FoundItem[],
  text: string,
  offset = 0,
): boolean {
  if (!/(?:e|s|sh|an|ch)$/.test(donor.text) || /^[A-Z.]+$/.test(donor.text)) return false;
  return items.some((item) => {
    if (item.start < donor.end) return false;
    const gap = text.slice(donor.end - offset, item.start - offset);
    return /^[^,;.()]*$/.test(gap) && gap.trim().split(/\s+/).filter(Boolean).length <= 2;
  });
}

/** The codes of `donors`, each once, in order of appearance. */
export function donorCodes(donors: readonly FoundDonor[]): string[] {
  return [...new Set(donors.map((d) => d.code))];
}

import { findDutchNumbers } from '../data/dutch-numbers';
import type { Category, Kind } from '../data/schema';
import type {
  ArticleInput,
  Candidate,
  FoundAmount,
  FoundCount,
  FoundDate,
  FoundDonor,
  FoundItem,
  FoundKind,
} from './candidate';

// A minimal recogniser (the workbench's stand-in until the full one lands): sentences split on
// end punctuation and line breaks; figures by the project's Dutch amount parser; a short table of
// donors, items, aid verbs and date words.

const DONORS: [RegExp, string][] = [
  [/\b(Verenigde Staten|VS|Amerikaanse?n?|Washington|United States|US|American)\b/gu, 'US'],
  [/\b(Britse?n?|Verenigd Koninkrijk|Londen|British|Britain|UK)\b/gu, 'GB'],
  [/\b(Duitse?|Duitsland|Berlijn|German|Germany)\b/gu, 'DE'],
  [/\b(Nederlandse?|Nederland|ons land|Dutch|Netherlands)\b/gu, 'NL'],
  [/\b(Franse?|Frankrijk|France|French)\b/gu, 'FR'],
  [/\b(Belgische?|België|Belgium|Belgian)\b/gu, 'BE'],
  [/\b(Navo|NAVO|NATO)\b/gu, 'NATO'],
];
const ITEMS: [RegExp, Category][] = [
  [/\b(Javelins?|antitankwapens?|anti-tank\w*)\b/giu, 'anti-tank'],
  [/\b(Stingers?|luchtafweer\w*|air defen[cs]e)\b/giu, 'air-defence'],
  [/\b(HIMARS|houwitsers?|howitzers?|artillerie|artillery)\b/giu, 'artillery'],
  [/\b(munitie|ammunition)\b/giu, 'ammunition'],
  [/\b(drones?|Bayraktars?)\b/giu, 'drones'],
  [/\b(troepen|militairen|soldaten|troops|soldiers)\b/giu, 'troops'],
];
const KINDS: [RegExp, Kind][] = [
  [/\b(beloofde?n?|toegezegd|zegde toe|pledged?|promised?)\b/giu, 'pledge'],
  [/\b(leverde?n?|geleverd|stuurde?n?|gestuurd|delivered|sent)\b/giu, 'delivery'],
  [/\b(groen licht|goedgekeurd|keurde goed|approved)\b/giu, 'approval'],
  [/\b(wil geen|weigert|refused?)\b/giu, 'refusal'],
  [/\b(vroeg|verzoek|asked|requested)\b/giu, 'request'],
];
const WEEKDAYS = /\b(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b/giu;

function matches<T>(text: string, base: number, table: [RegExp, T][]) {
  return table.flatMap(([pattern, value]) =>
    [...text.matchAll(pattern)].map((m) => ({
      start: base + m.index,
      end: base + m.index + m[0].length,
      text: m[0],
      value,
    })),
  );
}

/** The month's first and last day, for a date known only to its month. */
function monthSpan(published: string): { start: string; end: string } {
  const [year, month] = published.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const mm = String(month).padStart(2, '0');
  return { start: `${year}-${mm}-01`, end: `${year}-${mm}-${String(last).padStart(2, '0')}` };
}

function findDates(article: ArticleInput, sentence: string, base: number): FoundDate[] {
  const month = article.published.slice(0, 7);
  return [...sentence.matchAll(WEEKDAYS)].map((m) => ({
    start: base + m.index,
    end: base + m.index + m[0].length,
    text: m[0],
    date: { ...monthSpan(month), precision: 'month', basis: 'inferred' },
    reasoning: `'${m[0]}' in an article of ${month}: a day in that month`,
  }));
}

/** Sentences, as [start, end) offsets, split after . ! ? and at line breaks. */
export function sentences(text: string): [number, number][] {
  const spans: [number, number][] = [];
  // The date line the texts start with (" date 2022-03") is no sentence of the article.
  const dateLine = /^\s*date \d{4}-\d{2}\s*/.exec(text)?.[0].length ?? 0;
  for (const m of text.slice(dateLine).matchAll(/[^\n.!?]+[.!?]*["”’]?/gu)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    const at = dateLine + m.index + lead;
    if (body) spans.push([at, at + body.length]);
  }
  return spans;
}

/** The sentences of an article that carry a figure, an item or an aid verb. */
export function findCandidates(article: ArticleInput): Candidate[] {
  return sentences(article.text).flatMap(([start, end]) => {
    const text = article.text.slice(start, end);
    const numbers = findDutchNumbers(text).map((n) => ({
      ...n,
      start: start + n.start,
      end: start + n.end,
    }));
    const amounts: FoundAmount[] = numbers
      .filter((n) => n.currency !== null)
      .map((n) => ({
        start: n.start,
        end: n.end,
        text: n.text,
        amount: { value: n.value, currency: n.currency },
      }));
    const counts: FoundCount[] = numbers
      .filter((n) => n.currency === null && n.value >= 2 && !/^(19|20)\d\d$/.test(n.text))
      .map((n) => ({ start: n.start, end: n.end, text: n.text, quantity: n.value }));
    const items: FoundItem[] = matches(text, start, ITEMS).map(({ value, ...at }) => ({
      ...at,
      category: value,
      name: at.text,
    }));
    const donors: FoundDonor[] = matches(text, start, DONORS).map(({ value, ...at }) => ({
      ...at,
      code: value,
    }));
    const kinds: FoundKind[] = matches(text, start, KINDS).map(({ value, ...at }) => ({
      ...at,
      kind: value,
    }));
    const dates = findDates(article, text, start);
    if (amounts.length + counts.length + items.length + kinds.length === 0) return [];
    return [{ start, end, text, amounts, counts, items, donors, dates, kinds }];
  });
}

import type { Category } from '../data/schema';
import type { FoundCount, FoundItem } from './candidate';

/**
 * Weapon and equipment terms, Dutch and English, mapped to the contract's categories. Dutch
 * writes compounds as one word ("antitankwapens", "artilleriegranaten", "Javelin-antitankraket"),
 * so a term is found inside a word and the item is the whole word; where one word holds two
 * terms, the first entry of the table wins (a named system before its kind, ammunition before
 * the gun it is fired from). Named systems keep their own name ("Javelin"); any other item is
 * named by the word as printed ("houwitsers").
 */

interface Term {
  pattern: string;
  category: Category;
  /** A named system's own name; absent: the printed word names the item. */
  name?: string;
}

const L = '(?<!\\p{L})'; // the term starts a word
const R = '(?!\\p{L})'; // the term ends a word

const NAMED: Term[] = [
  { pattern: 'javelin', category: 'anti-tank', name: 'Javelin' },
  { pattern: 'nlaw', category: 'anti-tank', name: 'NLAW' },
  { pattern: 'stinger', category: 'air-defence', name: 'Stinger' },
  { pattern: 'patriot', category: 'air-defence', name: 'Patriot' },
  { pattern: 'nasams', category: 'air-defence', name: 'NASAMS' },
  { pattern: 'iris-t', category: 'air-defence', name: 'IRIS-T' },
  { pattern: 'gepard', category: 'air-defence', name: 'Gepard' },
  { pattern: 'himars', category: 'artillery', name: 'HIMARS' },
  { pattern: 'm777', category: 'artillery', name: 'M777' },
  { pattern: 'caesar', category: 'artillery', name: 'Caesar' },
  { pattern: 'panzerhaubitze', category: 'artillery', name: 'Panzerhaubitze 2000' },
  { pattern: 'bayra(?:k|kt|tk)ar(?:\\s+TB2)?', category: 'drones', name: 'Bayraktar TB2' },
  { pattern: 'switchblade', category: 'drones', name: 'Switchblade' },
  { pattern: 'f-16', category: 'aircraft', name: 'F-16' },
  { pattern: 'f-35', category: 'aircraft', name: 'F-35' },
  { pattern: 'mig-29', category: 'aircraft', name: 'MiG-29' },
  { pattern: 'leopard', category: 'vehicles', name: 'Leopard' },
  { pattern: 'abrams', category: 'vehicles', name: 'Abrams' },
  { pattern: 'challenger', category: 'vehicles', name: 'Challenger' },
  { pattern: 'bradley', category: 'vehicles', name: 'Bradley' },
  { pattern: 'marder', category: 'vehicles', name: 'Marder' },
  { pattern: 'humvee', category: 'vehicles', name: 'Humvee' },
  { pattern: 'harpoon', category: 'naval', name: 'Harpoon' },
];

const KINDS_OF_ITEM: Array<[Category, string[]]> = [
  ['anti-tank', ['antitank', 'anti-tank', 'antipantser', 'anti-armou?r', 'pantserafweer']],
  [
    'air-defence',
    [
      'luchtafweer',
      'luchtdoel',
      'luchtverdediging',
      'air[- ]defen[cs]e',
      'anti-aircraft',
      'manpads',
    ],
  ],
  ['drones', ['drones?' + R, L + 'uas' + R, L + 'uavs?' + R, 'onbemand', 'unmanned', 'kamikaze']],
  [
    'electronic-warfare',
    ['elektronische\\s+oorlog', 'electronic[- ]warfare', 'stoorzender', L + 'jammers?' + R],
  ],
  [
    'ammunition',
    [
      'munitie',
      'ammunition',
      L + 'ammo' + R,
      'granat',
      'granaten',
      L + 'shells?' + R,
      'patronen',
      'raket',
      L + 'rockets?' + R,
      L + 'missiles?' + R,
    ],
  ],
  [
    'artillery',
    [
      'houwitser',
      'howitzer',
      'artillerie',
      'artillery',
      'kanonnen',
      'kanon' + R,
      'mortier',
      L + 'mortars?' + R,
      'geschut',
    ],
  ],
  [
    'aircraft',
    [
      'vliegtuig',
      'aircraft',
      L + 'jets?' + R,
      'helikopter',
      L + 'helicopters?' + R,
      'straaljager',
      'fighter',
    ],
  ],
  [
    'naval',
    [
      'fregat',
      L + 'frigates?' + R,
      'marineschip',
      'marineschepen',
      'oorlogsschip',
      'oorlogsschepen',
      L + 'warships?' + R,
      'patrouilleboten',
      'patrol boats?',
    ],
  ],
  [
    'vehicles',
    [
      L + 'tanks?' + R,
      'pantservoertuig',
      'pantserwagen',
      'voertuig',
      L + 'vehicles?' + R,
      L + 'apcs?' + R,
      L + 'trucks?' + R,
    ],
  ],
  [
    'small-arms',
    [
      'geweer',
      'geweren',
      L + 'rifles?' + R,
      'handvuurwapen',
      'small arms',
      'pistolen',
      'machinegeweer',
    ],
  ],
  [
    'medical',
    [
      'veldhospitaal',
      'hospitaal',
      'ziekenhuis',
      'beademing',
      'medisch',
      'medical',
      L + 'hospitals?' + R,
      L + 'ventilators?' + R,
    ],
  ],
  [
    'training',
    [L + 'trainers?' + R, 'training', 'instructeurs', L + 'instructors?' + R, 'opleiding'],
  ],
  [
    'intelligence-cyber',
    ['inlichting', 'intelligence', 'cyber', 'surveillance', 'verkenning', 'reconnaissance'],
  ],
  [
    'troops',
    ['troepen', 'militairen', 'soldaten', L + 'troops' + R, L + 'soldiers' + R, 'manschappen'],
  ],
  [
    'other',
    [
      'helm(?:en|s)?' + R,
      'helmets?' + R,
      'kogelwerende',
      'body armou?r',
      'nachtkijker',
      'night[- ]vision',
      'radar',
      'wapen',
      L + 'weapons?' + R,
      'materieel' + R,
      'materiel' + R,
      'equipment',
      'uitrusting',
      'oorlogstuig',
      'militaire (?:hulp|steun|goederen)',
      'military (?:aid|support|goods)',
      'dodelijke hulp',
      'lethal aid',
      'hulppakket',
      'security assistance',
    ],
  ],
];

const TERMS: Term[] = [
  ...NAMED,
  ...KINDS_OF_ITEM.flatMap(([category, patterns]) =>
    patterns.map((pattern) => ({ pattern, category })),
  ),
];
const COMPILED = TERMS.map((term) => ({ term, re: new RegExp(term.pattern, 'giu') }));

const WORD_CHAR = /[\p{L}\p{N}’'-]/u;

/** Widens `[start, end)` to whole words: "antitank" inside "antitankwapens" is the word. */
function wholeWord(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s > 0 && WORD_CHAR.test(text[s - 1]!)) s--;
  while (e < text.length && WORD_CHAR.test(text[e]!)) e++;
  // A closing quote is no part of the word; a hyphen is ("antitank- en luchtafweerraketten").
  while (e > s && /[’']/.test(text[e - 1]!)) e--;
  return [s, e];
}

/** The items named in `text`, one per word, offsets shifted by `offset`. */
export function findItems(text: string, offset = 0): FoundItem[] {
  const taken: FoundItem[] = [];
  for (const { term, re } of COMPILED) {
    for (const match of text.matchAll(re)) {
      const [start, end] = wholeWord(text, match.index, match.index + match[0].length);
      if (taken.some((t) => start < t.end - offset && t.start - offset < end)) continue;
      const printed = text.slice(start, end);
      taken.push({
        start: start + offset,
        end: end + offset,
        text: printed,
        category: term.category,
        name: term.name ?? printed.replace(/-$/, ''),
      });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Short words that may stand between a count and its item ("twaalf van zijn beruchte drones"). */
const FILLERS = new Set([
  'van',
  'zijn',
  'hun',
  'haar',
  'eigen',
  'nog',
  'ruim',
  'meer',
  'extra',
  'of',
  'its',
  'their',
  'his',
  'her',
  'more',
  'new',
  'us',
]);

/**
 * A plural noun in the gap ("dertien andere landen militaire hulp") means the count counts that
 * noun, not the item after it. Adjectives end in -e in Dutch, and rarely in -s or -en in English.
 */
function isCountedNoun(word: string): boolean {
  const bare = word.toLowerCase().replace(/[^\p{L}-]/gu, '');
  return !FILLERS.has(bare) && /(?:en|s)$/.test(bare);
}

/** A count names an item's quantity when it stands before it, at most four words away in the same clause. */
const GAP = /^[^\d.,;:!?()\n]{0,60}$/u;

/**
 * Gives each item the count just before it ("17.000 antitankwapens", "twaalf van zijn beruchte
 * Bayraktar TB2", "90 ton ‘aan dodelijke hulp"), each count at most once. Both lists hold
 * offsets into `text`.
 */
export function withQuantities(
  text: string,
  items: readonly FoundItem[],
  counts: readonly FoundCount[],
): FoundItem[] {
  const used = new Set<FoundCount>();
  return items.map((item) => {
    const count = [...counts].reverse().find((c) => c.end <= item.start && !used.has(c));
    if (!count) return item;
    const gap = text.slice(count.end, item.start);
    const words = gap.trim().split(/\s+/).filter(Boolean);
    if (!GAP.test(gap) || words.length > 4 || words.some(isCountedNoun)) return item;
    if (
      items.some((other) => other !== item && other.start >= count.end && other.end <= item.start)
    )
      return item;
    used.add(count);
    const unit = count.unit ?? (item.category === 'troops' ? 'troops' : 'pieces');
    return { ...item, quantity: count.quantity, unit };
  });
}

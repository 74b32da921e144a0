import type { Amount, Announcement, Category, Kind } from '../data/schema';

/**
 * The curation workbench's vocabulary (issue 16): what the recognisers find in an article's
 * text, and the draft record they suggest for a span. Offsets are UTF-16 indices into the
 * article's text, `[start, end)`, so `text.slice(start, end)` is the span exactly.
 */

/** An article being curated, kept byte for byte. */
export interface ArticleInput {
  /** Becomes `data/sources/<id>.txt` and the source's id in the dataset. */
  id: string;
  text: string;
  /** At least the month: `YYYY-MM` or `YYYY-MM-DD`. */
  published: string;
  language: 'nl' | 'en';
  title?: string;
  outlet?: string;
  /**
   * The outlet's country (a code of src/data/codes.ts), for "ons land" / "our country"; when
   * absent, Dutch text is read as Dutch, or Belgian when it is written in Belgian Dutch.
   */
  country?: string;
}

/** One thing recognised in a text, with where it is. */
interface Found {
  start: number;
  end: number;
  /** The text as printed, `text.slice(start, end)`. */
  text: string;
}

export interface FoundAmount extends Found {
  amount: Amount;
}
export interface FoundCount extends Found {
  quantity: number;
  /** 'tonnes' for "90 ton"; absent for a number of pieces or people. */
  unit?: 'tonnes';
}
export interface FoundItem extends Found {
  category: Category;
  /** The item's name as the record would give it ("Javelin", "houwitsers"). */
  name: string;
  /** The count printed just before it ("17.000 antitankwapens"), when there is one. */
  quantity?: number;
  unit?: 'pieces' | 'tonnes' | 'troops';
}
export interface FoundDonor extends Found {
  /** A party code from src/data/codes.ts ("US", "GB", "NL", "NATO"). */
  code: string;
}
export interface FoundDate extends Found {
  /** The inferred span and how sure, in the contract's terms. */
  date: Announcement['date'];
  /** How the date was worked out, in words, for the record's note. */
  reasoning: string;
}
export interface FoundKind extends Found {
  kind: Kind;
}

/** A sentence worth a record: it holds at least one figure, item or aid verb. */
export interface Candidate {
  start: number;
  end: number;
  text: string;
  amounts: FoundAmount[];
  counts: FoundCount[];
  items: FoundItem[];
  donors: FoundDonor[];
  dates: FoundDate[];
  kinds: FoundKind[];
}

/** A record suggested for a span: every field prefilled where something was recognised. */
export interface DraftSuggestion {
  excerpt: string;
  donors: string[];
  kind: Kind | null;
  amount: Amount | null;
  /** The amount as printed ("350 miljoen dollar"), so the form can show where it came from. */
  amountText: string | null;
  items: Announcement['items'];
  date: Announcement['date'] | null;
  /** Why the date is what it is ("'vrijdag' in an article of January 2022 …"). */
  dateNote: string | null;
  /** How the donors were found when the excerpt alone does not say ("ons land", a sentence before). */
  donorNote?: string | null;
}

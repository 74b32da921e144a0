import type { ArticleInput, DraftSuggestion } from '../curation/candidate';
import type { Announcement, Category, ExchangeRate } from '../data/schema';

/**
 * The workbench's document: everything a curator has made, saved as it is made (persist.ts)
 * and undone step by step (history.ts). The view (which tab, which filters) is not in it: that
 * stays in the one view store.
 */

/** An article added to the workbench: the text byte for byte, and what the contract's source needs. */
export interface WorkArticle extends ArticleInput {
  /** The contract's one English line on what the article covers. */
  summary: string;
}

/** An item as the form edits it: the quantity as typed. */
export interface DraftItem {
  category: Category;
  name: string;
  quantity: string;
  unit: string;
}

/** A record being written: every field as the form holds it (numbers as typed). */
export interface Draft {
  /** Stable within the document, for lists and for the open draft. */
  key: string;
  /** The accepted record this draft edits, or null for a new one. */
  editing: string | null;
  articleId: string;
  /** Where the excerpt is in the article: `text.slice(start, end)`. */
  start: number;
  end: number;
  /** Exactly the selected text. */
  excerpt: string;
  id: string;
  kind: string;
  donors: string[];
  recipient: string;
  /** The amount as printed ("350 miljoen dollar"); empty when the text names no sum. */
  amountText: string;
  amountValue: string;
  currency: string;
  items: DraftItem[];
  date: { start: string; end: string; precision: string; basis: string };
  /** How the recogniser inferred the date, shown beside the date. */
  dateNote: string | null;
  translation: string;
  /** Sources the record cites besides this one (an accepted record given a second source). */
  otherSources: Announcement['sources'];
  note: string;
  partOf: string;
}

export interface WorkDocument {
  articles: WorkArticle[];
  drafts: Draft[];
  /** The key of the draft open in the form. */
  open: string | null;
  /** New records, accepted from drafts. */
  records: Announcement[];
  /** Shipped records as changed here (a second source added), by id. */
  changed: Record<string, Announcement>;
  /** Exchange rates added for new records (a currency in a month the dataset has no rate for). */
  rates: ExchangeRate[];
}

export const EMPTY_DOCUMENT: WorkDocument = {
  articles: [],
  drafts: [],
  open: null,
  records: [],
  changed: {},
  rates: [],
};

export type WorkAction =
  | { type: 'add-article'; article: WorkArticle }
  | { type: 'remove-article'; id: string }
  | { type: 'open-draft'; draft: Draft }
  | { type: 'edit-draft'; key: string; change: Partial<Draft> }
  | { type: 'focus-draft'; key: string | null }
  | { type: 'discard-draft'; key: string }
  | { type: 'accept-draft'; key: string; record: Announcement }
  | { type: 'edit-record'; id: string; draft: Draft }
  | { type: 'add-source'; key: string; record: Announcement; builtIn: boolean }
  | { type: 'add-rate'; rate: ExchangeRate }
  | { type: 'remove-rate'; currency: string; month: string }
  | { type: 'replace'; document: WorkDocument };

/** The draft of a suggestion for the span `[start, end)` of an article. */
export function draftFromSuggestion(
  key: string,
  article: WorkArticle,
  start: number,
  end: number,
  suggestion: DraftSuggestion,
  id: string,
): Draft {
  return {
    key,
    editing: null,
    articleId: article.id,
    start,
    end,
    excerpt: suggestion.excerpt,
    id,
    kind: suggestion.kind ?? '',
    donors: suggestion.donors,
    recipient: 'UA',
    amountText: suggestion.amountText ?? '',
    amountValue: suggestion.amount ? String(suggestion.amount.value) : '',
    currency: suggestion.amount?.currency ?? '',
    items: suggestion.items.map((item) => ({
      category: item.category,
      name: item.name ?? '',
      quantity: item.quantity === undefined ? '' : String(item.quantity),
      unit: item.unit ?? '',
    })),
    date: suggestion.date ?? { start: '', end: '', precision: 'day', basis: 'explicit' },
    dateNote: suggestion.dateNote,
    translation: '',
    otherSources: [],
    note: suggestion.date?.basis === 'inferred' ? (suggestion.dateNote ?? '') : '',
    partOf: '',
  };
}

const withoutDraft = (doc: WorkDocument, key: string): WorkDocument => ({
  ...doc,
  drafts: doc.drafts.filter((d) => d.key !== key),
  open: doc.open === key ? null : doc.open,
});

/** The document after one action; pure, so history.ts can undo it. */
export function workReducer(doc: WorkDocument, action: WorkAction): WorkDocument {
  switch (action.type) {
    case 'add-article':
      return {
        ...doc,
        articles: [...doc.articles.filter((a) => a.id !== action.article.id), action.article],
      };
    case 'remove-article':
      return {
        ...doc,
        articles: doc.articles.filter((a) => a.id !== action.id),
        drafts: doc.drafts.filter((d) => d.articleId !== action.id),
        open: doc.drafts.some((d) => d.key === doc.open && d.articleId === action.id)
          ? null
          : doc.open,
        records: doc.records.filter((r) => !r.sources.some((s) => s.id === action.id)),
      };
    case 'open-draft':
      return { ...doc, drafts: [...doc.drafts, action.draft], open: action.draft.key };
    case 'edit-draft':
      return {
        ...doc,
        drafts: doc.drafts.map((d) => (d.key === action.key ? { ...d, ...action.change } : d)),
      };
    case 'focus-draft':
      return { ...doc, open: action.key };
    case 'discard-draft':
      return withoutDraft(doc, action.key);
    case 'accept-draft': {
      const rest = withoutDraft(doc, action.key);
      const editing = doc.drafts.find((d) => d.key === action.key)?.editing ?? null;
      const records = rest.records.filter((r) => r.id !== editing && r.id !== action.record.id);
      const at = doc.records.findIndex((r) => r.id === editing);
      records.splice(at < 0 ? records.length : at, 0, action.record);
      return { ...rest, records };
    }
    case 'edit-record':
      return { ...doc, drafts: [...doc.drafts, action.draft], open: action.draft.key };
    case 'add-source': {
      const rest = withoutDraft(doc, action.key);
      if (action.builtIn)
        return { ...rest, changed: { ...rest.changed, [action.record.id]: action.record } };
      return {
        ...rest,
        records: rest.records.map((r) => (r.id === action.record.id ? action.record : r)),
      };
    }
    case 'add-rate':
      return {
        ...doc,
        rates: [
          ...doc.rates.filter(
            (r) => r.currency !== action.rate.currency || r.month !== action.rate.month,
          ),
          action.rate,
        ],
      };
    case 'remove-rate':
      return {
        ...doc,
        rates: doc.rates.filter((r) => r.currency !== action.currency || r.month !== action.month),
      };
    case 'replace':
      return action.document;
  }
}

/** A draft to edit an accepted record again: the source from a workbench article first. */
export function draftFromRecord(key: string, record: Announcement, articles: WorkArticle[]): Draft {
  const at = Math.max(
    0,
    record.sources.findIndex((s) => articles.some((a) => a.id === s.id)),
  );
  const main = record.sources[at]!;
  const start = articles.find((a) => a.id === main.id)?.text.indexOf(main.excerpt) ?? -1;
  return {
    key,
    editing: record.id,
    articleId: main.id,
    start: Math.max(0, start),
    end: Math.max(0, start) + main.excerpt.length,
    excerpt: main.excerpt,
    id: record.id,
    kind: record.kind,
    donors: record.donors,
    recipient: record.recipient,
    amountText: '',
    amountValue: record.amount ? String(record.amount.value) : '',
    currency: record.amount?.currency ?? '',
    items: record.items.map((item) => ({
      category: item.category,
      name: item.name ?? '',
      quantity: item.quantity === undefined ? '' : String(item.quantity),
      unit: item.unit ?? '',
    })),
    date: record.date,
    dateNote: null,
    translation: main.translation,
    otherSources: record.sources.filter((_, i) => i !== at),
    note: record.note ?? '',
    partOf: record.partOf ?? '',
  };
}

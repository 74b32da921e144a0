import type { Language } from './language';
import type { NotesTable, TranslationTable } from './translations-schema';

// The dataset is English where it is not quoting (item names, summaries, notes, translations),
// as the data contract says. data/translations-nl.json gives Dutch wording for the item names
// and the article summaries, keyed by their English text, so the Dutch interface shows Dutch
// wherever a translation exists and marks the rest as English.

// Both tables come with the Dutch chunk (dutch.ts, loaded by load-language.ts), which hands them
// over with setDutchTables; until then every text is in English. Checked against their schemas
// (translations-schema.ts) when the app is built and by the tests. The curators' notes in Dutch
// (data/notes-nl.json) are keyed by the English note like the rest.
let NOTES: ReadonlyMap<string, string> = new Map();
let ITEMS: ReadonlyMap<string, string> = new Map();
let SUMMARIES: ReadonlyMap<string, string> = new Map();

/** The Dutch tables, once their chunk is here. */
export function setDutchTables(table: TranslationTable, notesTable: NotesTable): void {
  ITEMS = new Map(Object.entries(table.items));
  SUMMARIES = new Map(Object.entries(table.summaries));
  NOTES = new Map(Object.entries(notesTable.notes));
}

/** A piece of text and the language it is in, for the `lang` attribute. */
export interface Worded {
  text: string;
  lang: Language;
}

function worded(map: ReadonlyMap<string, string>, english: string, language: Language): Worded {
  const translated = language === 'nl' ? map.get(english) : undefined;
  return translated === undefined
    ? { text: english, lang: 'en' }
    : { text: translated, lang: 'nl' };
}

/** An item's name in the interface's language where a translation exists, else in English. */
export function itemName(english: string, language: Language): Worded {
  return worded(ITEMS, english, language);
}

/** An article's summary in the interface's language where a translation exists. */
export function sourceSummary(english: string, language: Language): Worded {
  return worded(SUMMARIES, english, language);
}

/** A curator's note in the interface's language where a translation exists, else in English. */
export function noteText(english: string, language: Language): Worded {
  return worded(NOTES, english, language);
}

// Everything the interface needs in Dutch, as one chunk of its own: the Dutch messages, the Dutch
// item names and summaries (data/translations-nl.json) and the curators' notes in Dutch
// (data/notes-nl.json). The first view carries only English; load-language.ts fetches this
// when the reader chooses Dutch, when the address or the remembered choice asks for it, and
// when a search needs the Dutch words of the records.
import translations from '../../data/translations-nl.json';
import notes from '../../data/notes-nl.json';
import type { NotesTable, TranslationTable } from './translations-schema';

export { nl } from './messages-nl';

/** The Dutch tables, checked against their schemas when the app was built. */
export const tables = {
  translations: translations as TranslationTable,
  notes: notes as NotesTable,
};

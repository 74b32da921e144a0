import { z } from 'zod';

/** data/translations-nl.json: Dutch wording for item names and summaries, by their English. */
export const TranslationTableSchema = z.strictObject({
  language: z.literal('nl'),
  about: z.string(),
  items: z.record(z.string(), z.string().regex(/\S/)),
  summaries: z.record(z.string(), z.string().regex(/\S/)),
});

export type TranslationTable = z.infer<typeof TranslationTableSchema>;

/** data/notes-nl.json: the curators' notes in Dutch, by their English. */
export const NotesTableSchema = z.strictObject({
  language: z.literal('nl'),
  about: z.string(),
  notes: z.record(z.string(), z.string().regex(/\S/)),
});

export type NotesTable = z.infer<typeof NotesTableSchema>;

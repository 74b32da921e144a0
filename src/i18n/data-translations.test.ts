import { describe, expect, it } from 'vitest';
import dataset from '../../data/announcements.json';
import table from '../../data/translations-nl.json';
import notesTable from '../../data/notes-nl.json';
import type { Dataset } from '../data/schema';
import { itemName, noteText, sourceSummary } from './data-translations';
import { NotesTableSchema, TranslationTableSchema } from './translations-schema';

it('the Dutch table passes its schema (the build checks the same)', () => {
  expect(TranslationTableSchema.safeParse(table).error).toBeUndefined();
  expect(TranslationTableSchema.safeParse({ ...table, items: { Javelin: ' ' } }).success).toBe(
    false,
  );
});

it('the Dutch notes pass their schema (the build checks the same)', () => {
  expect(NotesTableSchema.safeParse(notesTable).error).toBeUndefined();
});

const data = dataset as Dataset;
const itemNames = [
  ...new Set(data.announcements.flatMap((r) => r.items.flatMap((i) => (i.name ? [i.name] : [])))),
];
const summaries = data.sources.map((s) => s.summary);
const notes = [...new Set(data.announcements.flatMap((r) => (r.note ? [r.note] : [])))];

describe.each([
  ['itemName', itemName, itemNames, table.items as Record<string, string>],
  ['sourceSummary', sourceSummary, summaries, table.summaries as Record<string, string>],
  ['noteText', noteText, notes, notesTable.notes as Record<string, string>],
])('%s', (_name, translate, originals, entries) => {
  it('has built-in data to translate', () => {
    expect(originals.length).toBeGreaterThan(4);
  });

  it('gives every one of the built-in data a Dutch wording, marked Dutch', () => {
    const missing = originals.filter((english) => translate(english, 'nl').lang !== 'nl');
    expect(missing).toEqual([]);
    for (const english of originals) expect(translate(english, 'nl').text).toBe(entries[english]);
  });

  it('never gives an empty wording, nor a long English text left untranslated', () => {
    for (const english of originals) {
      const { text } = translate(english, 'nl');
      expect(text.trim(), english).not.toBe('');
      // A proper noun may stay as it is; a phrase of several words is not Dutch unchanged.
      if (english.split(' ').length > 3) expect(text, english).not.toBe(english);
    }
  });

  it('has no entry that the built-in data does not use', () => {
    expect(Object.keys(entries).filter((key) => !originals.includes(key))).toEqual([]);
  });

  it('gives the English original, marked English, in English', () => {
    for (const english of originals)
      expect(translate(english, 'en')).toEqual({ text: english, lang: 'en' });
  });

  it('falls back to the English text, marked English, where Dutch has no wording', () => {
    const unknown = 'something no translation table has heard of';
    expect(translate(unknown, 'nl')).toEqual({ text: unknown, lang: 'en' });
    expect(translate(unknown, 'en')).toEqual({ text: unknown, lang: 'en' });
  });

  it('looks the English text up exactly', () => {
    const english = originals[0]!;
    expect(translate(english.toUpperCase(), 'nl').lang).toBe('en');
    expect(translate(`${english} `, 'nl').lang).toBe('en');
  });
});

it('keeps item names and summaries apart: a summary is not an item name', () => {
  expect(itemName(summaries[0]!, 'nl')).toEqual({ text: summaries[0], lang: 'en' });
  expect(sourceSummary(itemNames[0]!, 'nl')).toEqual({ text: itemNames[0], lang: 'en' });
  expect(noteText(summaries[0]!, 'nl')).toEqual({ text: summaries[0], lang: 'en' });
});

it('keeps the record ids a Dutch note names, as the English one names them', () => {
  const ids = new Set(data.announcements.map((r) => r.id));
  const named = (text: string) => text.split(/[^a-z0-9-]+/).filter((word) => ids.has(word));
  for (const english of notes)
    expect(named(noteText(english, 'nl').text), english).toEqual(named(english));
});

import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { builtInSourceTexts, loadBuiltInDataset, loadBuiltInTexts } from './built-in-dataset';

const files = readdirSync('data/sources').filter((file) => file.endsWith('.txt'));
const ids = files.map((file) => file.replace(/\.txt$/, ''));

it('knows which articles have a text before the texts are fetched', () => {
  expect(ids).toHaveLength(5);
  for (const id of ids) expect(builtInSourceTexts.has(id)).toBe(true);
  expect(builtInSourceTexts.has('no-such-article')).toBe(false);
  expect(builtInSourceTexts.get(ids[0]!)).toBeUndefined();
});

it('has every text byte for byte once fetched, and a copy holds them all', async () => {
  await loadBuiltInTexts();
  await loadBuiltInTexts();
  for (const [i, id] of ids.entries())
    expect(builtInSourceTexts.get(id)).toBe(readFileSync(`data/sources/${files[i]}`, 'utf8'));
  expect(new Map(builtInSourceTexts).size).toBe(5);
});

it('the shipped dataset cites only articles whose text ships', () => {
  const { dataset } = loadBuiltInDataset();
  for (const source of dataset!.sources) expect(builtInSourceTexts.has(source.id)).toBe(true);
});

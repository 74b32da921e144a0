import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadUserDataset, type UserDataset } from '../data/load-user-dataset';
import type { Dataset } from '../data/schema';
import { i18nFor } from '../i18n/i18n';
import { datasetWords } from './dataset-words';

const shipped = JSON.parse(readFileSync('data/announcements.json', 'utf8')) as Dataset;
const bytes = (text: string) => new TextEncoder().encode(text);

function load(files: Array<{ name: string; text: string }>): UserDataset {
  const outcome = loadUserDataset(
    files.map((f) => ({ name: f.name, bytes: bytes(f.text) })),
    shipped.exchangeRates,
  );
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.dataset;
}

const sample = readFileSync('public/sample-announcements.csv', 'utf8');

describe('datasetWords', () => {
  it('describes the built-in dataset as the five articles', () => {
    const en = i18nFor('en');
    expect(datasetWords(en, null)).toEqual({
      title: en.t.title,
      documentTitle: en.t.title,
      lede: en.t.lede,
      footer: en.t.footer,
    });
  });

  it('describes a reader’s file by its name, records, sources and dates, never as the articles', () => {
    const own = load([{ name: 'mine.csv', text: sample }]);
    const words = datasetWords(i18nFor('en'), own);
    const isolated = 'mine.csv'; // isolate() leaves a left-to-right name as it is
    expect(words.title).toBe(`Your dataset: ${isolated}`);
    expect(words.documentTitle).toBe(`${isolated} · Military aid to Ukraine`);
    expect(words.lede).toBe(
      `${isolated}, a file you loaded: 4 announcements from 2 articles, 17 Jan 2022 – 31 Mar 2022. No article texts came with it, so its excerpts are unchecked.`,
    );
    expect(words.footer).toContain(`Data: ${isolated}, loaded from your computer`);
    expect(words.footer).toContain('ECB monthly rates');
    for (const text of Object.values(words)) expect(text).not.toMatch(/five Dutch|five articles/);
  });

  it('says in Dutch what it says in English', () => {
    const own = load([{ name: 'mine.csv', text: sample }]);
    const words = datasetWords(i18nFor('nl'), own);
    expect(words.title).toBe('Je eigen dataset: mine.csv');
    expect(words.lede).toContain('4 aankondigingen uit 2 artikelen, 17 jan 2022 – 31 mrt 2022');
  });

  it('counts the article texts that came with the file', () => {
    const json = JSON.stringify(shipped);
    const [first] = shipped.sources;
    const text = readFileSync(`data/${first!.file}`, 'utf8');
    const partly = load([
      { name: 'all.json', text: json },
      { name: `${first!.id}.txt`, text },
    ]);
    const words = datasetWords(i18nFor('en'), partly);
    expect(words.lede).toContain(`from ${shipped.sources.length} articles`);
    expect(words.lede).toContain('checked against the 1 article text that came with it');
    expect(words.footer).toContain('at the exchange rates the file lists');
  });
});

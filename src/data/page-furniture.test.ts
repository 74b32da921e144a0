import { describe, expect, it } from 'vitest';
import { texts } from '../test/shipped-dataset';
import { pageFurniture, splitAt } from './page-furniture';

const found = (text: string) => pageFurniture(text).map(([s, e]) => text.slice(s, e));

describe('pageFurniture', () => {
  it('finds the captions, notices and links the shipped articles carry, and nothing of the report', () => {
    const all = [...texts.values()].flatMap(found);
    expect(all).toContain('Tekst loopt verder onder de tweet.');
    expect(all).toContain('Tekst loopt verder onder de foto.');
    expect(all).toContain('Lees alles over de Russische invasie in dit dossier.');
    expect(all).toContain('Volledig scherm Pentagon-woordvoerder John Kirby. © AFP');
    expect(all).toContain('Bekijk onze nieuwsvideo’s in onderstaande playlist:');
    expect(all.filter((line) => line.startsWith('Onze excuses Helaas'))).toHaveLength(1);
    expect(all.filter((line) => line.startsWith('Volledig scherm'))).toHaveLength(4);
    expect(all).toHaveLength(9);
  });

  it('never marks a cited sentence', async () => {
    const { default: dataset } = await import('../../data/announcements.json');
    for (const record of dataset.announcements)
      for (const source of record.sources)
        for (const [id, text] of texts)
          if (id === source.id) {
            const at = text.indexOf(source.excerpt);
            for (const [start, end] of pageFurniture(text))
              expect(at + source.excerpt.length <= start || at >= end).toBe(true);
          }
  });

  it('takes whole lines only, not a sentence that merely mentions a photo', () => {
    expect(found('Hij zei: Volledig scherm is het niet.\nVolledig scherm Kiev. © AP')).toEqual([
      'Volledig scherm Kiev. © AP',
    ]);
    expect(found('  Tekst loopt verder onder de foto.  \r')).toEqual([
      'Tekst loopt verder onder de foto.',
    ]);
    expect(found('')).toEqual([]);
  });
});

describe('splitAt', () => {
  it('cuts a text into pieces that join back into it, byte for byte', () => {
    for (const text of texts.values()) {
      const pieces = splitAt(text, pageFurniture(text));
      expect(pieces.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
      expect(pieces.filter((p) => p.inRange)).toHaveLength(pageFurniture(text).length);
    }
  });

  it('keeps a text with no ranges whole, and an empty one as one empty piece', () => {
    expect(splitAt('abc', [])).toEqual([{ start: 0, end: 3, inRange: false }]);
    expect(splitAt('', [])).toEqual([{ start: 0, end: 0, inRange: false }]);
    // A range inside one already taken is passed over.
    expect(
      splitAt('abcdef', [
        [1, 4],
        [2, 3],
      ]).map((p) => p.inRange),
    ).toEqual([false, true, false]);
    expect(splitAt('abcdef', [[0, 2]])).toEqual([
      { start: 0, end: 2, inRange: true },
      { start: 2, end: 6, inRange: false },
    ]);
  });
});

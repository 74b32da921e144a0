import { describe, expect, it } from 'vitest';
import { paragraphsOf, splitSentences } from './sentences';

const cut = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each<[string, string[]]>([
    [
      'Het leger kreeg 17.000 wapens. Dat is veel.',
      ['Het leger kreeg 17.000 wapens.', 'Dat is veel.'],
    ],
    [
      'Er ging 2,5 miljard naar Kiev. Daarna 1.000 man.',
      ['Er ging 2,5 miljard naar Kiev.', 'Daarna 1.000 man.'],
    ],
    [
      'The UK sent £1.3bn in aid. It arrived in May.',
      ['The UK sent £1.3bn in aid.', 'It arrived in May.'],
    ],
    ['De VS stuurden o.a. drones. Ook munitie.', ['De VS stuurden o.a. drones.', 'Ook munitie.']],
    ['Mr. Biden spoke. The U.S. agreed.', ['Mr. Biden spoke.', 'The U.S. agreed.']],
    ['Michael S. Repass zei dat. Daarna niets.', ['Michael S. Repass zei dat.', 'Daarna niets.']],
    ['Hij zei: “Het is klaar.” Toen ging hij.', ['Hij zei: “Het is klaar.”', 'Toen ging hij.']],
    ['Wat nu? Niemand weet het! Echt.', ['Wat nu?', 'Niemand weet het!', 'Echt.']],
    [
      'Een kop zonder punt\n\nDe tekst begint hier.',
      ['Een kop zonder punt', 'De tekst begint hier.'],
    ],
    [' date 2022-03 De VS leverden wapens.', ['De VS leverden wapens.']],
    ['Zie blz. 4 voor meer.', ['Zie blz. 4 voor meer.']],
    ['het einde. en verder', ['het einde. en verder']],
  ])('%s', (text, expected) => {
    expect(cut(text)).toEqual(expected);
  });

  it('gives offsets that slice the text exactly', () => {
    const text = '  Eerste zin.   Tweede zin.  ';
    for (const s of splitSentences(text))
      expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
  });

  it('numbers the paragraphs', () => {
    const text = 'Een. Twee.\n\nDrie.\nVier.';
    expect(paragraphsOf(text, splitSentences(text))).toEqual([0, 0, 1, 1]);
  });
});

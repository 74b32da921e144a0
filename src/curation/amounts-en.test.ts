import { describe, expect, it } from 'vitest';
import { englishNumberWord, findEnglishNumbers } from './amounts-en';
import { findFigures } from './figures';

describe('findEnglishNumbers reads figures as English news prints them', () => {
  it.each<[string, Array<[number, string | null, string]>]>([
    ['pledged $2 billion in aid', [[2e9, 'USD', '$2 billion']]],
    ['some 350 million dollars of arms', [[350e6, 'USD', '350 million dollars']]],
    ['a £1.3bn package', [[1.3e9, 'GBP', '£1.3bn']]],
    ['€500 million for shells', [[500e6, 'EUR', '€500 million']]],
    ['US$400m of drones', [[400e6, 'USD', 'US$400m']]],
    ['2.5 billion euros', [[2.5e9, 'EUR', '2.5 billion euros']]],
    ['EUR 3 million', [[3e6, 'EUR', 'EUR 3 million']]],
    ['17,000 anti-tank weapons', [[17000, null, '17,000']]],
    ['two thousand missiles', [[2000, null, 'two thousand']]],
    ['twenty-five tanks', [[25, null, 'twenty-five']]],
    ['two hundred thousand rounds', [[200000, null, 'two hundred thousand']]],
    ['twelve drones', [[12, null, 'twelve']]],
    ['about 90 tonnes of aid', [[90, null, '90 tonnes']]],
    ['one million dollars', [[1e6, 'USD', 'one million dollars']]],
    ['one of the first', []],
    ['dozens of drones', []],
    ['an F-16 and an M142', []],
    ['155 mm shells', [[155, null, '155']]],
  ])('%s', (text, expected) => {
    expect(findEnglishNumbers(text).map((m) => [m.value, m.currency, m.text])).toEqual(expected);
  });

  it('marks approximate figures', () => {
    expect(findEnglishNumbers('about 300 troops')[0]!.approximate).toBe(true);
    expect(findEnglishNumbers('300 troops')[0]!.approximate).toBe(false);
  });

  it('reads number words', () => {
    expect(englishNumberWord('forty-two')).toBe(42);
    expect(englishNumberWord('many')).toBeNull();
  });
});

describe('findFigures splits sums of money from counts, the same in both languages', () => {
  const read = (text: string, language: 'nl' | 'en') => {
    const { amounts, counts } = findFigures(text, language);
    return {
      amounts: amounts.map((a) => [a.amount.value, a.amount.currency]),
      counts: counts.map((c) => c.quantity),
    };
  };
  it.each<[string, string]>([
    ['De VS geven $ 2 miljard uit.', 'The US is spending $2 billion.'],
    ['Biden keurde 350 miljoen dollar goed.', 'Biden approved 350 million dollars.'],
    ['Londen geeft 1,3 miljard pond.', 'London gives £1.3bn.'],
    ['Ze stuurden 17.000 antitankwapens.', 'They sent 17,000 anti-tank weapons.'],
    ['Groot-Brittannië leverde tweeduizend raketten.', 'Britain delivered two thousand missiles.'],
    [
      'Het stelt 60 miljard aan oorlogstuig beschikbaar.',
      'It makes 60 billion in weapons available.',
    ],
  ])('%s = %s', (nl, en) => {
    expect(read(en, 'en')).toEqual(read(nl, 'nl'));
    expect(read(nl, 'nl').amounts.length + read(nl, 'nl').counts.length).toBe(1);
  });

  it.each<[string, 'nl' | 'en']>([
    ['in 2019 voor het eerst', 'nl'],
    ['op 24 februari', 'nl'],
    ['twee dagen later', 'nl'],
    ['155 mm artilleriegranaten', 'nl'],
    ['waaronder Switchblade 600 drones', 'nl'],
    ['in de jaren 90', 'nl'],
    ['on February 24', 'en'],
    ['over 12 months', 'en'],
    ['dozens of drones', 'en'],
  ])('no count in "%s"', (text, language) => {
    expect(read(text, language)).toEqual({ amounts: [], counts: [] });
  });

  it('keeps a scaled number of things a count, and tonnes a count in tonnes', () => {
    expect(read('2 miljoen kogels', 'nl')).toEqual({ amounts: [], counts: [2e6] });
    const { counts } = findFigures('ongeveer 90 ton hulp', 'nl');
    expect(counts[0]).toMatchObject({ quantity: 90, unit: 'tonnes' });
  });
});

import { describe, expect, it } from 'vitest';
import { findFigures } from './figures';

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

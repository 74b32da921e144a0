import { describe, expect, it } from 'vitest';
import type { ArticleInput } from './candidate';
import { donorCodes, findDonors, isOrigin, ownCountry } from './donors';
import { findItems } from './terms';

const codes = (text: string, own: string | null = 'NL') =>
  donorCodes(findDonors(text, own ? { code: own } : null));

describe('findDonors names donors by name, adjective, capital or leader', () => {
  it.each<[string, string[]]>([
    ['De Amerikaanse president keurde het goed', ['US']],
    ['De Britten zijn bereid', ['GB']],
    ['Duitsland wil geen wapens leveren', ['DE']],
    ['De Navo kan opvoeren', ['NATO']],
    ['Dat vroeg Washington om steun', ['US']],
    ['Londen stuurt raketten', ['GB']],
    ['zoals ons land, maar ook Zweden', ['NL', 'SE']],
    ['The United States and NATO sent weapons', ['US', 'NATO']],
    ['The British and the Dutch pledged', ['GB', 'NL']],
    ['De Verenigde Staten en de VS', ['US']],
    ['Estland, Letland en Litouwen zijn van plan', ['EE', 'LV', 'LT']],
    ['Rusland en Oekraïne', []],
  ])('%s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['2.000 militairen vanuit de VS naar Polen en Duitsland', ['US']],
    ['troops go to Poland and Romania', []],
    ['al in Duitsland gestationeerd', []],
    ['Zweden, dat geen lid is van de NAVO', ['SE']],
    ['een NAVO-macht en een niet-Navo-lid', []],
    ['over de grenzen van Polen en Roemenië', []],
    ['60 miljard aan Amerikaans oorlogstuig', ['US']],
    ['de regering-Biden gaf groen licht', ['US']],
  ])('no donor where something goes or belongs: %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it('reads "ons land" only when the outlet’s country is known', () => {
    expect(codes('zoals ons land', null)).toEqual([]);
    expect(findDonors('zoals ons land', { code: 'BE' }, 5)[0]).toMatchObject({
      start: 11,
      end: 19,
      code: 'BE',
    });
    expect(codes('het gaat naar ons land')).toEqual([]);
  });
});

describe('ownCountry', () => {
  const article = (text: string, extra: Partial<ArticleInput> = {}): ArticleInput => ({
    id: 'x',
    text,
    published: '2022-03',
    language: 'nl',
    ...extra,
  });
  it('takes the outlet’s country when given', () => {
    expect(ownCountry(article('tekst', { country: 'BE' }))?.code).toBe('BE');
  });
  it('reads Belgian Dutch as Belgian, other Dutch as Dutch, English as unknown', () => {
    expect(ownCountry(article('de opportuniteit is voorbij, klinkt het'))?.code).toBe('BE');
    expect(ownCountry(article('het kabinet besloot'))?.code).toBe('NL');
    expect(ownCountry(article('our country', { language: 'en' }))).toBeNull();
  });
});

describe('isOrigin', () => {
  it('tells an adjective of an item (where it was made) from a donor', () => {
    const text = 'Estland wil Amerikaanse antitankraketten sturen';
    const [estonia, america] = findDonors(text, null);
    const items = findItems(text);
    expect(isOrigin(america!, items, text)).toBe(true);
    expect(isOrigin(estonia!, items, text)).toBe(false);
    const us = 'De VS sturen raketten';
    expect(isOrigin(findDonors(us, null)[0]!, findItems(us), us)).toBe(false);
  });
});

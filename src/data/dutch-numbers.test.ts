import { describe, expect, it } from 'vitest';
import { findDutchNumbers, parseDutchAmount, parseNumberWord } from './dutch-numbers';

type Expected = [
  value: number,
  currency: string | null,
  text: string,
  approximate?: boolean,
  unit?: string | null,
];

describe('findDutchNumbers reads figures as the articles print them', () => {
  const cases: Array<[string, Expected[]]> = [
    [
      '350 miljoen dollar (321 miljoen euro)',
      [
        [350e6, 'USD', '350 miljoen dollar'],
        [321e6, 'EUR', '321 miljoen euro'],
      ],
    ],
    ['nog eens $ 2 miljard uit', [[2e9, 'USD', '$ 2 miljard']]],
    ['beloofde Biden nog eens $ 500 miljoen aan', [[500e6, 'USD', '$ 500 miljoen']]],
    ['$500 miljoen', [[500e6, 'USD', '$500 miljoen']]],
    ['17.000 antitankwapens', [[17000, null, '17.000']]],
    ['meer dan 17.000 antitankwapens', [[17000, null, '17.000', true]]],
    ['tweeduizend lichte antitankwapens', [[2000, null, 'tweeduizend']]],
    ['Tweeduizend wapens', [[2000, null, 'Tweeduizend']]],
    ['ter waarde van zo’n 221 miljoen euro al', [[221e6, 'EUR', '221 miljoen euro', true]]],
    ["ter waarde van zo'n 221 miljoen euro al", [[221e6, 'EUR', '221 miljoen euro', true]]],
    ['ongeveer 90 ton ‘aan dodelijke hulp', [[90, null, '90 ton', true, 'tonnes']]],
    ['een wapenpakket van 60 miljoen dollar voor', [[60e6, 'USD', '60 miljoen dollar']]],
    ['60 miljard aan Amerikaans oorlogstuig', [[60e9, null, '60 miljard']]],
    ['ongeveer 30 miljard dollar aan', [[30e9, 'USD', '30 miljard dollar', true]]],
    ['maakte 200 miljoen dollar vrij', [[200e6, 'USD', '200 miljoen dollar']]],
    ['twaalf van zijn drones', [[12, null, 'twaalf']]],
    ["zo'n 2.000 troepen", [[2000, null, '2.000', true]]],
    ['Een 2.000-tal militairen', [[2000, null, '2.000-tal', true]]],
    ['nog eens een duizendtal troepen', [[1000, null, 'duizendtal', true]]],
    ['1.000 militairen', [[1000, null, '1.000']]],
    ['de 8.500 troepen', [[8500, null, '8.500']]],
    ['zo’n 127 duizend militairen', [[127000, null, '127 duizend', true]]],
    ['zo’n 40 duizend man', [[40000, null, '40 duizend', true]]],
    ['met 40.000 man', [[40000, null, '40.000']]],
    ['twee F-35-gevechtsvliegtuigen', [[2, null, 'twee']]],
    ['vier F-16’s in Litouwen', [[4, null, 'vier']]],
    ['dertien andere landen', [[13, null, 'dertien']]],
    ['1,5 miljard euro', [[1.5e9, 'EUR', '1,5 miljard euro']]],
    ['2,75 miljoen pond', [[2.75e6, 'GBP', '2,75 miljoen pond']]],
    ['€ 3 miljoen', [[3e6, 'EUR', '€ 3 miljoen']]],
    ['USD 10 miljoen', [[10e6, 'USD', 'USD 10 miljoen']]],
    ['10 mln. euro', [[10e6, 'EUR', '10 mln. euro']]],
    ['een miljoen', [[1e6, null, 'een miljoen']]],
    ['één miljard dollar', [[1e9, 'USD', 'één miljard dollar']]],
    ['tweeëntwintig tanks', [[22, null, 'tweeëntwintig']]],
    ['tweehonderdvijftig granaten', [[250, null, 'tweehonderdvijftig']]],
    ['17.000.', [[17000, null, '17.000']]],
    ['een fregat', []],
    ['de tweede keer', []],
    ['een eenheid', []],
    ['F-35', []],
    ['M142 HIMARS', []],
    ['', []],
    ['…!? 🚀 ¿', []],
  ];

  it.each(cases)('%s', (input, expected) => {
    const mentions = findDutchNumbers(input);
    expect(mentions.map((m) => [m.value, m.currency, m.text, m.approximate, m.unit])).toEqual(
      expected.map(([value, currency, text, approximate = false, unit = null]) => [
        value,
        currency,
        text,
        approximate,
        unit,
      ]),
    );
    for (const m of mentions) expect(input.slice(m.start, m.end)).toBe(m.text);
  });

  it('returns the figures of a paragraph in order', () => {
    const paragraph =
      'Een 2.000-tal militairen gaan naar Duitsland en Polen. 1.000 militairen gaan naar Roemenië. Die komen bovenop de 8.500 troepen.';
    expect(findDutchNumbers(paragraph).map((m) => m.value)).toEqual([2000, 1000, 8500]);
  });
});

describe('parseDutchAmount takes a phrase that is exactly one amount', () => {
  it.each([
    ['350 miljoen dollar', { value: 350e6, currency: 'USD', approximate: false }],
    ['  $ 2 miljard ', { value: 2e9, currency: 'USD', approximate: false }],
    ['zo’n 221 miljoen euro', { value: 221e6, currency: 'EUR', approximate: true }],
    ['tweeduizend', { value: 2000, currency: null, approximate: false }],
    ['17.000', { value: 17000, currency: null, approximate: false }],
  ])('%s', (phrase, expected) => {
    expect(parseDutchAmount(phrase)).toMatchObject(expected);
  });

  it.each(['geen getal', '350 miljoen dollar en 2 euro', 'bijna alles', '17.000 stuks', ''])(
    'rejects %j',
    (phrase) => {
      expect(parseDutchAmount(phrase)).toBeNull();
    },
  );
});

describe('parseNumberWord', () => {
  it.each([
    ['een', 1],
    ['elf', 11],
    ['twintig', 20],
    ['eenentwintig', 21],
    ['tweeentwintig', 22],
    ['honderd', 100],
    ['tweehonderd', 200],
    ['duizend', 1000],
    ['honderdduizend', 100000],
    ['tweehonderdduizend', 200000],
    ['vijfduizenddriehonderd', 5300],
  ])('%s = %i', (word, value) => {
    expect(parseNumberWord(word)).toBe(value);
  });

  it.each(['tweede', 'eenheid', 'honderden', 'eenhonderd', 'x'])('%s is no number', (word) => {
    expect(parseNumberWord(word)).toBeNull();
  });
});

describe('long digit runs', () => {
  it('keeps a decimal on a number too long for exact digits (found by the property tests)', () => {
    const [mention] = findDutchNumbers('1000000100000010000001,5');
    expect(mention!.value).toBe(Number('1000000100000010000001.5'));
  });
});

import { describe, expect, it } from 'vitest';
import { englishNumberWord, findEnglishNumbers } from './english-numbers';

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

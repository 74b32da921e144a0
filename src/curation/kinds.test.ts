import { describe, expect, it } from 'vitest';
import { findKinds, suggestKind } from './kinds';

const kind = (text: string) => suggestKind(findKinds(text));

describe('the aid verb suggests the kind', () => {
  it.each<[string, string | null]>([
    ['Biden beloofde nog eens $ 500 miljoen', 'pledge'],
    ['Washington heeft toegezegd raketten te leveren', 'pledge'],
    ['Groot-Brittannië leverde tweeduizend wapens', 'delivery'],
    ['De Verenigde Staten stuurden vrijdag een vliegtuig', 'delivery'],
    ['De regering gaf groen licht voor Stingers', 'approval'],
    ['Het pakket werd goedgekeurd', 'approval'],
    ['keurde Biden voor 350 miljoen dollar aan hulp goed', 'approval'],
    ['Duitsland wil voorlopig geen wapens leveren', 'refusal'],
    ['Een paar maanden geleden wilde het kabinet daar nog niet aan', 'refusal'],
    ['Dat vroeg Washington om meer steun', 'request'],
    ['een goedkeuringsverzoek voor de levering', 'request'],
    ['De Baltische staten zijn van plan raketten te sturen', 'intent'],
    ['De VS hebben in totaal 30 miljard uitgetrokken', 'cumulative'],
    ['Denemarken gaat vier F-16’s stationeren', 'deployment'],
    ['The US pledged $2 billion', 'pledge'],
    ['Britain delivered two thousand missiles', 'delivery'],
    ['Congress approved the package', 'approval'],
    ['Germany refused to send tanks', 'refusal'],
    ['Kyiv asked for jets', 'request'],
    ['Poland is willing to send jets', 'intent'],
    ['The troops were deployed to Romania', 'deployment'],
    ['Het weer was goed', null],
  ])('%s → %s', (text, expected) => {
    expect(kind(text)).toBe(expected);
  });

  it('finds each phrase once, in order, with offsets', () => {
    const found = findKinds('Ze beloofden en leverden.', 100);
    expect(found.map((k) => [k.text, k.kind, k.start])).toEqual([
      ['beloofden', 'pledge', 103],
      ['leverden', 'delivery', 116],
    ]);
  });
});

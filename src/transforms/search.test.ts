import { describe, expect, it } from 'vitest';
import dataset from '../../data/announcements.json';
import type { Dataset } from '../data/schema';
import { makeRecord } from '../test/make-record';
import {
  buildSearchIndex,
  matchRanges,
  normalise,
  searchIndexFor,
  searchRecords,
  searchableTexts,
  tokenise,
} from './search';

const data = dataset as Dataset;
const index = buildSearchIndex(data.announcements);
const find = (query: string) => [...(searchRecords(index, query) ?? [])].sort();

describe('normalise and tokenise', () => {
  it.each([
    ['accents and case', 'Oekraïne ÉÉN', ['oekraine', 'een']],
    ['a Dutch thousands point', '17.000 antitankwapens', ['17000', 'antitankwapens']],
    ['an English thousands comma', 'more than 17,000', ['more', 'than', '17000']],
    ['several groups', '1.500.000 en 1,500,000', ['1500000', 'en', '1500000']],
    ['a no-break space as thousands', '17\u00a0000', ['17000']],
    ['a Dutch decimal comma', '3,11 miljard', ['3.11', 'miljard']],
    ['an English decimal point', '$3.11B', ['3.11', 'b']],
    ['a number ending a sentence', 'in 2019.', ['in', '2019']],
    [
      'hyphens and apostrophes split words',
      'anti-tank F-16 Bidens’',
      ['anti', 'tank', 'f', '16', 'bidens'],
    ],
    ['letters and digits together', 'TB2 155mm', ['tb2', '155', 'mm']],
  ])('%s', (_name, text, tokens) => {
    expect(tokenise(text)).toEqual(tokens);
  });

  it('leaves text without marks as it is, in lower case', () => {
    expect(normalise('Javelin')).toBe('javelin');
  });
});

describe('searchRecords on the shipped dataset', () => {
  it.each([
    ['an excerpt word', 'verdedigingswapens', ['gb-intent-more-weapons']],
    ['a translation word', 'Javelin', ['us-delivery-javelin-2019', 'us-nato-anti-tank-17000']],
    ['a word without its accent', 'Oekraine grensregio', ['us-first-deliveries-350m']],
    ['a Dutch figure', '17.000', ['us-nato-anti-tank-17000']],
    ['an English figure', '17,000', ['us-nato-anti-tank-17000']],
    ['a bare figure', '17000', ['us-nato-anti-tank-17000']],
    ['a figure and a word, both needed', '17.000 antitankwapens', ['us-nato-anti-tank-17000']],
    ['the beginning of a word', 'antitankwap', ['us-nato-anti-tank-17000']],
    [
      'a word of a note',
      'Welt am Sonntag',
      [
        'de-refusal-weapons',
        'ee-request-gdr-howitzers',
        'gb-delivery-nlaw-2000',
        'nl-intent-defensive-weapons',
        'us-approval-baltic-transfers',
        'us-delivery-90-tonnes',
      ],
    ],
    ['a word of a note in Dutch only', 'verkenningsvluchten', ['us-refusal-surveillance-flights']],
    ['an item name in Dutch only', 'veldhospitaal', ['de-pledge-field-hospital']],
    ['a donor’s Dutch name', 'Zweden', ['se-military-aid-2022']],
    ['a donor’s English name', 'Sweden', ['se-military-aid-2022']],
  ])('%s: “%s”', (_name, query, ids) => {
    expect(find(query)).toEqual(expect.arrayContaining(ids));
  });

  it('finds the same records for a number however it is grouped', () => {
    expect(find('17,000')).toEqual(find('17.000'));
    expect(find('17000')).toEqual(find('17.000'));
  });

  it('finds nothing for a word no text holds, and only records holding every word', () => {
    expect(find('xylofoon')).toEqual([]);
    expect(find('Javelin xylofoon')).toEqual([]);
    expect(find('Javelin 2019')).toEqual(['us-delivery-javelin-2019']);
  });

  it('a number matches whole, not as the start of a longer one', () => {
    expect(find('17')).not.toContain('us-nato-anti-tank-17000');
  });

  it('a single letter matches a whole word only', () => {
    const small = buildSearchIndex([
      makeRecord({ id: 'word', note: 'Plan B.' }),
      makeRecord({ id: 'start', note: 'Britain' }),
    ]);
    expect(searchRecords(small, 'b')).toEqual(new Set(['word']));
    expect(searchRecords(small, 'br')).toEqual(new Set(['start']));
  });

  it('builds a dataset’s index once, on its first search', () => {
    expect(searchIndexFor(data.announcements)).toBe(searchIndexFor(data.announcements));
    expect(searchIndexFor(data.announcements)).not.toBe(searchIndexFor([...data.announcements]));
  });

  it('a query of no word or figure is no search', () => {
    expect(searchRecords(index, '')).toBeNull();
    expect(searchRecords(index, ' ,.– ')).toBeNull();
  });

  it('an empty dataset finds nothing', () => {
    expect(searchRecords(buildSearchIndex([]), 'javelin')).toEqual(new Set());
  });
});

describe('buildSearchIndex', () => {
  it('lists each record once per token, and the tokens sorted', () => {
    const twice = makeRecord({ id: 'twice', note: 'tank tank', donors: ['US'] });
    const small = buildSearchIndex([twice, makeRecord({ id: 'other', note: 'tank' })]);
    const at = small.tokens.indexOf('tank');
    expect([...small.postings[at]!]).toEqual([0, 1]);
    expect([...small.tokens]).toEqual([...small.tokens].sort());
  });

  it('reads every searchable field of a record, donors in both languages', () => {
    const record = makeRecord({
      donors: ['DE'],
      note: 'A note.',
      items: [{ category: 'medical', name: 'field hospital' }, { category: 'other' }],
      sources: [{ id: 's', excerpt: 'Een zin.', translation: 'A sentence.' }],
    });
    expect(searchableTexts(record)).toEqual([
      'Een zin.',
      'A sentence.',
      'A note.',
      'A note.',
      'field hospital',
      'veldhospitaal',
      'Germany',
      'Duitsland',
    ]);
    expect(searchableTexts(makeRecord({ donors: ['US'] }))).toEqual([
      'x',
      'x',
      'United States',
      'Verenigde Staten',
    ]);
  });
});

describe('matchRanges', () => {
  it.each([
    ['a word, accent-insensitive', 'naar Oekraïne.', 'oekraine', [[5, 13]]],
    [
      'a grouped figure',
      'meer dan 17.000 antitankwapens',
      '17000 antitank',
      [
        [9, 15],
        [16, 30],
      ],
    ],
    ['no query', 'anything', '  ', []],
    ['no match', 'anything', 'javelin', []],
  ] as const)('%s', (_name, text, query, ranges) => {
    expect(matchRanges(text, query)).toEqual(ranges);
  });
});

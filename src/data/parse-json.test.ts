import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadUserDataset } from './load-user-dataset';
import type { ExchangeRate } from './schema';
import { MAX_JSON_DEPTH, parseJson, tooDeep } from './parse-json';

const shipped = JSON.parse(readFileSync('data/announcements.json', 'utf8')) as {
  exchangeRates: ExchangeRate[];
  announcements: Array<Record<string, unknown>>;
};
const bytes = (text: string) => new TextEncoder().encode(text);
const nested = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

describe('parseJson on deeply nested input', () => {
  it.each([10_000, 100_000])(
    'says where an unclosed run of %i "[" ends, without recursion',
    (n) => {
      const parsed = parseJson('['.repeat(n));
      expect(parsed).toMatchObject({ ok: false, line: 1, column: n + 1 });
    },
  );

  it('finds the first bad character after deep nesting', () => {
    expect(parseJson(`${'['.repeat(50_000)}1}`)).toMatchObject({
      ok: false,
      column: 50_002,
      message: 'expected "," or "]" after array element, found "}"',
    });
  });
});

describe('tooDeep', () => {
  it('places the first container past the limit, ignoring brackets in strings', () => {
    expect(tooDeep(nested(MAX_JSON_DEPTH))).toBeNull();
    expect(tooDeep(`{"a": "[[[[[["}`, 2)).toBeNull();
    expect(tooDeep(`{"a":\n [[1]]}`, 2)).toEqual({ line: 2, column: 3 });
  });
});

describe('loading deeply nested files', () => {
  const load = (text: string) =>
    loadUserDataset([{ name: 'deep.json', bytes: bytes(text) }], shipped.exchangeRates);
  const record = JSON.stringify(shipped.announcements[0]);
  it.each([
    ['an unclosed run of 10,000 "["', '['.repeat(10_000)],
    ['an unclosed run of 100,000 "["', '['.repeat(100_000)],
    [
      'valid JSON nested 100,000 deep as the records',
      `{"schemaVersion":1,"sources":[],"exchangeRates":[],"announcements":${nested(100_000)}}`,
    ],
    [
      'a deep value where a kind should be',
      JSON.stringify({
        ...shipped,
        announcements: [{ ...shipped.announcements[0], kind: 'X' }],
      }).replace('"X"', nested(50_000)),
    ],
    [
      'a deep donor',
      `{"schemaVersion":1,"sources":[],"exchangeRates":[],"announcements":[${record.replace(/"donors":\[[^\]]*\]/, `"donors":[${nested(50_000)}]`)}]}`,
    ],
    [
      'a deep export block',
      JSON.stringify({ ...shipped, export: { a: 'X' } }).replace('"X"', nested(50_000)),
    ],
  ])('%s gets a located message', (_, text) => {
    const outcome = load(text);
    expect(outcome).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^deep\.json: nested more than 32 levels deep at line 1, column \d+;/,
      ),
    });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from './codes';
import { toJsonSchema } from './schema';

describe('data/announcements.schema.json', () => {
  it('is what src/data/schema.ts generates (run `npm run generate-schema` when this fails)', () => {
    const checkedIn = JSON.parse(readFileSync('data/announcements.schema.json', 'utf8')) as unknown;
    expect(checkedIn).toEqual(JSON.parse(JSON.stringify(toJsonSchema())));
  });
});

describe('country codes', () => {
  it('are the 249 distinct two-letter ISO 3166-1 codes', () => {
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect(COUNTRY_CODES.every((code) => /^[A-Z]{2}$/.test(code))).toBe(true);
    expect(COUNTRY_CODES).toEqual(expect.arrayContaining(['UA', 'US', 'GB', 'NL', 'BE']));
  });
});

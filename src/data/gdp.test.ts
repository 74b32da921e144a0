import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GDP_TABLE } from './gdp';
import { GdpTableSchema } from './gdp-schema';

describe('the GDP table in data/', () => {
  it('names its year and source and has a GDP for every country that donates in the dataset', () => {
    const dataset = JSON.parse(readFileSync('data/announcements.json', 'utf8')) as {
      announcements: Array<{ donors: string[] }>;
    };
    const countries = new Set(
      dataset.announcements.flatMap((r) => r.donors).filter((code) => /^[A-Z]{2}$/.test(code)),
    );
    expect(GDP_TABLE.year).toBe(2022);
    expect(GDP_TABLE.source).toMatch(/World Bank/);
    for (const code of countries) expect(GDP_TABLE.gdp[code], code).toBeGreaterThan(1e9);
  });

  it('passes its schema (the build checks the same)', () => {
    expect(GdpTableSchema.safeParse(GDP_TABLE).error).toBeUndefined();
  });

  it('rejects a table with an unknown country code or a negative GDP', () => {
    const bad = { ...GDP_TABLE, gdp: { XX: 1e9 } };
    expect(GdpTableSchema.safeParse(bad).success).toBe(false);
    expect(GdpTableSchema.safeParse({ ...GDP_TABLE, gdp: { US: -1 } }).success).toBe(false);
  });
});

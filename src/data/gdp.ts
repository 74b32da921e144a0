import gdpJson from '../../data/gdp.json';
import type { GdpTable } from './gdp-schema';

/**
 * The shipped table (data/gdp.json). It is checked against its schema (gdp-schema.ts) when the
 * app is built (scripts/built-in-data.ts) and by the unit tests, not in the page: the first view
 * does without zod.
 */
export const GDP_TABLE = gdpJson as GdpTable;

/** GDP by country code, for the "% of donor GDP" metric. */
export const GDP_BY_CODE: ReadonlyMap<string, number> = new Map(
  Object.entries(GDP_TABLE.gdp).filter(
    (entry): entry is [string, number] => entry[1] !== undefined,
  ),
);

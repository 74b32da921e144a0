import { z } from 'zod';
import gdpJson from '../../data/gdp.json';
import { COUNTRY_CODES } from './codes';

/** The donors' GDP table (data/gdp.json): one year, one source, US dollars by country code. */
export const GdpTableSchema = z.strictObject({
  year: z.number().int().min(2014),
  unit: z.literal('current US dollars'),
  source: z.string().regex(/\S/),
  sourceUrl: z.string().url(),
  note: z.string().regex(/\S/),
  gdp: z.partialRecord(
    z.enum(COUNTRY_CODES as [string, ...string[]]),
    z.number().positive().finite(),
  ),
});

export type GdpTable = z.infer<typeof GdpTableSchema>;

/** The shipped table, checked when the module loads (a broken table fails the build's tests). */
export const GDP_TABLE: GdpTable = GdpTableSchema.parse(gdpJson);

/** GDP by country code, for the "% of donor GDP" metric. */
export const GDP_BY_CODE: ReadonlyMap<string, number> = new Map(
  Object.entries(GDP_TABLE.gdp).filter(
    (entry): entry is [string, number] => entry[1] !== undefined,
  ),
);

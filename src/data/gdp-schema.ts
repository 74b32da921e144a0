import { z } from 'zod';
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

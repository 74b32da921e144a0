import type { Announcement } from '../data/schema';

/** What a dataset holds at a glance. */
export interface DatasetSummary {
  records: number;
  /** Distinct donor codes across all records (organisations included). */
  donors: number;
  /** Earliest start and latest end date, or null for an empty dataset. */
  firstDate: string | null;
  lastDate: string | null;
}

/** Counts records and donors and finds the date span, in one pass. */
export function summarise(records: readonly Announcement[]): DatasetSummary {
  const donors = new Set<string>();
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  for (const record of records) {
    for (const donor of record.donors) donors.add(donor);
    if (firstDate === null || record.date.start < firstDate) firstDate = record.date.start;
    if (lastDate === null || record.date.end > lastDate) lastDate = record.date.end;
  }
  return { records: records.length, donors: donors.size, firstDate, lastDate };
}

/** Calendar arithmetic on the contract's ISO days, read in UTC (no time-zone shift). */

const DAY = 86_400_000;

/** Epoch ms of the start of an ISO day (UTC). */
export function dayStart(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** Epoch ms of the end of an ISO day (UTC), i.e. the start of the next day. */
export function dayEnd(iso: string): number {
  return dayStart(iso) + DAY;
}

/** One day in ms. */
export const ONE_DAY = DAY;

/** The ISO day (UTC) an epoch-ms time falls on; the inverse of {@link dayStart}. */
export function isoDayOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

import type { Announcement } from '../data/schema';
import { dayStart, ONE_DAY } from '../data/days';
import { CATEGORIES, KINDS } from '../data/vocabulary';

/**
 * What the filters and the time window read of each record, as typed columns built once per
 * records array (a dataset's records do not change): a filter or a window is then one pass over
 * numbers, not over objects and strings (100,000 records in about a millisecond).
 */
export interface RecordColumns {
  /** The records the columns describe, in the same order. */
  records: readonly Announcement[];
  /** Epoch ms of the first day's start and of the last day's end (its next day's start). */
  start: Float64Array;
  end: Float64Array;
  /** The record's kind, as its place in KINDS. */
  kind: Uint8Array;
  /** The item categories it holds, one bit per place in CATEGORIES. */
  categories: Uint32Array;
  /** Its donors as numbers: record i's are donorList[donorFrom[i] … donorFrom[i + 1]). */
  donorFrom: Uint32Array;
  donorList: Uint16Array;
  /** Each donor code's number. */
  donorNumber: ReadonlyMap<string, number>;
}

const KIND_NUMBER = new Map<string, number>(KINDS.map((kind, i) => [kind, i]));
const CATEGORY_BIT = new Map<string, number>(CATEGORIES.map((c, i) => [c, 2 ** i]));
export const DEPLOYMENT = KIND_NUMBER.get('deployment')!;

const built = new WeakMap<readonly Announcement[], RecordColumns>();

/** The columns of `records`, built on the first call for this array and kept while it lives. */
export function recordColumns(records: readonly Announcement[]): RecordColumns {
  let columns = built.get(records);
  if (!columns) {
    columns = buildColumns(records);
    built.set(records, columns);
  }
  return columns;
}

function buildColumns(records: readonly Announcement[]): RecordColumns {
  const n = records.length;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const kind = new Uint8Array(n);
  const categories = new Uint32Array(n);
  const donorFrom = new Uint32Array(n + 1);
  const donors: number[] = [];
  const donorNumber = new Map<string, number>();
  // Dates repeat (bursts of news on one day): each ISO day is parsed once.
  const days = new Map<string, number>();
  const dayOf = (iso: string) => {
    let t = days.get(iso);
    if (t === undefined) days.set(iso, (t = dayStart(iso)));
    return t;
  };
  for (let i = 0; i < n; i++) {
    const record = records[i]!;
    start[i] = dayOf(record.date.start);
    end[i] = dayOf(record.date.end) + ONE_DAY;
    kind[i] = KIND_NUMBER.get(record.kind) ?? 255;
    let bits = 0;
    for (const item of record.items) bits |= CATEGORY_BIT.get(item.category) ?? 0;
    categories[i] = bits;
    donorFrom[i] = donors.length;
    for (const code of record.donors) {
      let number = donorNumber.get(code);
      if (number === undefined) donorNumber.set(code, (number = donorNumber.size));
      donors.push(number);
    }
  }
  donorFrom[n] = donors.length;
  return {
    records,
    start,
    end,
    kind,
    categories,
    donorFrom,
    donorList: Uint16Array.from(donors),
    donorNumber,
  };
}

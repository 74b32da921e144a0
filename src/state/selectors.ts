import type { Announcement } from '../data/schema';
import { dayEnd, dayStart } from '../data/days';
import { CATEGORIES, KINDS } from '../data/vocabulary';
import { DEPLOYMENT, recordColumns, type RecordColumns } from './record-columns';
import type { ViewState } from './store';

type Filters = Pick<ViewState, 'donors' | 'kinds' | 'categories' | 'showDeployments'>;

/** True when a record passes the donor, kind, category and deployment filters. */
export function matchesFilters(record: Announcement, filters: Filters): boolean {
  if (record.kind === 'deployment' && !filters.showDeployments) return false;
  if (filters.donors.length > 0 && !record.donors.some((d) => filters.donors.includes(d)))
    return false;
  if (filters.kinds.length > 0 && !filters.kinds.includes(record.kind)) return false;
  if (
    filters.categories.length > 0 &&
    !record.items.some((item) => filters.categories.includes(item.category))
  )
    return false;
  return true;
}

/** True when a record's date span overlaps the window [start, end). */
export function overlapsWindow(record: Announcement, window: [number, number] | null): boolean {
  if (!window) return true;
  return dayStart(record.date.start) < window[1] && dayEnd(record.date.end) > window[0];
}

/**
 * The filters as a test on a record's place in `columns`: a pass over typed columns, not over
 * objects (a donor filter at 100,000 records is a millisecond, not tens of them).
 */
function columnFilter(columns: RecordColumns, filters: Filters): (i: number) => boolean {
  const { kind, categories, donorFrom, donorList, donorNumber } = columns;
  const showDeployments = filters.showDeployments;
  let kindMask = 0;
  for (const k of filters.kinds) kindMask |= 2 ** KINDS.indexOf(k);
  let categoryMask = 0;
  for (const c of filters.categories) categoryMask |= 2 ** CATEGORIES.indexOf(c);
  const donorKept = new Uint8Array(donorNumber.size);
  for (const code of filters.donors) {
    const number = donorNumber.get(code);
    if (number !== undefined) donorKept[number] = 1;
  }
  const byDonor = filters.donors.length > 0;
  const byKind = filters.kinds.length > 0;
  const byCategory = filters.categories.length > 0;
  return (i) => {
    const k = kind[i]!;
    if (k === DEPLOYMENT && !showDeployments) return false;
    if (byKind && !(kindMask & (2 ** k))) return false;
    if (byCategory && !(categories[i]! & categoryMask)) return false;
    if (byDonor) {
      let kept = false;
      for (let j = donorFrom[i]!; j < donorFrom[i + 1]! && !kept; j++)
        kept = donorKept[donorList[j]!] === 1;
      if (!kept) return false;
    }
    return true;
  };
}

/** Records that pass the filters (the timeline draws these, whatever its window). */
export function selectFilteredRecords(
  records: readonly Announcement[],
  filters: Filters,
): Announcement[] {
  return selectRecordsInView(records, filters, null);
}

/**
 * Records that pass the filters and overlap the window [start, end) (the bar chart, the summary
 * and the donor table show these): the same records, in the same order, as
 * `records.filter((r) => matchesFilters(r, filters) && overlapsWindow(r, window))`, in one pass
 * over the records' columns (built once per records array).
 */
export function selectRecordsInView(
  records: readonly Announcement[],
  filters: Filters,
  window: readonly [number, number] | null,
): Announcement[] {
  const columns = recordColumns(records);
  const passes = columnFilter(columns, filters);
  const { start, end } = columns;
  const [from, to] = window ?? [-Infinity, Infinity];
  const kept: Announcement[] = [];
  for (let i = 0; i < records.length; i++)
    if (start[i]! < to && end[i]! > from && passes(i)) kept.push(records[i]!);
  return kept;
}

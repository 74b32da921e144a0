import type { Announcement } from '../data/schema';
import { dayEnd, dayStart } from '../data/days';
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

/** Records that pass the filters (the timeline draws these, whatever its window). */
export function selectFilteredRecords(
  records: readonly Announcement[],
  filters: Filters,
): Announcement[] {
  return records.filter((record) => matchesFilters(record, filters));
}

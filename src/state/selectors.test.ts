import { describe, expect, it } from 'vitest';
import { makeRecord, onDay } from '../test/make-record';
import { dayStart } from '../data/days';
import { generateSyntheticDataset } from '../data/synthetic';
import {
  matchesFilters,
  overlapsWindow,
  selectFilteredRecords,
  selectRecordsInView,
} from './selectors';
import { initialViewState } from './store';

const none = { donors: [], kinds: [], categories: [], showDeployments: false };

describe('matchesFilters', () => {
  const joint = makeRecord({ donors: ['NATO', 'US'], items: [{ category: 'anti-tank' }] });
  const deployment = makeRecord({ kind: 'deployment', recipient: 'PL' });

  it('keeps everything but deployments when no filter is set', () => {
    expect(matchesFilters(joint, none)).toBe(true);
    expect(matchesFilters(deployment, none)).toBe(false);
    expect(matchesFilters(deployment, { ...none, showDeployments: true })).toBe(true);
  });

  it('matches a joint record by any of its donors', () => {
    expect(matchesFilters(joint, { ...none, donors: ['NATO'] })).toBe(true);
    expect(matchesFilters(joint, { ...none, donors: ['GB'] })).toBe(false);
  });

  it('filters by kind and by item category', () => {
    expect(matchesFilters(joint, { ...none, kinds: ['delivery'] })).toBe(false);
    expect(matchesFilters(joint, { ...none, categories: ['anti-tank'] })).toBe(true);
    expect(matchesFilters(joint, { ...none, categories: ['medical'] })).toBe(false);
  });
});

describe('time window', () => {
  const week = makeRecord({
    date: { start: '2022-01-17', end: '2022-01-23', precision: 'week', basis: 'inferred' },
  });
  const day = makeRecord({ date: onDay('2022-02-24') });

  it('keeps a record whose span overlaps the window at all', () => {
    expect(overlapsWindow(week, [dayStart('2022-01-23'), dayStart('2022-02-01')])).toBe(true);
    expect(overlapsWindow(week, [dayStart('2022-01-24'), dayStart('2022-02-01')])).toBe(false);
    expect(overlapsWindow(day, null)).toBe(true);
  });

  it('selects by filters for the timeline, whatever the window', () => {
    const records = [week, day];
    const zoomed = {
      ...initialViewState,
      timeWindow: [dayStart('2022-02-01'), dayStart('2022-03-01')] as [number, number],
    };
    expect(selectFilteredRecords(records, zoomed)).toEqual(records);
    expect(selectFilteredRecords(records, { ...initialViewState, kinds: ['refusal'] })).toEqual([]);
  });
});

describe('selectRecordsInView (typed columns)', () => {
  const { announcements: records } = generateSyntheticDataset({ size: 3000, seed: 3 });
  const start = dayStart(records[0]!.date.start);
  const spans: Array<[number, number] | null> = [null, [start, start + 90 * 86_400_000]];
  const filterSets = [
    none,
    { ...none, showDeployments: true },
    { ...none, donors: [records[0]!.donors[0]!, 'NATO'] },
    { ...none, donors: ['XX'] },
    { ...none, kinds: ['delivery' as const, 'pledge' as const], categories: ['drones' as const] },
    { ...none, showDeployments: true, kinds: ['deployment' as const] },
  ];

  it('keeps exactly the records, in order, that the object-wise tests keep', () => {
    for (const filters of filterSets)
      for (const window of spans) {
        const expected = records.filter(
          (r) => matchesFilters(r, filters) && overlapsWindow(r, window),
        );
        expect(selectRecordsInView(records, filters, window)).toEqual(expected);
      }
  });

  it('selects for the timeline by the filters alone', () => {
    for (const filters of filterSets)
      expect(selectFilteredRecords(records, filters)).toEqual(
        records.filter((r) => matchesFilters(r, filters)),
      );
  });
});

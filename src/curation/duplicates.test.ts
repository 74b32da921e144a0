import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Announcement, Dataset } from '../data/schema';
import { close, findDuplicates, gapInDays, suggestPartOf, type DraftLike } from './duplicates';

const shipped = (JSON.parse(readFileSync('data/announcements.json', 'utf8')) as Dataset)
  .announcements;
const record = (id: string) => shipped.find((r) => r.id === id)!;
/** A shipped record as a draft of a new article would give it (no id: it is not in the dataset yet). */
const asDraft = ({ donors, kind, amount, date, items }: Announcement): DraftLike => ({
  donors,
  kind,
  amount,
  date,
  items,
});
const day = (d: string) => ({
  start: d,
  end: d,
  precision: 'day' as const,
  basis: 'inferred' as const,
});

describe('findDuplicates points out a record the draft likely repeats', () => {
  it('finds the same event in the dataset: same donor, a close amount, dates near', () => {
    const draft: DraftLike = {
      donors: ['US'],
      kind: 'approval',
      amount: { value: 350e6, currency: 'USD' },
      date: day('2022-02-27'),
    };
    const [first] = findDuplicates(draft, shipped);
    expect(first).toMatchObject({
      id: 'us-approval-350m',
      because: ['donor', 'date', 'kind', 'amount'],
    });
    expect(first!.reason).toContain('add as a second source of that record?');
  });

  it('finds a deployment by its quantity of troops', () => {
    const draft = asDraft(record('us-deploy-2000-poland-germany'));
    expect(findDuplicates(draft, shipped).map((m) => m.id)).toContain(
      'us-deploy-2000-poland-germany',
    );
    expect(
      findDuplicates({ ...draft, id: 'us-deploy-2000-poland-germany' }, shipped).map((m) => m.id),
    ).not.toContain('us-deploy-2000-poland-germany');
  });

  it('finds a record without figures by its items, kind and date', () => {
    const ids = findDuplicates(asDraft(record('de-refusal-weapons')), shipped).map((m) => m.id);
    expect(ids).toEqual(['de-refusal-weapons']);
  });

  it('is not fooled by another donor, a far date, another kind or another sum', () => {
    const base: DraftLike = {
      donors: ['US'],
      kind: 'pledge',
      amount: { value: 500e6, currency: 'USD' },
      date: day('2023-02-20'),
    };
    expect(findDuplicates(base, shipped).map((m) => m.id)).toEqual(['us-pledge-500m-kyiv']);
    expect(findDuplicates({ ...base, donors: ['GB'] }, shipped)).toEqual([]);
    expect(findDuplicates({ ...base, date: day('2022-06-01') }, shipped)).toEqual([]);
    expect(findDuplicates({ ...base, kind: 'delivery' }, shipped)).toEqual([]);
    expect(findDuplicates({ ...base, amount: { value: 900e6, currency: 'USD' } }, shipped)).toEqual(
      [],
    );
    expect(findDuplicates({ ...base, amount: { value: 500e6, currency: 'EUR' } }, shipped)).toEqual(
      [],
    );
    expect(findDuplicates({ ...base, date: null }, shipped)).toEqual([]);
    expect(findDuplicates({ ...base, donors: [] }, shipped)).toEqual([]);
  });
});

describe('suggestPartOf finds the earlier package a delivery belongs to', () => {
  it.each([
    ['us-first-deliveries-350m', 'us-approval-350m'],
    ['us-delivered-221m-eur', 'us-approval-350m'],
    ['us-delivery-60m-completed-november-2021', 'us-pledge-60m-august-2021'],
  ])('%s is part of %s', (delivery, pkg) => {
    expect(suggestPartOf(asDraft(record(delivery)), shipped)?.id).toBe(pkg);
  });

  it('suggests nothing for what is no single donor’s delivery, or when no package fits', () => {
    expect(suggestPartOf(asDraft(record('us-approval-350m')), shipped)).toBeNull();
    expect(suggestPartOf(asDraft(record('us-nato-anti-tank-17000')), shipped)).toBeNull();
    expect(suggestPartOf(asDraft(record('tr-delivery-bayraktar-tb2')), shipped)).toBeNull();
    const british: DraftLike = {
      donors: ['GB'],
      kind: 'delivery',
      amount: null,
      date: day('2022-02-25'),
    };
    expect(suggestPartOf(british, shipped)).toBeNull();
    // More dollars than any dollar package: only the package printed without a currency is left.
    const tooBig: DraftLike = {
      ...british,
      donors: ['US'],
      amount: { value: 90e9, currency: 'USD' },
      date: day('2023-02-25'),
    };
    expect(suggestPartOf(tooBig, shipped)?.id).toBe('us-pledge-60bn-doubtful');
    expect(suggestPartOf({ ...tooBig, date: null }, shipped)).toBeNull();
  });
});

describe('helpers', () => {
  it('close: within ten per cent', () => {
    expect(close(221, 240)).toBe(true);
    expect(close(200, 350)).toBe(false);
  });
  it('gapInDays: 0 for overlapping spans, else the days between', () => {
    expect(gapInDays(day('2022-01-01'), day('2022-01-08'))).toBe(7);
    expect(gapInDays(day('2022-01-08'), day('2022-01-01'))).toBe(7);
    expect(gapInDays({ ...day('2022-01-01'), end: '2022-01-31' }, day('2022-01-08'))).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { createRateIndex } from '../../data/rates';
import { makeRecord, usd } from '../../test/make-record';
import { absentGroups, categoriesWithQuantities, hasBar } from './bar-absent';
import { layoutBars } from './bar-layout';
import { GDP_BY_CODE } from '../../data/gdp';
import type { Announcement, Category } from '../../data/schema';
import type { Metric } from '../../state/store';

const rates = createRateIndex([]);
const us = makeRecord({ amount: usd(3e9) });
const gbRefusal = makeRecord({ kind: 'refusal', donors: ['GB'] });
const nato = makeRecord({ donors: ['NATO'], amount: usd(1e6) });
const joint = makeRecord({
  kind: 'delivery',
  donors: ['US', 'NATO'],
  items: [{ category: 'anti-tank', quantity: 17000, unit: 'pieces' }],
});
const deNoCount = makeRecord({
  kind: 'delivery',
  donors: ['DE'],
  items: [{ category: 'anti-tank', name: 'anti-tank weapons' }],
});
const deployment = makeRecord({
  kind: 'deployment',
  donors: ['ES'],
  recipient: 'NATO',
  items: [{ category: 'anti-tank' }],
});
const records = [us, gbRefusal, nato, joint, deNoCount, deployment];

const absent = (
  metric: Metric,
  list: readonly Announcement[] = records,
  category: Category = 'anti-tank',
) => absentGroups(layoutBars(list, rates, metric, category, GDP_BY_CODE), list, metric, category);

describe('absentGroups', () => {
  it('names every donor without a sum once, in dollars', () => {
    expect(absent('usd')).toEqual([
      { donors: ['DE'], reason: 'noSum' },
      { donors: ['GB'], reason: 'noSum' },
      { donors: ['NATO', 'US'], reason: 'noSum' },
    ]);
  });

  it('says why a donor has no share of GDP', () => {
    expect(absent('gdp')).toEqual(
      expect.arrayContaining([
        { donors: ['NATO'], reason: 'noGdp' },
        { donors: ['NATO', 'US'], reason: 'noGdp' },
        { donors: ['GB'], reason: 'noSum' },
      ]),
    );
    expect(absent('gdp', [makeRecord({ donors: ['TW'], amount: usd(5) })])).toEqual([
      { donors: ['TW'], reason: 'noGdpFigure' },
    ]);
  });

  it('names the donors with records of the category but no count, never a deployment', () => {
    expect(absent('quantity')).toEqual([{ donors: ['DE'], reason: 'noCount' }]);
    expect(
      absent('quantity', [makeRecord({ kind: 'cumulative', items: [{ category: 'anti-tank' }] })]),
    ).toEqual([]);
  });

  it('names none when announcements are counted', () => {
    expect(absent('count')).toEqual([]);
  });
});

describe('hasBar', () => {
  it.each([
    ['a committed sum', { committed: 1, delivered: 0, references: [] }, true],
    ['a delivered sum alone', { committed: 0, delivered: 1, references: [] }, true],
    ['a running total alone', { committed: 0, delivered: 0, references: [{}] }, true],
    ['nothing', { committed: 0, delivered: 0, references: [] }, false],
  ])('%s', (_name, row, expected) => {
    expect(hasBar(row as never)).toBe(expected);
  });
});

it('offers the categories some aid record counts', () => {
  expect(categoriesWithQuantities(records)).toEqual(['anti-tank']);
  expect(
    categoriesWithQuantities([
      makeRecord({
        kind: 'deployment',
        items: [{ category: 'troops', quantity: 5, unit: 'troops' }],
      }),
    ]),
  ).toEqual([]);
});

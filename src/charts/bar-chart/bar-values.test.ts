import { describe, expect, it } from 'vitest';
import { i18nFor } from '../../i18n/i18n';
import { makeRecord, usd } from '../../test/make-record';
import type { BarRow } from './bar-layout';
import { metricFormat, rowValues, valueLines } from './bar-values';

const { t } = i18nFor('en');
const row = (overrides: Partial<BarRow>): BarRow => ({
  group: 'US',
  donors: ['US'],
  committed: 0,
  delivered: 0,
  committedSegments: [],
  deliveredSegments: [],
  references: [],
  announcements: 1,
  unvalued: 0,
  ...overrides,
});
const format = metricFormat('usd', null, i18nFor('en'));

describe('rowValues and valueLines: one set of words for the screen and the download', () => {
  it('writes committed, delivered and a running total off the scale', () => {
    const total = makeRecord({ kind: 'cumulative', amount: usd(30e9) });
    const values = rowValues(
      row({ committed: 3.11e9, delivered: 1e9, references: [{ record: total, value: 30e9 }] }),
      'usd',
      format,
      4e9,
      t,
    );
    expect(values).toMatchObject({ committed: '$3.11B', missing: null, delivered: '$1B' });
    expect(valueLines(values, t)).toEqual([
      '$3.11B',
      'delivered $1B',
      `★ $30B ${t.bars.runningTotal} ${t.bars.offScale}`,
    ]);
  });

  it('says "no sum printed" for a donor without a sum, short on a phone', () => {
    const values = rowValues(row({}), 'usd', format, 1, t);
    expect(values.missing).toEqual({ text: t.bars.noSum, short: t.bars.noSumShort });
    expect(valueLines(values, t)).toEqual([t.bars.noSum]);
  });

  it('gives the reason for a missing share of GDP: an organisation or a joint group', () => {
    const nato = rowValues(row({ group: 'NATO', donors: ['NATO'] }), 'gdp', format, 1, t);
    expect(nato.missing?.text).toBe(t.bars.noGdp);
    const joint = rowValues(row({ group: 'EE+LT', donors: ['EE', 'LT'] }), 'gdp', format, 1, t);
    expect(joint.missing?.text).toBe(t.bars.noGdp);
  });

  it('never writes delivered when announcements are counted', () => {
    const values = rowValues(row({ committed: 3, delivered: 2 }), 'count', (v) => `${v}`, 5, t);
    expect(values.delivered).toBeNull();
  });
});

describe('metricFormat', () => {
  const i18n = i18nFor('en');
  it.each([
    ['usd', null, 350e6, '$350M'],
    ['gdp', null, 0.013, '0.013%'],
    ['count', null, 12, '12'],
    ['quantity', 'pieces', 17000, '17,000'],
    ['quantity', 'tonnes', 90, `90 ${i18n.t.units.tonnes}`],
  ] as const)('%s in %s: %d reads %s', (metric, unit, value, expected) => {
    expect(metricFormat(metric, unit, i18n)(value)).toBe(expected);
  });
});

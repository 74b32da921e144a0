import { describe, expect, it } from 'vitest';
import { formatRecordDate, describeRecordDate } from './record-date';
import {
  formatDay,
  formatMonth,
  formatNumber,
  formatPercent,
  formatUsdCompact,
  groupName,
  partyName,
} from './format';

describe('formatUsdCompact', () => {
  it.each([
    [350e6, '$350M', '350 miljoen dollar'],
    [2e9, '$2B', '2 miljard dollar'],
    [3.1e9, '$3.1B', '3,1 miljard dollar'],
    [1.5e6, '$1.5M', '1,5 miljoen dollar'],
    [12.46e9, '$12.5B', '12,5 miljard dollar'],
    [3.114e9, '$3.11B', '3,11 miljard dollar'],
    [1.049e9, '$1.05B', '1,05 miljard dollar'],
    [3.54e12, '$3.54T', '3,54 biljoen dollar'],
    [221e6 * 1.1, '$243M', '243 miljoen dollar'],
    [250_000, '$250K', '250.000 dollar'],
    [0, '$0', '0 dollar'],
  ])('%d → %j in English, %j in Dutch', (value, english, dutch) => {
    expect(formatUsdCompact(value, 'en')).toBe(english);
    expect(formatUsdCompact(value, 'nl')).toBe(dutch);
  });
});

it('rounds before it chooses the word: 999.6 million is 1 miljard', () => {
  expect(formatUsdCompact(999.6e6, 'nl')).toBe('1 miljard dollar');
});

describe('numbers, per cents, dates and names in either language', () => {
  it('groups thousands and writes decimals as each language does', () => {
    expect(formatNumber(17000, 'en')).toBe('17,000');
    expect(formatNumber(17000, 'nl')).toBe('17.000');
    expect(formatNumber(2.5, 'nl', 1)).toBe('2,5');
  });

  it('writes small shares of GDP with two significant digits', () => {
    expect(formatPercent(0.0123, 'en')).toBe('0.012%');
    expect(formatPercent(0.0123, 'nl')).toBe('0,012%');
    expect(formatPercent(1, 'nl')).toBe('1%');
  });

  it('names days and months in the reader’s language', () => {
    expect(formatDay('2022-02-26', 'en')).toBe('26 Feb 2022');
    expect(formatDay('2022-02-26', 'nl')).toMatch(/^26 feb\.? 2022$/);
    expect(formatMonth('2022-03', 'en')).toBe('Mar 2022');
    expect(formatMonth('2022-03', 'nl')).toMatch(/^mrt\.? 2022$/);
  });

  it('says "around" / "rond" for an inferred date', () => {
    const date = {
      start: '2022-01-17',
      end: '2022-01-23',
      precision: 'week',
      basis: 'inferred',
    } as const;
    expect(describeRecordDate(date, 'en')).toBe('around 17–23 Jan 2022');
    expect(describeRecordDate(date, 'nl')).toMatch(/^rond 17–23 jan\.? 2022$/);
    expect(formatRecordDate({ ...date, basis: 'explicit' }, 'nl')).toMatch(/^17–23 jan/);
  });

  it('names donors in the reader’s language', () => {
    expect(partyName('US', 'nl')).toBe('Verenigde Staten');
    expect(partyName('DE', 'en')).toBe('Germany');
    expect(groupName(['EE', 'LV', 'LT'], 'nl')).toBe('Estland + Litouwen + Letland');
    expect(groupName(['US', 'NATO'], 'en')).toBe('NATO + United States');
  });
});

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
  expect(formatUsdCompact(999.6e6, 'en')).toBe('$1B');
});

it('writes Dutch amounts under a million as whole dollars, unrounded', () => {
  expect(formatUsdCompact(251_234.4, 'nl')).toBe('251.234 dollar');
  expect(formatUsdCompact(999_000, 'nl')).toBe('999.000 dollar');
  expect(formatUsdCompact(12.5, 'nl')).toBe('13 dollar');
});

it('writes English amounts as Intl’s compact notation does, from cents to trillions', () => {
  const intl = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    maximumSignificantDigits: 3,
  });
  // Every power of ten and the figures around it, and a walk of odd steps through the range.
  const values = [0];
  for (let exponent = 0; exponent <= 14; exponent++)
    for (const mantissa of [1, 1.049, 1.5, 2.345, 9.99, 9.996])
      values.push(mantissa * 10 ** exponent);
  for (let value = 1.37; value < 1e14; value *= 1.731) values.push(value);
  // Up to what the scales name: $1,000T is past the largest.
  for (const value of values.filter((v) => v < 999.5e12))
    expect(formatUsdCompact(value, 'en'), String(value)).toBe(intl.format(value));
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

  it('names the organisations in Dutch as Dutch papers do', () => {
    expect(partyName('NATO', 'nl')).toBe('NAVO');
    expect(partyName('EU', 'nl')).toBe('Europese Unie');
    expect(partyName('EU', 'en')).toBe('European Union');
    expect(groupName(['US', 'NATO'], 'nl')).toBe('NAVO + Verenigde Staten');
    expect(groupName(['EU', 'DE'], 'nl')).toBe('Duitsland + Europese Unie');
  });

  it('names a country the organisations do not hold by its region name', () => {
    expect(partyName('XK', 'nl')).toBe('Kosovo');
    expect(partyName('UA', 'nl')).toBe('Oekraïne');
  });
});

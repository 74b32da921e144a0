import { describe, expect, it } from 'vitest';
import { i18nFor } from './i18n';

describe('i18nFor', () => {
  it('gives the words and formats of one language', () => {
    const nl = i18nFor('nl');
    expect(nl.locale).toBe('nl-NL');
    expect(nl.t.title).toBe('Militaire steun aan Oekraïne');
    expect(nl.day('2022-02-26').replace('.', '')).toBe('26 feb 2022');
    expect(nl.month('2022-03').replace('.', '')).toBe('mrt 2022');
    expect(nl.usd(2e9)).toBe('2 miljard dollar');
    expect(nl.number(17000)).toBe('17.000');
    expect(nl.number(2.25, 1)).toMatch(/^2,[23]$/);
    expect(nl.percent(0.0123)).toBe('0,012%');
    expect(nl.party('NATO')).toBe('NAVO');
    expect(nl.group(['US', 'EU'])).toBe('Europese Unie + Verenigde Staten');
    expect(nl.kind('pledge')).toBe('Toezegging');
    expect(nl.category('air-defence')).toBe('luchtverdediging');
    const inferred = {
      start: '2022-01-21',
      end: '2022-01-21',
      precision: 'day',
      basis: 'inferred',
    } as const;
    expect(nl.recordDate(inferred).replace('.', '')).toBe('21 jan 2022');
    expect(nl.describeDate(inferred).replace('.', '')).toBe('21 jan 2022');
    expect(nl.describeDate({ ...inferred, end: '2022-01-23', precision: 'week' })).toMatch(
      /^rond 21–23 jan\.? 2022$/,
    );
  });

  it('builds each language once, and English apart from Dutch', () => {
    expect(i18nFor('en')).toBe(i18nFor('en'));
    expect(i18nFor('en').t).not.toBe(i18nFor('nl').t);
    expect(i18nFor('en').usd(2e9)).toBe('$2B');
    expect(i18nFor('en').kind('pledge')).toBe('Pledge');
  });
});

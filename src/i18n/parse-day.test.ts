import { describe, expect, it } from 'vitest';
import { formatDay } from './format';
import { parseDay } from './parse-day';

describe('parseDay', () => {
  it('reads the day as each language shows it, so a shown day reads back', () => {
    for (const iso of ['2022-02-24', '2021-09-05', '2023-03-31', '2019-05-01', '2022-10-13'])
      for (const language of ['en', 'nl'] as const)
        expect(parseDay(formatDay(iso, language))).toBe(iso);
  });

  it('reads month names of either language, short or long, in any case, with a stop or not', () => {
    expect(parseDay('24 February 2022')).toBe('2022-02-24');
    expect(parseDay('24 februari 2022')).toBe('2022-02-24');
    expect(parseDay('1 MRT 2022')).toBe('2022-03-01');
    expect(parseDay('1 mar. 2022')).toBe('2022-03-01');
    expect(parseDay('3 mei 2022')).toBe('2022-05-03');
    expect(parseDay('3 May 2022')).toBe('2022-05-03');
    expect(parseDay('12 okt 2022')).toBe('2022-10-12');
    expect(parseDay('12 Sept 2022')).toBe('2022-09-12');
    expect(parseDay('  12   sep   2022 ')).toBe('2022-09-12');
  });

  it('reads numeric days day first, and ISO days', () => {
    expect(parseDay('24-02-2022')).toBe('2022-02-24');
    expect(parseDay('3/4/2022')).toBe('2022-04-03');
    expect(parseDay('03.04.2022')).toBe('2022-04-03');
    expect(parseDay('2022-02-24')).toBe('2022-02-24');
  });

  it('reads no day that is not one: no real date, a short year, an unknown month, month first', () => {
    for (const text of [
      '',
      '30 Feb 2022',
      '31-04-2022',
      '24 Feb 22',
      '24 Feb 202',
      '24 Fbr 2022',
      '02/24/2022',
      '2022-13-01',
      'Feb 24 2022',
      '0999-01-01',
    ])
      expect(parseDay(text)).toBeNull();
  });
});

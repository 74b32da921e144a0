import { describe, expect, it } from 'vitest';
import { ONE_DAY, dayEnd, dayStart, isoDayOf } from './days';

describe('ISO days', () => {
  it('reads a day in UTC and writes it back, whatever the time within it', () => {
    for (const day of ['2022-02-24', '2024-02-29', '2025-12-31']) {
      expect(isoDayOf(dayStart(day))).toBe(day);
      expect(isoDayOf(dayEnd(day) - 1)).toBe(day);
      expect(dayEnd(day) - dayStart(day)).toBe(ONE_DAY);
    }
  });
});

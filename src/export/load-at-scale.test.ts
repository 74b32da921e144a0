import { describe, expect, it } from 'vitest';
import { generateSyntheticDataset } from '../data/synthetic';
import {
  loadUserDataset,
  MAX_FILE_BYTES,
  MAX_RECORDS_HINT,
  type LoadProgress,
} from '../data/load-user-dataset';
import { createRateIndex } from '../data/rates';
import { recordsToCsv } from './records-export';

// The loader's limit and progress, measured on files as a reader would have them: the bench's
// generated records, as the contract's JSON and as the app's own CSV download.
const sample = generateSyntheticDataset({ size: 400, seed: 5 });
const files = {
  json: JSON.stringify(sample),
  csv: recordsToCsv(sample.announcements, createRateIndex(sample.exchangeRates), sample.sources),
};

describe('loading at scale', () => {
  it.each(['json', 'csv'] as const)(
    'admits %s files of 100,000 records under the size limit',
    (format) => {
      const perRecord = new TextEncoder().encode(files[format]).length / 400;
      expect(perRecord * MAX_RECORDS_HINT).toBeLessThan(MAX_FILE_BYTES);
    },
  );

  it.each(['csv', 'json'] as const)(
    'moves through the records of a %s file, step by step, never backwards',
    (format) => {
      const heard: LoadProgress[] = [];
      const outcome = loadUserDataset(
        [{ name: `big.${format}`, bytes: new TextEncoder().encode(files[format]) }],
        sample.exchangeRates,
        (p) => heard.push(p),
      );
      expect(outcome.ok).toBe(true);
      const percents = heard.map((p) => p.percent);
      expect(percents).toEqual([...percents].sort((a, b) => a - b));
      // Within the checks, and (CSV) within the reading of the rows: more than the steps' starts.
      expect(heard.filter((p) => p.stage === 'validating').length).toBeGreaterThan(20);
      if (format === 'csv')
        expect(
          heard.filter((p) => p.stage === 'parsing' && p.percent > 10 && p.percent < 55).length,
        ).toBeGreaterThan(20);
      expect(percents.at(-1)).toBe(100);
    },
  );
});

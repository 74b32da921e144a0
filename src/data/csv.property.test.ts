import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { csvToDataset } from './csv';
import { parseCsv } from './csv-parse';
import { validateDataset } from './validate';

const RUNS = { numRuns: 2000 };
// Thousands of cases take seconds, more on a busy two-core CI machine.
vi.setConfig({ testTimeout: 120_000 });
const shipped = JSON.parse(readFileSync('data/announcements.json', 'utf8')) as {
  exchangeRates: unknown[];
};
const sample = readFileSync('public/sample-announcements.csv', 'utf8');

/** Cells that are hard for a CSV reader: commas, quotes, line breaks, a BOM, non-Latin text. */
const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc
    .array(fc.constantFrom('a', ',', '"', '\n', '\r\n', ' ', 'ë', '’', '\uFEFF', 'é'), {
      maxLength: 8,
    })
    .map((parts) => parts.join('')),
);

/** Writes a grid as RFC 4180: every field quoted, quotes doubled, the chosen line ending. */
function writeCsv(grid: string[][], eol: string): string {
  return grid.map((row) => row.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')).join(eol);
}

describe('parseCsv', () => {
  it('reads back any grid a spreadsheet writes, with the line each row starts on', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.boolean(),
        (grid, eol, bom, finalEol) => {
          const text = `${bom ? '\uFEFF' : ''}${writeCsv(grid, eol)}${finalEol ? eol : ''}`;
          const parsed = parseCsv(text);
          if (!parsed.ok) throw new Error(`failed at line ${parsed.line}: ${parsed.message}`);
          // Header names are trimmed (" id" is the id column); cells are kept exactly.
          expect(parsed.header).toEqual(grid[0]!.map((h) => h.trim()));
          expect(parsed.rows.map((r) => r.cells)).toEqual(grid.slice(1));
          // Line of each row = 1 + the line breaks before it (breaks inside quoted cells count).
          let line = 1 + grid[0]!.join('').split('\n').length - 1 + 1;
          for (const [i, row] of parsed.rows.entries()) {
            expect(row.line).toBe(line);
            line += grid[i + 1]!.join('').split('\n').length;
          }
        },
      ),
      RUNS,
    );
  });

  it('on any text returns rows or a line-numbered reason, never throws', () => {
    const csvish = fc
      .array(fc.constantFrom('a', 'b', ',', '"', '""', '\n', '\r', '\r\n', ' ', '1'), {
        maxLength: 40,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(csvish, fc.string({ unit: 'binary' })), (text) => {
        const parsed = parseCsv(text);
        if (!parsed.ok) {
          expect(parsed.message).not.toBe('');
          expect(parsed.line).toBeGreaterThanOrEqual(1);
          expect(parsed.line).toBeLessThanOrEqual(text.split(/\r\n|\r|\n/).length);
        }
      }),
      RUNS,
    );
  });
});

describe('csvToDataset and the validator on mutated CSV', () => {
  it('a mutated sample gives records or typed problems, never a crash, and loses no row', () => {
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 20 }),
      insert: fc.oneof(
        fc.constantFrom(',', '"', '\n', ';', ':', '=', '350.000.000', '$', '2002', 'XX', ''),
        fc.string({ maxLength: 6 }),
      ),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = sample;
        for (const { at, remove, insert } of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + remove);
        }
        const csv = csvToDataset(text, shipped.exchangeRates);
        for (const problem of csv.problems) {
          expect(typeof problem.path).toBe('string');
          expect(problem.message).not.toBe('');
        }
        if (!csv.raw) {
          expect(csv.problems.length).toBeGreaterThan(0);
          return;
        }
        const result = validateDataset(csv.raw, new Map(), { requireTexts: false });
        const parsed = parseCsv(text);
        if (!parsed.ok) throw new Error('raw without a parse');
        // Every row is accounted for: shown, rejected by the CSV reader, or by the validator.
        const shown = result.dataset?.announcements.length ?? 0;
        if (result.dataset) expect(shown + result.rejected + csv.rejected).toBe(parsed.rows.length);
      }),
      RUNS,
    );
  });
});

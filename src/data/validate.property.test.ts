import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { validateDataset, validateDatasetText } from './validate';

const RUNS = { numRuns: 1000 };
// Thousands of cases take seconds, more on a busy two-core CI machine.
vi.setConfig({ testTimeout: 120_000 });
const text = readFileSync('data/announcements.json', 'utf8');
type Json = Record<string, unknown> & { announcements: Array<Record<string, unknown>> };
const shipped = JSON.parse(text) as Json & { sources: Array<{ id: string; file: string }> };
const texts = new Map(shipped.sources.map((s) => [s.id, readFileSync(`data/${s.file}`, 'utf8')]));
const count = shipped.announcements.length;

/** Where a mutation lands in a record: a field, or a field inside date, amount, items, sources. */
const FIELD_PATHS = [
  ['id'],
  ['kind'],
  ['donors'],
  ['donors', 0],
  ['recipient'],
  ['date'],
  ['date', 'start'],
  ['date', 'end'],
  ['date', 'precision'],
  ['date', 'basis'],
  ['amount'],
  ['amount', 'value'],
  ['amount', 'currency'],
  ['items'],
  ['items', 0],
  ['items', 0, 'category'],
  ['items', 0, 'quantity'],
  ['items', 0, 'unit'],
  ['sources'],
  ['sources', 0, 'id'],
  ['sources', 0, 'excerpt'],
  ['sources', 0, 'translation'],
  ['partOf'],
  ['note'],
  ['surprise'],
] as const;

/** Values a careless export or a hostile file might put anywhere. */
const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    '2002-02-26',
    '2202-02-26',
    '2022-02-30',
    '350.000.000',
    '$350000000',
    -1,
    0,
    1e308,
    'XX',
    '<script>alert(1)</script>',
    '',
    null,
    [],
    {},
  ),
);

/** JSON with keys sorted, so that equal records give equal strings whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

function setAt(target: unknown, path: readonly (string | number)[], value: unknown): void {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) return; // nothing there to mutate
    node = node[key] as Record<string | number, unknown>;
  }
  const last = path.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

describe('the validator on mutated datasets', () => {
  it('rejects only what is wrong, names it, and alters nothing it keeps', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: count - 1 }),
        fc.constantFrom(...FIELD_PATHS),
        fc.option(anyValue, { nil: undefined, freq: 6 }),
        (index, path, value) => {
          const data = structuredClone(shipped);
          setAt(data.announcements[index], path, value);
          const input = structuredClone(data);
          const result = validateDataset(data, texts);

          expect(result.dataset).not.toBeNull();
          const kept = result.dataset!.announcements;
          expect(kept.length + result.rejected).toBe(count);
          for (const problem of result.problems) expect(problem.message).not.toBe('');
          const keptJson = new Set(kept.map(canonical));
          const inputJson = input.announcements.map(canonical);
          // What is kept is exactly what came in: nothing altered, nothing added.
          for (const record of keptJson) expect(inputJson).toContain(record);
          const originalId = shipped.announcements[index]!.id;
          inputJson.forEach((record, i) => {
            if (keptJson.has(record)) return;
            // Every rejected record is named by a problem at its own path...
            expect(result.problems.some((p) => p.path.startsWith(`announcements[${i}]`))).toBe(
              true,
            );
            // ...and is the mutated one, or one that points at it (partOf) or names it in its
            // note (a note must name records of the file).
            if (i === index) return;
            const other = shipped.announcements[i]!;
            const pointsAt = other.partOf === originalId;
            const names = typeof other.note === 'string' && other.note.includes(String(originalId));
            expect(pointsAt || names, `announcements[${i}]`).toBe(true);
          });
        },
      ),
      RUNS,
    );
  });

  it('any JSON value at all gives problems or a dataset, never a crash', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateDataset(value, texts);
        if (result.dataset === null) expect(result.problems.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('an edited file is either valid JSON or reported at a line and column inside it', () => {
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 5 }),
      insert: fc.oneof(fc.constantFrom(',', '"', '{', '}', '[', ']', ':', '\\', ''), fc.string()),
    });
    fc.assert(
      fc.property(edit, ({ at, remove, insert }) => {
        const i = at % (text.length + 1);
        const edited = text.slice(0, i) + insert + text.slice(i + remove);
        const result = validateDatasetText(edited, texts);
        let parses = true;
        try {
          JSON.parse(edited);
        } catch {
          parses = false;
        }
        if (parses) return;
        expect(result.dataset).toBeNull();
        const where = /^malformed JSON at line (\d+), column (\d+): \S/.exec(
          result.problems[0]!.message,
        );
        expect(where, result.problems[0]!.message).not.toBeNull();
        const lines = edited.split('\n');
        const line = Number(where![1]);
        expect(line).toBeLessThanOrEqual(lines.length);
        expect(Number(where![2])).toBeLessThanOrEqual(lines[line - 1]!.length + 1);
      }),
      { numRuns: 1000 },
    );
  });
});

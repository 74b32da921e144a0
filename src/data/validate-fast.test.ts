import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { AnnouncementSchema } from './schema';
import { generateSyntheticDataset } from './synthetic';
import { fastAnnouncement } from './validate-fast';

vi.setConfig({ testTimeout: 120_000 });
const shipped = (
  JSON.parse(readFileSync('data/announcements.json', 'utf8')) as {
    announcements: Array<Record<string, unknown>>;
  }
).announcements;
const synthetic = JSON.parse(
  JSON.stringify(generateSyntheticDataset({ size: 2000, seed: 3 }).announcements),
) as Array<Record<string, unknown>>;

/** What the schema makes of a value: its output as JSON (keys in order), or null. */
function bySchema(raw: unknown): string | null {
  const result = AnnouncementSchema.safeParse(raw);
  return result.success ? JSON.stringify(result.data) : null;
}

describe('fastAnnouncement, the schema’s fast path', () => {
  it('takes every shipped and generated record, giving exactly the schema’s value', () => {
    for (const raw of [...shipped, ...synthetic]) {
      const fast = fastAnnouncement(raw);
      expect(fast, String(raw.id)).not.toBeNull();
      expect(JSON.stringify(fast)).toBe(bySchema(raw));
      expect(fast).not.toBe(raw); // a new value, as the schema gives
    }
  });

  it('keeps the schema’s key order whatever the file’s order', () => {
    const raw = synthetic.find((r) => 'partOf' in r && r.items instanceof Array)!;
    const reversed = Object.fromEntries(Object.entries(raw).reverse());
    expect(JSON.stringify(fastAnnouncement(reversed))).toBe(bySchema(reversed));
  });

  it('never accepts what the schema refuses, and agrees with it on all it accepts', () => {
    const paths = [
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
      ['date', 'extra'],
      ['amount'],
      ['amount', 'value'],
      ['amount', 'currency'],
      ['amount', 'extra'],
      ['items'],
      ['items', 0],
      ['items', 0, 'category'],
      ['items', 0, 'name'],
      ['items', 0, 'quantity'],
      ['items', 0, 'unit'],
      ['items', 0, 'extra'],
      ['sources'],
      ['sources', 0],
      ['sources', 0, 'id'],
      ['sources', 0, 'excerpt'],
      ['sources', 0, 'translation'],
      ['sources', 0, 'extra'],
      ['partOf'],
      ['note'],
      ['surprise'],
      ['__proto__'],
    ] as const;
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(
        '2024-02-29',
        '2023-02-29',
        '2022-13-01',
        ' ',
        '',
        'a\u0000b',
        'half \ud800',
        'EU',
        'XX',
        'usd',
        'USD',
        'pieces',
        'drones',
        0,
        -1,
        1.5,
        1e13,
        1e13 + 2,
        Number.MAX_SAFE_INTEGER,
        null,
        [],
        {},
        ['US', 'NL'],
        [],
      ),
    );
    fc.assert(
      fc.property(
        fc.nat({ max: synthetic.length - 1 }),
        fc.constantFrom(...paths),
        fc.option(value, { nil: undefined, freq: 6 }),
        (index, path, replacement) => {
          const raw = JSON.parse(JSON.stringify(synthetic[index])) as Record<string, unknown>;
          let node = raw as Record<string | number, unknown>;
          for (const key of path.slice(0, -1)) {
            if (typeof node[key] !== 'object' || node[key] === null) return;
            node = node[key] as Record<string | number, unknown>;
          }
          const last = path.at(-1)!;
          if (replacement === undefined) delete node[last];
          else if (last === '__proto__')
            Object.defineProperty(node, last, { value: replacement, enumerable: true });
          else node[last] = replacement;
          const fast = fastAnnouncement(raw);
          if (fast !== null) expect(JSON.stringify(fast)).toBe(bySchema(raw));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('leaves what is no record to the schema', () => {
    for (const raw of [null, 1, 'x', [], {}, [synthetic[0]], Object.create(synthetic[0]!)])
      expect(fastAnnouncement(raw)).toBeNull();
  });
});

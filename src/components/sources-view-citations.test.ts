import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import dataset from '../../data/announcements.json';
import type { Dataset } from '../data/schema';
import { makeRecord } from '../test/make-record';
import { citationsIn } from './sources-view';

const data = dataset as Dataset;
/** The article texts as shipped, read the way the validator reads them: by the source's file. */
const texts = new Map(
  data.sources.map((s) => [s.id, readFileSync(`data/${s.file}`, 'utf8')] as const),
);

const ref = (id: string, excerpt: string) => ({ id, excerpt, translation: 't' });

describe('citationsIn', () => {
  const text = 'Alpha beta gamma delta epsilon. Zeta eta theta.';
  const at = (excerpt: string) => text.indexOf(excerpt);

  it('finds where each excerpt sits', () => {
    const a = makeRecord({ sources: [ref('s1', 'gamma delta')] });
    const b = makeRecord({ sources: [ref('s1', 'Zeta eta')] });
    expect(citationsIn(text, 's1', [a, b])).toEqual([
      { start: at('gamma delta'), end: at('gamma delta') + 'gamma delta'.length, records: [a] },
      { start: at('Zeta eta'), end: at('Zeta eta') + 'Zeta eta'.length, records: [b] },
    ]);
  });

  it('merges overlapping excerpts into one citation that names all their records', () => {
    const a = makeRecord({ sources: [ref('s1', 'beta gamma')] });
    const b = makeRecord({ sources: [ref('s1', 'gamma delta')] });
    expect(citationsIn(text, 's1', [a, b])).toEqual([
      { start: at('beta'), end: at('delta') + 'delta'.length, records: [a, b] },
    ]);
  });

  it('merges an excerpt inside another, and a chain of overlaps, into one', () => {
    const outer = makeRecord({ sources: [ref('s1', 'beta gamma delta')] });
    const inner = makeRecord({ sources: [ref('s1', 'gamma')] });
    const chained = makeRecord({ sources: [ref('s1', 'delta epsilon. Zeta')] });
    const citations = citationsIn(text, 's1', [inner, chained, outer]);
    expect(citations).toHaveLength(1);
    expect(citations[0]).toMatchObject({ start: at('beta'), end: at('Zeta') + 'Zeta'.length });
    expect(new Set(citations[0]!.records)).toEqual(new Set([outer, inner, chained]));
  });

  it('names a record once when two of its excerpts overlap', () => {
    const a = makeRecord({ sources: [ref('s1', 'Alpha beta'), ref('s1', 'beta gamma')] });
    const citations = citationsIn(text, 's1', [a]);
    expect(citations).toHaveLength(1);
    expect(citations[0]!.records).toEqual([a]);
  });

  it('keeps excerpts that only touch apart', () => {
    const a = makeRecord({ sources: [ref('s1', 'Alpha ')] });
    const b = makeRecord({ sources: [ref('s1', 'beta')] });
    expect(citationsIn(text, 's1', [a, b]).map((c) => c.records)).toEqual([[a], [b]]);
  });

  it('ignores excerpts of other sources and excerpts not in the text', () => {
    const other = makeRecord({ sources: [ref('s2', 'gamma')] });
    const missing = makeRecord({ sources: [ref('s1', 'omega, not in the text')] });
    const mixed = makeRecord({ sources: [ref('s2', 'Alpha'), ref('s1', 'theta')] });
    expect(citationsIn(text, 's1', [other, missing, mixed])).toEqual([
      { start: at('theta'), end: at('theta') + 'theta'.length, records: [mixed] },
    ]);
    expect(citationsIn(text, 's3', [other, missing, mixed])).toEqual([]);
  });

  it('returns the citations in the order they appear in the text', () => {
    const excerpts = ['theta', 'Alpha', 'epsilon', 'gamma'];
    const records = excerpts.map((e) => makeRecord({ sources: [ref('s1', e)] }));
    const starts = citationsIn(text, 's1', records).map((c) => c.start);
    expect(starts).toEqual(excerpts.map(at).sort((x, y) => x - y));
  });

  it('finds every excerpt of the built-in data in its article', () => {
    for (const source of data.sources) {
      const text = texts.get(source.id)!;
      const citations = citationsIn(text, source.id, data.announcements);
      for (const record of data.announcements)
        for (const r of record.sources.filter((s) => s.id === source.id)) {
          const start = text.indexOf(r.excerpt);
          expect(
            citations.some(
              (c) =>
                c.start <= start && start + r.excerpt.length <= c.end && c.records.includes(record),
            ),
            `${record.id} in ${source.id}`,
          ).toBe(true);
        }
      for (let i = 1; i < citations.length; i++)
        expect(citations[i]!.start).toBeGreaterThanOrEqual(citations[i - 1]!.end);
    }
  });
});

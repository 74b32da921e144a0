import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { formerIds, noteReferences } from './note-references';

const IDS = ['us-approval-350m', 'nl-intent-defensive-weapons', 'de-refusal-weapons'];
const named = (note: string) =>
  noteReferences(note, IDS).map(({ id, former }) => (former ? `former ${id}` : id));

describe('the record ids a note names', () => {
  it('finds unquoted ids that begin like the file’s ids, with at least three parts', () => {
    expect(named('Dated like us-approval-350m; compare nl-intent-defensive-weapons.')).toEqual([
      'us-approval-350m',
      'nl-intent-defensive-weapons',
    ]);
    // The slip of issue 11: an id that does not exist, in brackets, ending in a date.
    expect(named('a year later (us-cumulative-30bn-2023-02-20); it may')).toEqual([
      'us-cumulative-30bn-2023-02-20',
    ]);
  });

  it('leaves ordinary hyphenated words, dates and ranges alone', () => {
    expect(
      named(
        'A re-export of front-line, US-made, state-of-the-art, up-to-date kit; non-NATO Finland; ' +
          '2022-01-17 to 2022-01-23; pages 10-12-14; de-escalation; us-made (two parts).',
      ),
    ).toEqual([]);
  });

  it('takes a backtick-quoted kebab name as an id whatever its start or length', () => {
    expect(
      named('Compare `xx-approval` and `state-of-the-art`, not `amount` or `2022-02-26`.'),
    ).toEqual(['xx-approval', 'state-of-the-art']);
  });

  it('does not take part of a longer word, nor an unclosed backtick', () => {
    expect(
      named('x-us-approval-350m, us-approval-350m_b, us-approval-350m-, `us-approval-350m'),
    ).toEqual([]);
  });

  it('marks an id after "former" or "formerly" as a former record', () => {
    expect(
      named(
        'It folds in the former us-approval-stinger (formerly `de-refusal-old`); see de-refusal-weapons.',
      ),
    ).toEqual(['former us-approval-stinger', 'former de-refusal-old', 'de-refusal-weapons']);
  });

  it('says where each id starts in the note', () => {
    const note = 'See us-approval-350m.';
    expect(noteReferences(note, IDS)).toEqual([
      { id: 'us-approval-350m', index: 4, former: false },
    ]);
  });
});

describe('the records folded into others', () => {
  it('maps each former id to the record that holds it now', () => {
    const records = [
      {
        id: 'us-approval-a',
        note: 'It folds in the former us-approval-b and the former `us-approval-c`; `us-approval-e` is not.',
      },
      {
        id: 'us-approval-d',
        note: 'Formerly us-approval-a, which still exists; also the former us-approval-b.',
      },
      { id: 'us-approval-e' },
    ];
    expect(formerIds(records)).toEqual(
      new Map([
        ['us-approval-b', 'us-approval-a'],
        ['us-approval-c', 'us-approval-a'],
      ]),
    );
  });

  it('finds the Stinger approval folded into the Baltic transfers in the shipped data', () => {
    const data = JSON.parse(readFileSync('data/announcements.json', 'utf8')) as {
      announcements: Array<{ id: string; note?: string }>;
    };
    expect(formerIds(data.announcements)).toEqual(
      new Map([['us-approval-stinger', 'us-approval-baltic-transfers']]),
    );
  });

  it('goes through the file’s ids once, not once per note (issue 12, point 13)', () => {
    // Once per note, 100,000 notes took the page's thread for minutes.
    const records = Array.from({ length: 2000 }, (_, i) => ({
      id: `nl-pledge-${i}`,
      note: `compare nl-pledge-${i + 1}, folds in the former nl-pledge-x${i}`,
    }));
    const passes = vi.spyOn(Set.prototype, Symbol.iterator);
    const former = formerIds(records);
    expect(former.size).toBe(2000);
    expect(passes.mock.calls.length).toBeLessThan(10);
    passes.mockRestore();
  });
});

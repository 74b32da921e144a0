import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, startHistory, withHistory } from './history';

const add = withHistory((n: number, by: number) => n + by);
const run = (steps: Parameters<typeof add>[1][]) => steps.reduce(add, startHistory(0));

describe('undo and redo', () => {
  it('undoes and redoes step by step, and a new step drops what could be redone', () => {
    let h = run([
      { type: 'do', action: 1 },
      { type: 'do', action: 2 },
    ]);
    expect(h.present).toBe(3);
    h = add(h, { type: 'undo' });
    expect(h.present).toBe(1);
    h = add(h, { type: 'redo' });
    expect(h.present).toBe(3);
    h = add(add(h, { type: 'undo' }), { type: 'do', action: 10 });
    expect(h.present).toBe(11);
    expect(add(h, { type: 'redo' })).toBe(h);
  });

  it('does nothing past either end', () => {
    const h = startHistory(5);
    expect(add(h, { type: 'undo' })).toBe(h);
    expect(add(h, { type: 'redo' })).toBe(h);
  });

  it('keeps consecutive edits of one field as one step, and any other action apart', () => {
    let h = run([
      { type: 'do', action: 1, merge: 'note' },
      { type: 'do', action: 1, merge: 'note' },
      { type: 'do', action: 1, merge: 'note' },
    ]);
    expect(h.present).toBe(3);
    expect(add(h, { type: 'undo' }).present).toBe(0);
    h = add(h, { type: 'do', action: 5, merge: 'id' });
    expect(add(h, { type: 'undo' }).present).toBe(3);
    // After an undo, the same field's next edit is a step of its own.
    h = add(add(h, { type: 'undo' }), { type: 'do', action: 1, merge: 'note' });
    expect(add(h, { type: 'undo' }).present).toBe(3);
  });

  it('an action that changes nothing is no step', () => {
    const same = withHistory((n: number) => n);
    const h = startHistory(1);
    expect(same(h, { type: 'do', action: undefined })).toBe(h);
  });

  it('loads a saved state without a step, and keeps at most the limit of steps', () => {
    const loaded = add(run([{ type: 'do', action: 1 }]), { type: 'load', present: 42 });
    expect(loaded).toEqual(startHistory(42));
    const many = run(Array.from({ length: HISTORY_LIMIT + 5 }, () => ({ type: 'do', action: 1 })));
    expect(many.past).toHaveLength(HISTORY_LIMIT);
  });
});

/**
 * Undo and redo over a document: a reducer wrapped with a stack of past and future states.
 * Consecutive edits with the same `merge` key (typing in one field) are one step, so Ctrl+Z
 * undoes a field's edit, not a keystroke; any other action starts a new step.
 */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** The merge key of the last step, if it may absorb the next edit. */
  lastMerge: string | null;
}

export type HistoryAction<A> =
  | { type: 'do'; action: A; merge?: string }
  | { type: 'undo' }
  | { type: 'redo' }
  /** Replaces the present without a step (a saved document loaded at start). */
  | { type: 'load'; present: unknown };

/** How many steps back undo reaches. */
export const HISTORY_LIMIT = 200;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastMerge: null };
}

export function withHistory<T, A>(reducer: (state: T, action: A) => T) {
  return (history: History<T>, step: HistoryAction<A>): History<T> => {
    switch (step.type) {
      case 'undo': {
        const previous = history.past.at(-1);
        if (previous === undefined) return history;
        return {
          past: history.past.slice(0, -1),
          present: previous,
          future: [history.present, ...history.future],
          lastMerge: null,
        };
      }
      case 'redo': {
        const [next, ...future] = history.future;
        if (next === undefined) return history;
        return {
          past: [...history.past, history.present],
          present: next,
          future,
          lastMerge: null,
        };
      }
      case 'load':
        return startHistory(step.present as T);
      case 'do': {
        const present = reducer(history.present, step.action);
        if (present === history.present) return history;
        const merge = step.merge ?? null;
        if (merge !== null && merge === history.lastMerge)
          return { ...history, present, future: [], lastMerge: merge };
        return {
          past: [...history.past, history.present].slice(-HISTORY_LIMIT),
          present,
          future: [],
          lastMerge: merge,
        };
      }
    }
  };
}

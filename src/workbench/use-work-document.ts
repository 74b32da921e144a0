import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Dataset } from '../data/schema';
import type { SourceTexts } from '../data/validate-sources';
import { startHistory, withHistory } from './history';
import { debouncedSaver, openWorkStore } from './persist';
import type { Storage, Work } from './work-context';
import { EMPTY_DOCUMENT, workReducer, type WorkAction } from './work-document';

const reducer = withHistory(workReducer);
/** Saving waits this long after the last change, so a burst of typing is one write. */
const SAVE_WAIT = 300;

/**
 * The workbench's document with undo, loaded from IndexedDB at start and saved there as it
 * changes; where IndexedDB is unavailable the work stays in memory and `storage` says so.
 */
export function useWorkDocument(base: Dataset, baseTexts: SourceTexts): Work {
  const [history, send] = useReducer(reducer, EMPTY_DOCUMENT, startHistory);
  const [storage, setStorage] = useState<Storage>('loading');
  const saver = useRef<ReturnType<typeof debouncedSaver> | null>(null);
  const loaded = useRef(false);

  useEffect(() => {
    let live = true;
    openWorkStore()
      .then(async (store) => {
        if (!live) return;
        if (!store) {
          setStorage('memory');
          return;
        }
        const saved = await store.load();
        if (!live) return;
        saver.current = debouncedSaver(store, SAVE_WAIT, () => setStorage('failed'));
        loaded.current = true;
        send({ type: 'load', present: saved });
        setStorage('saved');
      })
      .catch(() => live && setStorage('memory'));
    const flush = () => void saver.current?.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      live = false;
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  const doc = history.present;
  useEffect(() => {
    if (loaded.current) saver.current?.save(doc);
  }, [doc]);

  const dispatch = useCallback(
    (action: WorkAction, merge?: string) => send({ type: 'do', action, merge }),
    [],
  );
  const undo = useCallback(() => send({ type: 'undo' }), []);
  const redo = useCallback(() => send({ type: 'redo' }), []);
  return useMemo(
    () => ({
      doc,
      dispatch,
      undo,
      redo,
      canUndo: history.past.length > 0,
      canRedo: history.future.length > 0,
      storage,
      base,
      baseTexts,
    }),
    [
      doc,
      dispatch,
      undo,
      redo,
      history.past.length,
      history.future.length,
      storage,
      base,
      baseTexts,
    ],
  );
}

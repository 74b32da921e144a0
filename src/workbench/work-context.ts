import { createContext, useContext } from 'react';
import type { Dataset } from '../data/schema';
import type { SourceTexts } from '../data/validate-sources';
import type { WorkAction, WorkDocument } from './work-document';

/** Where the work is kept: loading, in IndexedDB, or only in memory (the browser refuses). */
export type Storage = 'loading' | 'saved' | 'memory' | 'failed';

export interface Work {
  doc: WorkDocument;
  /** One step; consecutive steps with the same `merge` key are undone together. */
  dispatch: (action: WorkAction, merge?: string) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  storage: Storage;
  /** The shipped dataset the work adds to, and its texts. */
  base: Dataset;
  baseTexts: SourceTexts;
}

export const WorkContext = createContext<Work | null>(null);

/** The workbench's document and its actions; only inside the provider the page sets up. */
export function useWork(): Work {
  const work = useContext(WorkContext);
  if (!work) throw new Error('useWork outside WorkContext');
  return work;
}

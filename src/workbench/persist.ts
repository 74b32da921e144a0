import { EMPTY_DOCUMENT, type WorkDocument } from './work-document';

/**
 * The workbench's document kept in the browser (IndexedDB), so a reload or a crash loses
 * nothing. Where IndexedDB is missing or refuses (a private window, a blocked store), the work
 * stays in memory and the page says so: `openWorkStore` resolves to null then.
 */
const DB_NAME = 'ukraine-aid-workbench';
const STORE = 'work';
const KEY = 'document';

export interface WorkStore {
  load(): Promise<WorkDocument>;
  save(doc: WorkDocument): Promise<void>;
}

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });

/** A saved value, read as a document only when it has the document's shape. */
export function asDocument(value: unknown): WorkDocument {
  if (typeof value !== 'object' || value === null) return EMPTY_DOCUMENT;
  const v = value as Partial<WorkDocument>;
  const ok =
    Array.isArray(v.articles) &&
    Array.isArray(v.drafts) &&
    Array.isArray(v.records) &&
    typeof v.changed === 'object' &&
    v.changed !== null &&
    (v.rates === undefined || Array.isArray(v.rates));
  return ok ? { ...EMPTY_DOCUMENT, ...v, open: v.open ?? null } : EMPTY_DOCUMENT;
}

/** Opens the store, or resolves to null when this browser keeps no IndexedDB. */
export async function openWorkStore(
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<WorkStore | null> {
  if (!factory) return null;
  let db: IDBDatabase;
  try {
    const open = factory.open(DB_NAME, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE);
    db = await request(open);
  } catch {
    return null;
  }
  return {
    async load() {
      const tx = db.transaction(STORE, 'readonly');
      return asDocument(await request(tx.objectStore(STORE).get(KEY)));
    },
    async save(doc) {
      const tx = db.transaction(STORE, 'readwrite');
      await request(tx.objectStore(STORE).put(doc, KEY));
    },
  };
}

/**
 * Saves the latest document a moment after the last change (`wait` ms), so a burst of typing
 * is one write; `flush` writes at once (the page being hidden or closed).
 */
export function debouncedSaver(store: WorkStore, wait: number, onError: (error: unknown) => void) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: WorkDocument | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const doc = pending;
    pending = null;
    return doc ? store.save(doc).catch(onError) : Promise.resolve();
  };
  return {
    save(doc: WorkDocument) {
      pending = doc;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => void flush(), wait);
    },
    flush,
  };
}

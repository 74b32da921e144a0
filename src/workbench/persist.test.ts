import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { goodDraft } from '../test/workbench-fixtures';
import { asDocument, debouncedSaver, openWorkStore, type WorkStore } from './persist';
import { EMPTY_DOCUMENT, type WorkDocument } from './work-document';

const someWork = (): WorkDocument => ({
  ...EMPTY_DOCUMENT,
  drafts: [goodDraft()],
  open: 'draft-1',
});

describe('the work kept in IndexedDB', () => {
  it('saves a document and loads it back, in a new connection as after a reload', async () => {
    const factory = new IDBFactory();
    const store = (await openWorkStore(factory))!;
    expect(await store.load()).toEqual(EMPTY_DOCUMENT);
    await store.save(someWork());
    const again = (await openWorkStore(factory))!;
    expect(await again.load()).toEqual(someWork());
  });

  it('is null where the browser has no IndexedDB, or refuses to open it', async () => {
    expect(await openWorkStore(undefined)).toBeNull();
    const refusing = {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    expect(await openWorkStore(refusing)).toBeNull();
  });

  it('reads anything saved that is not a document as no work, never as a broken one', () => {
    expect(asDocument(null)).toEqual(EMPTY_DOCUMENT);
    expect(asDocument({ articles: 'x' })).toEqual(EMPTY_DOCUMENT);
    expect(asDocument({ articles: [], drafts: [], records: [], changed: {} })).toEqual(
      EMPTY_DOCUMENT,
    );
    // Work saved before rates were part of it has none; rates that are no list are refused.
    expect(asDocument({ articles: [], drafts: [], records: [], changed: {} }).rates).toEqual([]);
    expect(asDocument({ articles: [], drafts: [], records: [], changed: {}, rates: 'x' })).toEqual(
      EMPTY_DOCUMENT,
    );
  });

  it('writes only the latest of a burst of changes, when flushed', async () => {
    const saved: WorkDocument[] = [];
    const store: WorkStore = {
      load: async () => EMPTY_DOCUMENT,
      save: async (doc) => void saved.push(doc),
    };
    const saver = debouncedSaver(store, 60_000, () => {});
    saver.save(EMPTY_DOCUMENT);
    saver.save(someWork());
    await saver.flush();
    await saver.flush();
    expect(saved).toEqual([someWork()]);
  });

  it('reports a failed write', async () => {
    const errors: unknown[] = [];
    const store: WorkStore = {
      load: async () => EMPTY_DOCUMENT,
      save: () => Promise.reject(new Error('QuotaExceededError')),
    };
    const saver = debouncedSaver(store, 60_000, (error) => errors.push(error));
    saver.save(someWork());
    await saver.flush();
    expect(errors).toHaveLength(1);
  });
});

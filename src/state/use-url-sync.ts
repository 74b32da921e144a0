import { useEffect, useLayoutEffect } from 'react';
import { useViewStore } from './store';
import { decodeView, encodeView, urlViewOf } from './url-state';

/** How long the view must stay still before it becomes a history entry (a zoom is many steps). */
const SETTLE_MS = 350;

/**
 * Keeps the view and the address in step: the address is read once at start and on every
 * back/forward; each settled change of the view becomes a new history entry, so back and
 * forward step through the reader's changes. A pinned record that is not in the dataset is
 * dropped, like any other outdated parameter.
 */
export function useUrlSync(knownIds: ReadonlySet<string>, sortKeys: readonly string[]) {
  useLayoutEffect(() => {
    const apply = () => {
      const view = decodeView(window.location.search, sortKeys);
      if (view.pinnedId && !knownIds.has(view.pinnedId)) view.pinnedId = null;
      useViewStore.setState(view);
    };
    apply();
    window.addEventListener('popstate', apply);
    return () => window.removeEventListener('popstate', apply);
  }, [knownIds, sortKeys]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      const { pathname, search, hash } = window.location;
      const next = encodeView(urlViewOf(useViewStore.getState()), search);
      if (next !== search) window.history.pushState(null, '', `${pathname}${next}${hash}`);
    };
    const unsubscribe = useViewStore.subscribe((state, previous) => {
      if (encodeView(urlViewOf(state)) === encodeView(urlViewOf(previous))) return;
      clearTimeout(timer);
      timer = setTimeout(write, SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, []);
}

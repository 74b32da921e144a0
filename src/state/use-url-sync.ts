import { useEffect, useLayoutEffect } from 'react';
import { useViewStore } from './store';
import { decodeView, encodeView, urlViewOf } from './url-state';
import { storedLanguage } from './remembered';

/** How long the view must stay still before it becomes a history entry (a zoom is many steps). */
const SETTLE_MS = 350;

/** What the dataset holds, so that a URL naming something else is corrected. */
export interface KnownValues {
  ids: ReadonlySet<string>;
  /** Ids of records folded into others, with the record that holds each now. */
  formerIds: ReadonlyMap<string, string>;
  donors: ReadonlySet<string>;
}

/**
 * Keeps the view and the address in step: the address is read at start, on every back/forward
 * and when the dataset changes; each settled change of the view becomes a new history entry,
 * so back and forward step through the reader's changes. Whatever the address names that the
 * dataset does not hold (a pinned record, a donor) is dropped like any other outdated
 * parameter, and the address is corrected in place. Changes the app makes by itself right
 * after reading the address (a time window clamped to the zoom limits) correct the entry in
 * place too, rather than adding one that Back would return to.
 */
export function useUrlSync(known: KnownValues | null, sortKeys: readonly string[]) {
  useLayoutEffect(() => {
    waiting = known === null;
    const apply = () => {
      const view = decodeView(window.location.search, sortKeys);
      // An address without a language takes the one the reader chose last on this device.
      if (!new URLSearchParams(window.location.search).has('lang'))
        view.language = storedLanguage();
      // While the dataset the address names is still loading, nothing is judged against the
      // one on screen, and the address is left as it is.
      if (known) {
        // A record folded into another (a link from before the merge) opens the one holding it.
        if (view.pinnedId && !known.ids.has(view.pinnedId))
          view.pinnedId = known.formerIds.get(view.pinnedId) ?? null;
        view.donors = view.donors.filter((code) => known.donors.has(code));
      }
      useViewStore.setState(view);
      lastRead = Date.now();
      if (known) replaceUrl();
    };
    apply();
    window.addEventListener('popstate', apply);
    return () => window.removeEventListener('popstate', apply);
  }, [known, sortKeys]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      if (waiting) return;
      if (Date.now() - lastRead < SETTLE_MS * 2) {
        replaceUrl();
        return;
      }
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

/** When the address was last read into the view (start, back/forward, a new dataset). */
let lastRead = 0;
/** True while the dataset the address names is loading: the address is not written then. */
let waiting = false;

/**
 * Writes the current view into the present history entry, without adding one. `drop` names
 * parameters to remove as well (`data`, when the reader leaves a dataset loaded from a URL).
 */
export function replaceUrl(drop: readonly string[] = []): void {
  const { pathname, search, hash } = window.location;
  const params = new URLSearchParams(search);
  for (const key of drop) params.delete(key);
  const rest = params.toString();
  const next = encodeView(urlViewOf(useViewStore.getState()), rest ? `?${rest}` : '');
  if (next !== search) window.history.replaceState(null, '', `${pathname}${next}${hash}`);
}

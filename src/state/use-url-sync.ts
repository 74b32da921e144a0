import { useEffect, useLayoutEffect, useRef } from 'react';
import { readParams } from '../data/address';
import { clampWindow } from '../transforms/time-window';
import { useViewStore } from './store';
import { changedFields, decodeView, encodeView, sameUrlFields, urlViewOf } from './url-state';

/** How long the view must stay still before it becomes a history entry (a zoom is many steps). */
const SETTLE_MS = 350;

/** What the dataset holds, so that a URL naming something else is corrected. */
export interface KnownValues {
  ids: ReadonlySet<string>;
  /** Ids of records folded into others, with the record that holds each now. */
  formerIds: ReadonlyMap<string, string>;
  donors: ReadonlySet<string>;
  /** The span of time the timeline's axis covers (see timelineDomain). */
  span: [number, number];
}

/**
 * Keeps the view and the address in step: the address is read at start, on every back/forward
 * and when the dataset changes; each settled change of the view becomes a new history entry,
 * so back and forward step through the reader's changes. Whatever the address names that the
 * dataset does not hold (a pinned record, a donor, a time window beyond its span) is dropped
 * or clamped like any other outdated
 * parameter, and the address is corrected in place. Changes the app makes by itself right
 * after reading the address (a time window clamped to the zoom limits) correct the entry in
 * place too, rather than adding one that Back would return to.
 */
export function useUrlSync(known: KnownValues | null, sortKeys: readonly string[]) {
  /** When the address was last read into the view (start, back/forward, a new dataset). */
  const lastRead = useRef(0);
  /** True while the dataset the address names is loading: the address is not written then. */
  const waiting = useRef(false);
  useLayoutEffect(() => {
    waiting.current = known === null;
    const apply = () => {
      const view = decodeView(window.location.search, sortKeys);
      // An address without a language takes the one the reader chose last on this device: the
      // store's preference, read back from the device when the store was made.
      if (!readParams(window.location.search).has('lang'))
        view.language = useViewStore.getState().language;
      // While the dataset the address names is still loading, nothing is judged against the
      // one on screen, and the address is left as it is.
      if (known) {
        // A record folded into another (a link from before the merge) opens the one holding it.
        if (view.pinnedId && !known.ids.has(view.pinnedId))
          view.pinnedId = known.formerIds.get(view.pinnedId) ?? null;
        view.donors = view.donors.filter((code) => known.donors.has(code));
        // A window reaching past the data is clamped to it, never shifted; one that covers
        // all of it is the whole span.
        view.timeWindow = clampWindow(view.timeWindow, known.span);
      }
      const changed = changedFields(urlViewOf(useViewStore.getState()), view);
      if (Object.keys(changed).length > 0) useViewStore.setState(changed);
      lastRead.current = Date.now();
      if (known) replaceUrl();
    };
    apply();
    window.addEventListener('popstate', apply);
    return () => window.removeEventListener('popstate', apply);
  }, [known, sortKeys]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** `settledAt`: when the change settled (a correction right after a read replaces the entry). */
    const write = (settledAt: number) => {
      if (waiting.current) return;
      if (settledAt - lastRead.current < SETTLE_MS * 2) {
        replaceUrl();
        return;
      }
      const { pathname, search, hash } = window.location;
      const next = encodeView(urlViewOf(useViewStore.getState()), search);
      if (next !== search) window.history.pushState(null, '', `${pathname}${next}${hash}`);
    };
    // Written when the page is next idle (within a second), so a settled zoom's frames come first.
    let idle: number | undefined;
    const whenIdle = () => {
      const settledAt = Date.now();
      if (typeof requestIdleCallback === 'function')
        idle = requestIdleCallback(() => write(settledAt), { timeout: 1000 });
      else write(settledAt);
    };
    const cancelIdle = () => {
      if (idle !== undefined && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
      idle = undefined;
    };
    const unsubscribe = useViewStore.subscribe((state, previous) => {
      if (sameUrlFields(state, previous)) return;
      if (encodeView(urlViewOf(state)) === encodeView(urlViewOf(previous))) return;
      clearTimeout(timer);
      cancelIdle();
      timer = setTimeout(whenIdle, SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      cancelIdle();
      unsubscribe();
    };
  }, []);
}

/**
 * Writes the current view into the present history entry, without adding one. `drop` names
 * parameters to remove as well (`data`, when the reader leaves a dataset loaded from a URL).
 */
export function replaceUrl(drop: readonly string[] = []): void {
  const { pathname, search, hash } = window.location;
  const params = readParams(search);
  for (const key of drop) params.delete(key);
  const rest = params.toString();
  const next = encodeView(urlViewOf(useViewStore.getState()), rest ? `?${rest}` : '');
  if (next !== search) window.history.replaceState(null, '', `${pathname}${next}${hash}`);
}

/**
 * "Back to the start" after a failure: the view is reset, and the address keeps only what the
 * app reads as a view (`donor=DE`, `lang=nl`…), dropping everything else (`?data=`, anything
 * it cannot read), so the page the reader comes back to cannot fail the same way again.
 */
export function restartUrl(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(null, '', `${pathname}${encodeView(decodeView(search))}`);
}

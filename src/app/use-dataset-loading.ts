import { useCallback, useEffect, useRef, useState } from 'react';
import {
  fetchDataset,
  readDataAddress,
  type DataAddress,
  type FetchFailure,
} from '../data/dataset-address';
import type { IncomingFile, LoadOutcome, UserDataset } from '../data/load-user-dataset';
import type { ExchangeRate } from '../data/schema';
import { resetViewStore } from '../state/store';
import { replaceUrl } from '../state/use-url-sync';
import type { LoadJob } from './load-job';
import type { LoadError, Loading, LoadMessage } from '../state/dataset-loading';

/** From this many records on, the page says it is drawing them before it starts. */
const LARGE_DATASET = 10_000;

function refusal(address: Extract<DataAddress, { kind: 'refused' }>): LoadMessage {
  switch (address.reason) {
    case 'not-a-url':
      return (t) => t.data.notAUrl(address.param);
    case 'not-a-file':
      return (t) => t.data.notAFile(address.param, address.scheme);
    case 'other-site':
      return (t) => t.data.otherSite(address.param, address.origin);
  }
}

function failure(f: FetchFailure): LoadMessage {
  switch (f.reason) {
    case 'status':
      return (t) => t.data.status(f.url, `${f.status} ${f.statusText}`.trim());
    case 'web-page':
      return (t) => t.data.webPage(f.url);
    case 'redirected':
      return (t) => t.data.redirected(f.url);
    case 'unreachable':
      return (t) => t.data.unreachable(f.url);
  }
}

/**
 * The reader's datasets: `?data=` at start, and files picked or dropped later. The latest
 * choice wins: starting a load cancels the one still running (its request is aborted, its
 * worker stopped), so a slow `?data=` can never replace the file picked meanwhile. While a
 * load runs, `loading` says how far it has got, and `cancel` stops it and keeps the view.
 */
export function useDatasetLoading(exchangeRates: readonly ExchangeRate[]) {
  const [address] = useState(() => readDataAddress(window.location.search, window.location.href));
  const [userData, setUserData] = useState<UserDataset | null>(null);
  // Counts the datasets loaded, so that loading a file of the same name again starts afresh.
  const [loads, setLoads] = useState(0);
  const [error, setError] = useState<LoadError | null>(() =>
    address.kind === 'refused' ? { message: refusal(address) } : null,
  );
  const [loading, setLoading] = useState<Loading | null>(() =>
    address.kind === 'load'
      ? { name: address.name, progress: { stage: 'reading', percent: 0 } }
      : null,
  );
  // True while the dataset `?data=` names is on its way: the address's view waits for it.
  const [awaitingAddress, setAwaitingAddress] = useState(address.kind === 'load');
  const running = useRef<{ controller: AbortController; job: LoadJob | null } | null>(null);

  /** Stops the load under way, if any; whatever it would have shown is dropped. */
  const stop = useCallback(() => {
    const current = running.current;
    running.current = null;
    current?.controller.abort();
    current?.job?.cancel();
  }, []);

  /** Starts a new load (stopping the one before); returns its handle. */
  const begin = useCallback(() => {
    stop();
    const current = { controller: new AbortController(), job: null as LoadJob | null };
    running.current = current;
    return current;
  }, [stop]);

  /** Runs the loader in its worker and shows what came out, unless a later choice came first. */
  const run = useCallback(
    async (
      current: { controller: AbortController; job: LoadJob | null },
      name: string,
      files: Array<File | IncomingFile>,
      from: 'file' | 'url',
    ) => {
      const live = () => running.current === current && !current.controller.signal.aborted;
      // The loader (its worker, the CSV reader, the validator) is a chunk of its own, fetched
      // with the first load: the first view does without it.
      let startLoadJob: typeof import('./load-job').startLoadJob;
      try {
        ({ startLoadJob } = await import('./load-job'));
      } catch (reason) {
        if (live()) finish(current, { message: (t) => t.data.unreadable(String(reason)) });
        return;
      }
      if (!live()) return;
      const job = startLoadJob(files, exchangeRates, (progress) => {
        if (live()) setLoading({ name, progress });
      });
      current.job = job;
      const result = await job.result;
      if (!result || !live()) return;
      if (result.type === 'unreadable') {
        finish(current, { message: (t) => t.data.unreadable(result.detail) });
        return;
      }
      const outcome: LoadOutcome = result.outcome;
      if (!outcome.ok) {
        finish(current, { message: outcome.message, problems: outcome.problems });
        return;
      }
      // Drawing a large dataset takes the page's thread for a while: say so before it starts
      // (a small one is drawn sooner than the words would be).
      const records = outcome.dataset.result.dataset?.announcements.length ?? 0;
      if (records >= LARGE_DATASET) {
        setLoading({ name, progress: { stage: 'drawing', percent: 100 } });
        await new Promise((resolve) => setTimeout(resolve, 30));
        if (!live()) return;
      }
      if (from === 'file') {
        resetViewStore();
        replaceUrl(['data']);
      }
      finish(current, null);
      setUserData(outcome.dataset);
      setLoads((n) => n + 1);
    },
    [exchangeRates],
  );

  function finish(current: { controller: AbortController }, outcome: LoadError | null) {
    if (running.current === current) running.current = null;
    setLoading(null);
    setAwaitingAddress(false);
    setError(outcome);
  }

  // ?data= loads a dataset from this site (never from another one).
  useEffect(() => {
    if (address.kind !== 'load') return;
    const current = begin();
    // The loader's chunk and its worker start while the dataset downloads (a failure to fetch
    // the chunk is said when the load needs it, in run()).
    import('./load-job').then(
      ({ prewarmLoadWorker }) => prewarmLoadWorker(),
      () => {},
    );
    fetchDataset(address, current.controller.signal).then((fetched) => {
      if (running.current !== current) return;
      if (!fetched.ok) {
        if ('failure' in fetched) finish(current, { message: failure(fetched.failure) });
        return;
      }
      void run(current, fetched.name, [{ name: fetched.name, bytes: fetched.bytes }], 'url');
    });
    return stop;
  }, [address, begin, run, stop]);

  /** Files picked or dropped: they replace whatever is loading, `?data=` included. */
  const loadFiles = useCallback(
    (files: File[]) => {
      const name = files.find((f) => !/\.txt$/i.test(f.name))?.name ?? files[0]?.name ?? '';
      const current = begin();
      setLoading({ name, progress: { stage: 'reading', percent: 0 } });
      // A `?data=` still on its way is given up: the address no longer names it.
      if (awaitingAddress) {
        setAwaitingAddress(false);
        replaceUrl(['data']);
      }
      void run(current, name, files, 'file');
    },
    [awaitingAddress, begin, run],
  );

  /** Stops the load under way; the view on show stays, and the address says what it is. */
  const cancel = useCallback(() => {
    stop();
    setLoading(null);
    if (awaitingAddress) {
      setAwaitingAddress(false);
      replaceUrl(['data']);
    }
  }, [awaitingAddress, stop]);

  const backToBuiltIn = useCallback(() => {
    stop();
    setLoading(null);
    setAwaitingAddress(false);
    resetViewStore();
    replaceUrl(['data']);
    setError(null);
    setUserData(null);
  }, [stop]);

  return {
    userData,
    loads,
    error,
    loading,
    awaitingAddress,
    loadFiles,
    cancel,
    backToBuiltIn,
    dismissError: useCallback(() => setError(null), []),
  };
}

import { useCallback, useEffect, useMemo, useState } from 'react';
import { BarChart } from '../charts/bar-chart/bar-chart';
import { Timeline } from '../charts/timeline/timeline';
import { DataLoader, readFiles, type LoadError } from '../components/data-loader';
import { Filters } from '../components/filters';
import { SourcePanel } from '../components/source-panel';
import { SummaryLine } from '../components/summary-line';
import { Tooltip } from '../components/tooltip';
import { builtInSourceTexts, loadBuiltInDataset } from '../data/built-in-dataset';
import { loadUserDataset, type UserDataset } from '../data/load-user-dataset';
import { formerIds } from '../data/note-references';
import type { Dataset } from '../data/schema';
import { formatProblem } from '../data/validate';
import { overlapsWindow, selectFilteredRecords } from '../state/selectors';
import { resetViewStore, useViewStore } from '../state/store';
import { summarise } from '../transforms/summary';
import { createRateIndex } from '../data/rates';
import { replaceUrl, useUrlSync } from '../state/use-url-sync';
import { COLUMN_KEYS } from '../components/table-columns';
import { ErrorBoundary } from './error-boundary';
import { RecordTable } from '../components/record-table';
import { Settings, useLanguageMemory, useThemeEffect } from '../components/settings';
import { SourcesView } from '../components/sources-view';
import { ViewTabs } from '../components/view-tabs';
import { DatasetNameContext } from '../ui/source-line';
import { useI18n } from '../ui/use-i18n';

// The shipped dataset is data, not state: validated once, when the module loads.
const result = loadBuiltInDataset();
const builtInRates = result.dataset?.exchangeRates ?? [];

/** `?data=`: a dataset URL on this site, an error to show, or nothing asked for. */
function readDataParam(): { url: URL; name: string } | { error: string } | null {
  const param = new URLSearchParams(window.location.search).get('data');
  if (!param) return null;
  let url: URL;
  try {
    url = new URL(param, window.location.href);
  } catch {
    return { error: `?data=${param} is not a URL` };
  }
  if (url.origin !== window.location.origin)
    return {
      error: `?data= must point at this site; ${url.origin} is another one, and the app never loads data from elsewhere`,
    };
  return { url, name: decodeURIComponent(url.pathname.replace(/^.*\//, '')) || 'data' };
}

/** The explorer: what the dataset holds, filters, the timeline, the comparison, the sources. */
export function App() {
  const [userData, setUserData] = useState<UserDataset | null>(null);
  // Counts the datasets loaded, so that loading a file of the same name again starts afresh.
  const [loads, setLoads] = useState(0);
  const [dataParam] = useState(readDataParam);
  const [loadError, setLoadError] = useState<LoadError | null>(
    dataParam && 'error' in dataParam ? { message: dataParam.error } : null,
  );

  /**
   * Shows a loaded dataset. A file from the reader's disk starts from the default view, and the
   * address says so at once (no `?data=`, no view of the dataset before); a dataset named by
   * `?data=` takes the view the same address gives, which is how such a link is shared.
   */
  const show = useCallback(
    (files: Array<{ name: string; bytes: Uint8Array }>, from: 'file' | 'url' = 'file') => {
      const outcome = loadUserDataset(files, builtInRates);
      if (!outcome.ok) {
        setLoadError({ message: outcome.message, problems: outcome.problems });
        return;
      }
      setLoadError(null);
      if (from === 'file') {
        resetViewStore();
        replaceUrl(['data']);
      }
      setUserData(outcome.dataset);
      setLoads((n) => n + 1);
    },
    [],
  );
  const onFiles = useCallback(
    (files: File[]) => {
      readFiles(files).then(
        (read) => show(read),
        (error: unknown) =>
          setLoadError({ message: `the file could not be read (${String(error)})` }),
      );
    },
    [show],
  );

  // ?data= loads a dataset from this site (never from another one).
  useEffect(() => {
    if (!dataParam || 'error' in dataParam) return;
    const param = dataParam.url.href;
    fetch(dataParam.url)
      .then(async (response) => {
        if (!response.ok)
          throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
        // Many hosts answer an unknown path with the site's own page rather than a 404.
        if (/^text\/html/i.test(response.headers.get('content-type') ?? ''))
          throw new Error(
            'the server answered with a web page, not a dataset; is the address right?',
          );
        show(
          [{ name: dataParam.name, bytes: new Uint8Array(await response.arrayBuffer()) }],
          'url',
        );
      })
      .catch((error: unknown) =>
        setLoadError({
          message: `${param} could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
        }),
      );
  }, [dataParam, show]);

  const dataset = userData?.result.dataset ?? result.dataset;
  const datasetKey = userData ? `${loads}:${userData.name}` : 'built-in';
  const known = useMemo(
    () => ({
      ids: new Set(dataset?.announcements.map((r) => r.id) ?? []),
      formerIds: formerIds(dataset?.announcements ?? []),
      donors: new Set(dataset?.announcements.flatMap((r) => r.donors) ?? []),
    }),
    [dataset],
  );
  // A dataset named by ?data= is on its way: the address's view waits for it.
  const awaitingData = dataParam !== null && !('error' in dataParam) && !userData && !loadError;
  useUrlSync(awaitingData ? null : known, COLUMN_KEYS);
  const { t, language } = useI18n();
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t.title;
  }, [language, t]);
  useThemeEffect();
  useLanguageMemory();
  const texts = userData ? userData.texts : builtInSourceTexts;
  return (
    <div className="page">
      <header className="masthead">
        <div className="masthead-top">
          <h1>{t.title}</h1>
          <Settings />
        </div>
        <p className="lede">{t.lede}</p>
      </header>
      <main>
        {result.problems.length > 0 && (
          <section role="alert" className="problems" aria-labelledby="problems-title">
            <h2 id="problems-title">{t.data.builtInProblems(result.problems.length)}</h2>
            <ul className="problem-list">
              {result.problems.map((problem, i) => (
                <li key={i}>{formatProblem('announcements.json', problem)}</li>
              ))}
            </ul>
          </section>
        )}
        <DataLoader
          current={userData}
          builtInCount={result.dataset?.announcements.length ?? 0}
          error={loadError}
          onFiles={onFiles}
          onDismissError={() => setLoadError(null)}
          onBuiltIn={() => {
            resetViewStore();
            replaceUrl(['data']);
            setLoadError(null);
            setUserData(null);
          }}
        />
        {dataset && (
          // Keyed by the dataset: another dataset gets a fresh explorer, and a fresh boundary.
          <ErrorBoundary key={datasetKey} onReset={resetViewStore}>
            <DatasetNameContext value={userData?.name ?? null}>
              <Explorer dataset={dataset} texts={texts} />
            </DatasetNameContext>
          </ErrorBoundary>
        )}
      </main>
      <footer className="colophon">
        <p>{t.footer}</p>
      </footer>
    </div>
  );
}

function Explorer({ dataset, texts }: { dataset: Dataset; texts: ReadonlyMap<string, string> }) {
  const records = dataset.announcements;
  const rates = useMemo(() => createRateIndex(dataset.exchangeRates), [dataset]);
  const byId = useMemo(() => new Map(records.map((r) => [r.id, r])), [records]);
  const summary = useMemo(() => summarise(records), [records]);
  const i18n = useI18n();
  const { t } = i18n;

  const donors = useViewStore((s) => s.donors);
  const kinds = useViewStore((s) => s.kinds);
  const categories = useViewStore((s) => s.categories);
  const showDeployments = useViewStore((s) => s.showDeployments);
  const timeWindow = useViewStore((s) => s.timeWindow);
  const view = useViewStore((s) => s.view);
  const filtered = useMemo(
    () => selectFilteredRecords(records, { donors, kinds, categories, showDeployments }),
    [records, donors, kinds, categories, showDeployments],
  );
  const visible = useMemo(
    () => filtered.filter((record) => overlapsWindow(record, timeWindow)),
    [filtered, timeWindow],
  );

  return (
    <>
      <section aria-label={t.stats.label} className="holds">
        <dl className="stats">
          <div>
            <dt>{t.stats.announcements}</dt>
            <dd data-testid="record-count">{summary.records}</dd>
          </div>
          <div>
            <dt>{t.stats.donors}</dt>
            <dd data-testid="donor-count">{summary.donors}</dd>
          </div>
          <div>
            <dt>{t.stats.articles}</dt>
            <dd data-testid="source-count">{dataset.sources.length}</dd>
          </div>
          <div>
            <dt>{t.stats.span}</dt>
            <dd data-testid="date-span">
              {summary.firstDate && summary.lastDate
                ? `${i18n.day(summary.firstDate)} – ${i18n.day(summary.lastDate)}`
                : '—'}
            </dd>
          </div>
        </dl>
      </section>
      <div className="explorer">
        <div className="in-view">
          <span className="in-view-label">{t.inView}</span>
          <SummaryLine records={visible} rates={rates} />
        </div>
        <Filters records={records} />
        <div className="main-view">
          <ViewTabs />
          <div
            role="tabpanel"
            id={`view-${view}`}
            aria-labelledby={`tab-${view}`}
            className="charts"
          >
            {view === 'charts' && (
              <>
                <Timeline records={records} filtered={filtered} rates={rates} />
                <BarChart records={visible} allRecords={records} rates={rates} />
              </>
            )}
            {view === 'table' && (
              <RecordTable
                records={visible}
                total={records.length}
                rates={rates}
                sources={dataset.sources}
                exchangeRates={dataset.exchangeRates}
              />
            )}
            {view === 'sources' && (
              <SourcesView records={records} sources={dataset.sources} texts={texts} />
            )}
          </div>
        </div>
      </div>
      <Tooltip byId={byId} rates={rates} texts={texts} />
      <SourcePanel byId={byId} rates={rates} sources={dataset.sources} texts={texts} />
    </>
  );
}

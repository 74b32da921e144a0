import { useEffect, useMemo } from 'react';
import { BarChart } from '../charts/bar-chart/bar-chart';
import { Timeline } from '../charts/timeline/timeline';
import { DataLoader } from '../components/data-loader';
import { Filters } from '../components/filters';
import { SourcePanel } from '../components/source-panel';
import { SummaryLine } from '../components/summary-line';
import { Tooltip } from '../components/tooltip';
import { builtInSourceTexts, loadBuiltInDataset } from '../data/built-in-dataset';
import { formerIds } from '../data/note-references';
import type { Dataset } from '../data/schema';
import { formatProblem } from '../data/validate';
import { overlapsWindow, selectFilteredRecords } from '../state/selectors';
import { resetViewStore, useViewStore } from '../state/store';
import { summarise } from '../transforms/summary';
import { timelineDomain } from '../transforms/time-window';
import { createRateIndex } from '../data/rates';
import { useUrlSync } from '../state/use-url-sync';
import { useDatasetLoading } from './use-dataset-loading';
import { COLUMN_KEYS } from '../components/table-columns';
import { ErrorBoundary } from './error-boundary';
import { RecordTable } from '../components/record-table';
import { Settings, useLanguageMemory, useThemeEffect } from '../components/settings';
import { SourcesView } from '../components/sources-view';
import { ViewTabs } from '../components/view-tabs';
import { DatasetNameContext } from '../ui/source-line';
import { useI18n } from '../ui/use-i18n';
import { datasetWords } from '../ui/dataset-words';

// The shipped dataset is data, not state: validated once, when the module loads.
const result = loadBuiltInDataset();
const builtInRates = result.dataset?.exchangeRates ?? [];

/** The explorer: what the dataset holds, filters, the timeline, the comparison, the sources. */
export function App() {
  const {
    userData,
    loads,
    error: loadError,
    loading,
    awaitingAddress,
    loadFiles,
    cancel,
    backToBuiltIn,
    dismissError,
  } = useDatasetLoading(builtInRates);

  const dataset = userData?.result.dataset ?? result.dataset;
  const datasetKey = userData ? `${loads}:${userData.name}` : 'built-in';
  const known = useMemo(
    () => ({
      ids: new Set(dataset?.announcements.map((r) => r.id) ?? []),
      formerIds: formerIds(dataset?.announcements ?? []),
      donors: new Set(dataset?.announcements.flatMap((r) => r.donors) ?? []),
      span: timelineDomain(dataset?.announcements ?? []),
    }),
    [dataset],
  );
  // A dataset named by ?data= is on its way: the address's view waits for it.
  useUrlSync(awaitingAddress ? null : known, COLUMN_KEYS);
  const i18n = useI18n();
  const { t, language } = i18n;
  // Issue 15, point 10: a reader's own file is described as itself, not as the five articles.
  const words = useMemo(() => datasetWords(i18n, userData), [i18n, userData]);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = words.documentTitle;
  }, [language, words]);
  useThemeEffect();
  useLanguageMemory();
  const texts = userData ? userData.texts : builtInSourceTexts;
  return (
    <div className="page">
      <header className="masthead">
        <div className="masthead-top">
          <h1>{words.title}</h1>
          <Settings />
        </div>
        <p className="lede" data-testid="lede">
          {words.lede}
        </p>
      </header>
      <main>
        {result.problems.length > 0 && (
          <section role="alert" className="problems" aria-labelledby="problems-title">
            <h2 id="problems-title">{t.data.builtInProblems(result.problems.length)}</h2>
            <ul>
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
          loading={loading}
          onFiles={loadFiles}
          onCancel={cancel}
          onDismissError={dismissError}
          onBuiltIn={backToBuiltIn}
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
        <p data-testid="footer">{words.footer}</p>
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

import { useEffect, useMemo, useState } from 'react';
import { DataLoader } from '../components/data-loader';
import { builtInSourceTexts, loadBuiltInDataset, loadBuiltInTexts } from '../data/built-in-dataset';
import { formerIds } from '../data/note-references';
import { formatProblem } from '../data/problem';
import { resetViewStore } from '../state/store';
import { timelineDomain } from '../transforms/time-window';
import { useUrlSync } from '../state/use-url-sync';
import { useDatasetLoading } from './use-dataset-loading';
// The worker's Trusted Types policy, created at start (worker-url.ts says why).
import './worker-url';
import { COLUMN_KEYS } from '../components/table-columns';
import { ErrorBoundary } from './error-boundary';
import { Explorer } from './explorer';
import { Settings, useThemeEffect } from '../components/settings';
import { SkipLinks } from '../components/skip-links';
import { DatasetNameContext } from '../ui/source-line';
import { useI18n } from '../ui/use-i18n';
import { datasetWords } from '../ui/dataset-words';
import { NewRecordsContext } from '../ui/new-records';
import type { Dataset } from '../data/schema';
import { useWorkDocument } from '../workbench/use-work-document';
import { WorkContext } from '../workbench/work-context';
import { useWorkingPreview } from '../workbench/use-working-preview';

// The shipped dataset is data, not state: validated once, when the module loads.
const result = loadBuiltInDataset();
const builtInRates = result.dataset?.exchangeRates ?? [];
const noDataset: Dataset = { schemaVersion: 1, sources: [], exchangeRates: [], announcements: [] };
const noNewRecords: ReadonlySet<string> = new Set();

function donorSet(records: readonly { donors: readonly string[] }[]): Set<string> {
  const donors = new Set<string>();
  for (const record of records) for (const donor of record.donors) donors.add(donor);
  return donors;
}

/** Whether the shipped article texts are here, fetching them once curation work is shown. */
function useTextsOnceThereIsWork(
  work: { articles: unknown[]; records: unknown[]; changed: object } | null,
) {
  const [here, setHere] = useState(false);
  const hasWork =
    work !== null &&
    (work.articles.length > 0 || work.records.length > 0 || Object.keys(work.changed).length > 0);
  useEffect(() => {
    if (hasWork && !here)
      loadBuiltInTexts().then(
        () => setHere(true),
        () => {},
      );
  }, [hasWork, here]);
  return here;
}

/** The page: the masthead and settings, the dataset's loading, and the explorer of the dataset. */
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

  // The curation workbench's work (issue 16): the explorer shows the built-in records with it.
  const work = useWorkDocument(result.dataset ?? noDataset, builtInSourceTexts);
  // Drafts are not shown: typing in the form leaves the explorer's dataset as it is.
  const { articles, records, changed, rates } = work.doc;
  const workShown = useMemo(
    () => (userData ? null : { articles, records, changed, rates }),
    [userData, articles, records, changed, rates],
  );
  // The work is checked against the shipped article texts: a chunk of their own, fetched once
  // there is work (until then the explorer shows the dataset without it, as while the
  // validator loads).
  const textsHere = useTextsOnceThereIsWork(workShown);
  const working = useWorkingPreview(
    result.dataset,
    builtInSourceTexts,
    textsHere ? workShown : null,
  );
  const dataset = userData?.result.dataset ?? working?.dataset ?? result.dataset;
  const datasetKey = userData ? `${loads}:${userData.name}` : 'built-in';
  const known = useMemo(
    () => ({
      ids: new Set(dataset?.announcements.map((r) => r.id) ?? []),
      formerIds: formerIds(dataset?.announcements ?? []),
      // A loop, not flatMap: 100,000 small arrays made and dropped took most of a second.
      donors: donorSet(dataset?.announcements ?? []),
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
  // A phone has no hover: the lede says to tap (issue 15, point 6).
  const [touchOnly] = useState(
    () => typeof matchMedia === 'function' && matchMedia('(hover: none)').matches,
  );
  const texts = userData ? userData.texts : (working?.texts ?? builtInSourceTexts);
  return (
    <div className="page">
      {dataset && <SkipLinks />}
      <header className="masthead">
        <div className="masthead-top">
          <h1>{words.title}</h1>
          <Settings />
        </div>
        <p className="lede" data-testid="lede">
          {words.lede} {touchOnly ? t.ledeHow.touch : t.ledeHow.pointer}
        </p>
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
          builtInWork={
            working &&
            (working.newIds.size > 0 ||
              working.dataset.sources.length !== result.dataset?.sources.length)
              ? {
                  records: working.dataset.announcements.length,
                  added: working.newIds.size,
                  articles: working.dataset.sources.length,
                }
              : null
          }
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
              <WorkContext value={work}>
                <NewRecordsContext value={working?.newIds ?? noNewRecords}>
                  <Explorer dataset={dataset} texts={texts} />
                </NewRecordsContext>
              </WorkContext>
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

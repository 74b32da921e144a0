import { lazy, Suspense, useDeferredValue, useMemo } from 'react';
import { BarChart } from '../charts/bar-chart/bar-chart';
import { Timeline } from '../charts/timeline/timeline';
import { TimeWindowPanel } from '../charts/overview/time-window-panel';
import { DatasetStats } from '../components/dataset-stats';
import { Filters } from '../components/filters';
import { SKIP_TARGETS } from '../components/skip-links';
import { SummaryLine } from '../components/summary-line';
import { SearchBox } from '../components/search-box';
import { Tooltip } from '../components/tooltip';
import { ViewTabs } from '../components/view-tabs';
import { createRateIndex } from '../data/rates';
import type { Dataset } from '../data/schema';
import { selectFilteredRecords, selectRecordsInView } from '../state/selectors';
import { useViewStore } from '../state/store';
import { queryTokens, searchIndexFor, searchRecords } from '../transforms/search';
import { useI18n, useLanguageLoaded } from '../ui/use-i18n';
import { lazyPart } from '../ui/lazy-part';
import { loadBuiltInTexts } from '../data/built-in-dataset';
import { SourcePanel } from './source-panel-part';

// The first view is the charts: the table and the sources are loaded when first shown.
const RecordTable = lazyPart(async () => (await import('../components/record-table')).RecordTable);
// The sources view and the workbench read the shipped article texts: they come along.
const SourcesView = lazyPart(
  async () =>
    (await Promise.all([import('../components/sources-view'), loadBuiltInTexts()]))[0].SourcesView,
);

// Below the charts' first screen, the per-donor table and aid over time come just after it.
const DonorTable = lazyPart(async () => (await import('../components/donor-table')).DonorTable);
const RunningTotalChart = lazyPart(
  async () => (await import('../charts/running-total/running-total')).RunningTotalChart,
);

// The curation workbench is loaded only when its tab is opened (issue 16).
const Workbench = lazy(
  async () => (await Promise.all([import('../workbench/workbench'), loadBuiltInTexts()]))[0],
);

/** One dataset explored: what it holds, filters, the timeline, the comparison, the sources. */
export function Explorer({
  dataset,
  texts,
}: {
  dataset: Dataset;
  texts: ReadonlyMap<string, string>;
}) {
  const records = dataset.announcements;
  const rates = useMemo(() => createRateIndex(dataset.exchangeRates), [dataset]);
  const byId = useMemo(() => new Map(records.map((r) => [r.id, r])), [records]);
  const { t } = useI18n();

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
  // The views the window narrows follow it a moment later, in a render React may interrupt:
  // the commit after a zoom or a drag never holds up the timeline's next frame.
  const shownWindow = useDeferredValue(timeWindow);
  const visible = useMemo(
    () => selectRecordsInView(records, { donors, kinds, categories, showDeployments }, shownWindow),
    [records, donors, kinds, categories, showDeployments, shownWindow],
  );
  // The search: the records found, highlighted everywhere, the rest dimmed (null: no search).
  // The index is built on the first search, once per dataset.
  const query = useViewStore((s) => s.query);
  // It looks in both languages, so it waits for Dutch's words (a chunk of their own).
  const searching = queryTokens(query).length > 0;
  const bothLanguages = useLanguageLoaded('nl', searching);
  const matches: ReadonlySet<string> | null = useMemo(
    () => (searching && bothLanguages ? searchRecords(searchIndexFor(records), query) : null),
    [records, query, searching, bothLanguages],
  );

  return (
    <>
      <DatasetStats records={records} sourceCount={dataset.sources.length} />
      <div className={view === 'curate' ? 'explorer explorer-curate' : 'explorer'}>
        <div className="in-view">
          <span className="in-view-label">{t.inView}</span>
          <SummaryLine records={visible} allRecords={records} rates={rates} matches={matches} />
          <SearchBox />
        </div>
        {view !== 'curate' && <Filters records={records} />}
        <div className="main-view">
          <ViewTabs />
          <div
            role="tabpanel"
            id={`view-${view}`}
            aria-labelledby={`tab-${view}`}
            className="charts skip-target"
            tabIndex={-1}
          >
            {view === 'charts' && (
              <>
                <TimeWindowPanel records={records} filtered={filtered} />
                <div id={SKIP_TARGETS.timeline} className="skip-target" tabIndex={-1}>
                  <Timeline records={records} filtered={filtered} rates={rates} matches={matches} />
                </div>
                {/* The comparison and the per-donor table side by side where there is room. */}
                <div className="comparison">
                  <div className="comparison-row">
                    <BarChart
                      records={visible}
                      allRecords={records}
                      rates={rates}
                      matches={matches}
                    />
                    <DonorTable records={visible} rates={rates} />
                  </div>
                </div>
                <RunningTotalChart records={filtered} allRecords={records} rates={rates} />
              </>
            )}
            {view === 'table' && (
              <RecordTable
                records={visible}
                total={records.length}
                rates={rates}
                sources={dataset.sources}
                exchangeRates={dataset.exchangeRates}
                matches={matches}
              />
            )}
            {view === 'sources' && (
              <SourcesView
                records={records}
                sources={dataset.sources}
                texts={texts}
                matches={matches}
              />
            )}
            {view === 'curate' && (
              <Suspense fallback={<p className="muted">{t.workbench.loading}</p>}>
                <Workbench />
              </Suspense>
            )}
          </div>
        </div>
      </div>
      <Tooltip byId={byId} rates={rates} texts={texts} />
      <SourcePanel byId={byId} rates={rates} sources={dataset.sources} texts={texts} />
    </>
  );
}

import { useMemo } from 'react';
import { BarChart } from '../charts/bar-chart/bar-chart';
import { Timeline } from '../charts/timeline/timeline';
import { DatasetStats } from '../components/dataset-stats';
import { Filters } from '../components/filters';
import { SourcePanel } from '../components/source-panel';
import { SummaryLine } from '../components/summary-line';
import { Tooltip } from '../components/tooltip';
import { ViewTabs } from '../components/view-tabs';
import { createRateIndex } from '../data/rates';
import type { Dataset } from '../data/schema';
import { overlapsWindow, selectFilteredRecords } from '../state/selectors';
import { useViewStore } from '../state/store';
import { useI18n } from '../ui/use-i18n';
import { lazyPart } from '../ui/lazy-part';

// The first view is the charts: the table and the sources are loaded when first shown.
const RecordTable = lazyPart(async () => (await import('../components/record-table')).RecordTable);
const SourcesView = lazyPart(async () => (await import('../components/sources-view')).SourcesView);

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
  const visible = useMemo(
    () => filtered.filter((record) => overlapsWindow(record, timeWindow)),
    [filtered, timeWindow],
  );

  return (
    <>
      <DatasetStats records={records} sourceCount={dataset.sources.length} />
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

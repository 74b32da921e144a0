import { useMemo, useState } from 'react';
import type { Announcement, ExchangeRate, SourceMeta } from '../data/schema';
import { useI18n } from '../ui/use-i18n';
import { useViewStore } from '../state/store';
import { COLUMNS, sortRecords, type ColumnContext } from './table-columns';
import { TableDownloads } from '../ui/downloads';
import { SearchMarked } from './record-details';
import { NewBadge } from '../ui/new-records';
import '../ui/card.css';
import '../ui/controls.css';
import './record-table.css';

/** Rows drawn at first and per "show more": a table of 100,000 rows would stall the page. */
const PAGE = 200;

interface RecordTableProps {
  /** The records that pass the filters and the time window, as the charts show them. */
  records: readonly Announcement[];
  total: number;
  rates: ReadonlyMap<string, ExchangeRate>;
  sources: readonly SourceMeta[];
  exchangeRates: readonly ExchangeRate[];
  /** The records the search found (their rows marked, the others dimmed); null: no search. */
  matches?: ReadonlySet<string> | null;
}

/** Every field of every record in view, sortable by any column; a real table for screen readers. */
export function RecordTable({
  records,
  total,
  rates,
  sources,
  exchangeRates,
  matches = null,
}: RecordTableProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const sort = useViewStore((s) => s.tableSort);
  const setSort = useViewStore((s) => s.setTableSort);
  const pin = useViewStore((s) => s.pin);
  const query = useViewStore((s) => s.query);
  const [shown, setShown] = useState(PAGE);
  // New filters or a new order start again from the first page.
  const [pagedFor, setPagedFor] = useState({ records, sort });
  if (pagedFor.records !== records || pagedFor.sort !== sort) {
    setPagedFor({ records, sort });
    setShown(PAGE);
  }
  const context: ColumnContext = useMemo(
    () => ({ i18n, rates, sourceById: new Map(sources.map((s) => [s.id, s])) }),
    [i18n, rates, sources],
  );
  const column = COLUMNS.find((c) => c.key === sort.key) ?? COLUMNS[0]!;
  const sorted = useMemo(
    () => sortRecords(records, column, sort.direction, context),
    [records, column, sort.direction, context],
  );

  return (
    <section className="card table-card" aria-labelledby="table-title">
      <div className="card-header">
        <h2 id="table-title">{t.views.table}</h2>
        <TableDownloads
          records={sorted}
          rates={rates}
          sources={sources}
          exchangeRates={exchangeRates}
        />
      </div>
      {records.length === 0 ? (
        <p className="card-empty">{t.table.empty}</p>
      ) : (
        <div className="table-scroll" role="region" tabIndex={0} aria-labelledby="table-caption">
          <table className="records">
            <caption id="table-caption">{t.table.caption(records.length, total)}</caption>
            <thead>
              <tr>
                {COLUMNS.map((c) => {
                  const active = c.key === column.key;
                  const label = t.table.columns[c.key];
                  return (
                    <th
                      key={c.key}
                      scope="col"
                      aria-sort={active ? sort.direction : undefined}
                      className={c.numeric ? 'numeric' : undefined}
                    >
                      <button
                        type="button"
                        className="sort-button"
                        onClick={() =>
                          setSort({
                            key: c.key,
                            direction:
                              active && sort.direction === 'ascending' ? 'descending' : 'ascending',
                          })
                        }
                      >
                        {label}
                        <span aria-hidden="true" className="sort-arrow">
                          {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {sorted.slice(0, shown).map((record) => (
                <tr
                  key={record.id}
                  className={
                    matches ? (matches.has(record.id) ? 'search-hit' : 'search-dimmed') : undefined
                  }
                >
                  {COLUMNS.map((c) =>
                    c.key === 'id' ? (
                      <th key={c.key} scope="row">
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => pin(record.id)}
                          aria-label={`${t.table.open}: ${record.id}`}
                          translate="no"
                        >
                          {record.id}
                        </button>
                        <NewBadge id={record.id} />
                      </th>
                    ) : (
                      <td
                        key={c.key}
                        lang={typeof c.lang === 'function' ? c.lang(record, context) : c.lang}
                        translate={c.identifiers ? 'no' : undefined}
                        className={[c.numeric && 'numeric', c.wide && 'wide']
                          .filter(Boolean)
                          .join(' ')}
                      >
                        {matches ? (
                          <SearchMarked text={c.text(record, context)} query={query} />
                        ) : (
                          c.text(record, context)
                        )}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {sorted.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          {t.table.showMore(Math.min(PAGE, sorted.length - shown))}
        </button>
      )}
    </section>
  );
}

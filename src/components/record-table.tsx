import { useMemo, useState } from 'react';
import type { Announcement, ExchangeRate, SourceMeta } from '../data/schema';
import { useI18n } from '../ui/use-i18n';
import { useViewStore } from '../state/store';
import { COLUMNS, sortRecords, type ColumnContext } from './table-columns';
import { TableDownloads } from '../ui/downloads';
import { RecordRow } from './record-row';
import { VirtualRows } from './virtual-rows';
import '../ui/card.css';
import '../ui/controls.css';
import './record-table.css';

/**
 * From this many rows on, only the rows in (and near) the frame are in the page: 100,000 rows
 * of 13 cells would stall it. Fewer rows are all there, for find-in-page and screen readers.
 */
export const VIRTUAL_FROM = 200;

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
  // The frame as state, not a ref: the rows are laid out once it is in the page.
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
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
        <div
          ref={setScroller}
          className="table-scroll"
          role="region"
          tabIndex={0}
          aria-labelledby="table-caption"
        >
          {/* The ARIA grid pattern for a table whose rows are not all in the page: the table
              says how many rows it has (the header row included), each row which one it is. */}
          <table
            className="records"
            aria-rowcount={sorted.length < VIRTUAL_FROM ? undefined : sorted.length + 1}
          >
            <caption id="table-caption">{t.table.caption(records.length, total)}</caption>
            <thead>
              <tr aria-rowindex={sorted.length < VIRTUAL_FROM ? undefined : 1}>
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
            {sorted.length < VIRTUAL_FROM ? (
              <tbody>
                {sorted.map((record) => (
                  <RecordRow
                    key={record.id}
                    record={record}
                    context={context}
                    t={t}
                    pin={pin}
                    hit={matches ? matches.has(record.id) : null}
                    query={query}
                  />
                ))}
              </tbody>
            ) : (
              <VirtualRows
                records={sorted}
                context={context}
                t={t}
                pin={pin}
                scroller={scroller}
                columns={COLUMNS.length}
                matches={matches}
                query={query}
              />
            )}
          </table>
        </div>
      )}
    </section>
  );
}

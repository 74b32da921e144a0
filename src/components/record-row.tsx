import { memo } from 'react';
import type { Announcement } from '../data/schema';
import type { Messages } from '../i18n/messages';
import { NewBadge } from '../ui/new-records';
import { SearchMarked } from './record-details';
import { COLUMNS, type ColumnContext } from './table-columns';

interface RecordRowProps {
  record: Announcement;
  context: ColumnContext;
  t: Messages;
  pin: (id: string) => void;
  /** 1-based position among all rows, the header row being 1 (set when rows are virtualised). */
  rowIndex?: number;
  /** The virtualiser's index, for measuring the row's height. */
  dataIndex?: number;
  measure?: (row: HTMLTableRowElement | null) => void;
  /** Under a search: whether this row matches (tinted) or not (muted); null without a search. */
  hit?: boolean | null;
  /** The search, whose words are marked in the cells. */
  query?: string;
}

/** One record as a table row: its id as the row header (a button that opens the source), then every field. */
export const RecordRow = memo(function RecordRow({
  record,
  context,
  t,
  pin,
  rowIndex,
  dataIndex,
  measure,
  hit = null,
  query = '',
}: RecordRowProps) {
  return (
    <tr
      aria-rowindex={rowIndex}
      data-index={dataIndex}
      ref={measure}
      className={hit === null ? undefined : hit ? 'search-hit' : 'search-dimmed'}
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
            className={[c.numeric && 'numeric', c.wide && 'wide'].filter(Boolean).join(' ')}
          >
            {hit === null ? (
              c.text(record, context)
            ) : (
              <SearchMarked text={c.text(record, context)} query={query} />
            )}
          </td>
        ),
      )}
    </tr>
  );
});

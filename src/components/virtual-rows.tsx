import { useLayoutEffect, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Announcement } from '../data/schema';
import type { Messages } from '../i18n/messages';
import type { ColumnContext } from './table-columns';
import { RecordRow } from './record-row';

interface VirtualRowsProps {
  records: readonly Announcement[];
  context: ColumnContext;
  t: Messages;
  pin: (id: string) => void;
  /** The frame the table scrolls in. */
  scroller: HTMLDivElement | null;
  columns: number;
  /** The records the search found (null: no search), and the search's words. */
  matches: ReadonlySet<string> | null;
  query: string;
}

/** A row's height before it is measured (one line of text); rows that wrap are measured. */
const ESTIMATED_ROW = 34;

/**
 * The table's body with only the rows in and near its frame in the page (@tanstack/react-virtual):
 * an empty row above and below stands in for the rest, so the scroll bar is the whole table's
 * and the columns keep the table's own layout. Each row is measured once drawn (wrapped excerpts
 * make rows of different heights).
 */
export function VirtualRows({
  records,
  context,
  t,
  pin,
  scroller,
  columns,
  matches,
  query,
}: VirtualRowsProps) {
  // Where the body starts in the frame (below the caption and the header row).
  const [scrollMargin, setScrollMargin] = useState(0);
  // The virtualiser's functions are read afresh each render; measureElement is one stable function.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: records.length,
    getScrollElement: () => scroller,
    estimateSize: () => ESTIMATED_ROW,
    overscan: 8,
    scrollMargin,
    getItemKey: (index) => records[index]!.id,
  });
  useLayoutEffect(() => {
    const body = scroller?.querySelector('tbody');
    if (body) setScrollMargin(body.offsetTop);
  }, [scroller, records]);
  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? items[0]!.start - scrollMargin : 0;
  const after =
    items.length > 0 ? virtualizer.getTotalSize() - (items.at(-1)!.end - scrollMargin) : 0;
  return (
    <tbody>
      {before > 0 && <Spacer height={before} columns={columns} />}
      {items.map((item) => {
        const record = records[item.index]!;
        return (
          <RecordRow
            key={record.id}
            record={record}
            context={context}
            t={t}
            pin={pin}
            rowIndex={item.index + 2}
            dataIndex={item.index}
            measure={virtualizer.measureElement}
            hit={matches ? matches.has(record.id) : null}
            query={query}
          />
        );
      })}
      {after > 0 && <Spacer height={after} columns={columns} />}
    </tbody>
  );
}

/** The rows not in the page, as one empty row of their height (hidden from screen readers). */
function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden="true" className="virtual-spacer">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}

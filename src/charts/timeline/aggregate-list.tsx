import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { KIND_ORDER, KIND_STYLES, markPath } from '../../encoding/kind-style';
import { useI18n } from '../../ui/use-i18n';
import { recordLabel } from '../../ui/record-label';
import type { MarkTable } from './mark-table';

/** Where the list hangs in the timeline's box (px from its top left), above or below the point. */
export interface ListPlace {
  left: number;
  top: number;
  above: boolean;
}

const STEP_PAGE = 10;

/**
 * The announcements of an aggregate that zooming cannot spread apart (all on one date, or at
 * the zoom limit), listed with each one's date, donor, kind and dollars: a non-modal dialog
 * whose list takes the focus; the arrow keys (Page Up/Down, Home, End) step through it, Enter
 * or a click opens the announcement's source as a mark's does, Escape closes it.
 */
export function AggregateList({
  table,
  members,
  title,
  place,
  onOpen,
  onClose,
}: {
  table: MarkTable;
  /** Table slots, in time order. */
  members: readonly number[];
  title: string;
  place: ListPlace;
  onOpen: (id: string) => void;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => listRef.current?.focus({ preventScroll: true }), []);
  useEffect(() => {
    listRef.current
      ?.querySelector(`[data-index="${active}"]`)
      ?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const last = members.length - 1;
  const idOf = (n: number) => table.records[members[n]!]!.id;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Tab') return;
    // The plot's own keys (arrows, zoom) stay out of the list.
    event.stopPropagation();
    const step = (to: number) => setActive(Math.max(0, Math.min(last, to)));
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        step(active + 1);
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        step(active - 1);
        break;
      case 'PageDown':
        step(active + STEP_PAGE);
        break;
      case 'PageUp':
        step(active - STEP_PAGE);
        break;
      case 'Home':
        step(0);
        break;
      case 'End':
        step(last);
        break;
      case 'Enter':
      case ' ':
        onOpen(idOf(active));
        break;
      case 'Escape':
        onClose();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div
      role="dialog"
      aria-label={title}
      className={`aggregate-list${place.above ? ' above' : ''}`}
      style={{ left: place.left, top: place.top }}
    >
      <div className="aggregate-list-head">
        <p className="aggregate-list-title">{title}</p>
        <button
          type="button"
          className="control-button"
          aria-label={t.timeline.aggregateListClose}
          onClick={onClose}
        >
          ✕
        </button>
      </div>
      <p id="aggregate-list-help" className="aggregate-list-help">
        {t.timeline.aggregateListHelp}
      </p>
      <ul
        ref={listRef}
        role="listbox"
        tabIndex={0}
        aria-label={title}
        aria-describedby="aggregate-list-help"
        aria-activedescendant={`aggregate-member-${active}`}
        onKeyDown={onKeyDown}
      >
        {members.map((slot, n) => {
          const record = table.records[slot]!;
          const kind = KIND_ORDER[table.kind[slot]!]!;
          const style = KIND_STYLES[kind];
          const usd = table.usd[slot]!;
          return (
            <li
              key={record.id}
              id={`aggregate-member-${n}`}
              role="option"
              aria-selected={n === active}
              aria-label={recordLabel(record, Number.isNaN(usd) ? null : usd, i18n)}
              data-index={n}
              data-record-id={record.id}
              onClick={() => {
                setActive(n);
                onOpen(record.id);
              }}
            >
              <svg width={14} height={14} viewBox="-7 -7 14 14" aria-hidden="true">
                <path
                  d={markPath(style.shape, 60)}
                  transform={`rotate(${style.rotate})`}
                  style={{ fill: Number.isNaN(usd) ? 'var(--card)' : style.paint }}
                  stroke={style.paint}
                  strokeWidth={1.5}
                />
              </svg>
              <span className="aggregate-member-date">{i18n.recordDate(record.date)}</span>
              <span className="aggregate-member-donor">{i18n.group(record.donors)}</span>
              <span className="aggregate-member-kind">{i18n.kind(kind)}</span>
              <span className="aggregate-member-usd">
                {Number.isNaN(usd) ? t.timeline.aggregateNoSum : i18n.usd(usd)}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The list's width in px (as in timeline.css), to keep it inside the timeline. */
const LIST_WIDTH = 368;
const LIST_ROOM_BELOW = 300;

/**
 * Where an aggregate's list hangs: under its box (or over it near the plot's foot), kept
 * inside the timeline's width. `box` is in plot pixels; the plot starts at (left, top).
 */
export function listPlace(
  box: { x: number; y: number; width: number; height: number },
  plot: { left: number; top: number; width: number; height: number },
): ListPlace {
  const centre = plot.left + box.x + box.width / 2;
  const left = Math.max(0, Math.min(centre - LIST_WIDTH / 2, plot.width - LIST_WIDTH));
  const below = plot.top + box.y + box.height + 4;
  const above = below + LIST_ROOM_BELOW > plot.height && box.y > LIST_ROOM_BELOW;
  return { left, top: above ? plot.top + box.y - 4 : below, above };
}

import { useLayoutEffect, useRef } from 'react';
import type { Announcement, ExchangeRate } from '../data/schema';
import { noteText } from '../i18n/data-translations';
import { useI18n } from '../ui/use-i18n';
import { useViewStore } from '../state/store';
import { toUsd } from '../transforms/to-usd';
import { Excerpt, RecordFacts } from './record-details';
import { UserText } from './user-text';
import { NewBadge } from '../ui/new-records';
import { isNarrowScreen } from '../ui/breakpoints';
import './tooltip.css';

const MARGIN = 8;

/** The source under the hovered or focused mark, kept inside the viewport. */
export function Tooltip({
  byId,
  rates,
  texts,
}: {
  byId: ReadonlyMap<string, Announcement>;
  rates: ReadonlyMap<string, ExchangeRate>;
  /** Article texts that came with the dataset; an excerpt without one is unverified. */
  texts: ReadonlyMap<string, string>;
}) {
  const hoveredId = useViewStore((s) => s.hoveredId);
  const anchor = useViewStore((s) => s.hoverAnchor);
  const record = hoveredId ? byId.get(hoveredId) : undefined;
  const ref = useRef<HTMLDivElement>(null);
  const { t, language } = useI18n();
  // On a phone a tooltip beside the mark covers the chart around it: it is a sheet along the
  // bottom of the screen instead, or along the top when the mark is under the sheet.
  const sheet = isNarrowScreen();

  // Placed once its size is known, before the browser paints, straight on the element: one
  // render a hover, not a second one to move it.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !anchor) return;
    const { width, height } = element.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    if (sheet) {
      element.style.left = '0px';
      element.style.top = `${anchor.y + 16 > vh - height ? 0 : vh - height}px`;
      return;
    }
    const left = Math.min(Math.max(MARGIN, anchor.x - width / 2), vw - width - MARGIN);
    // Above the mark when there is room, else below it; never off screen.
    const above = anchor.y - height - 12;
    const top = above >= MARGIN ? above : Math.min(anchor.y + 28, vh - height - MARGIN);
    element.style.left = `${left}px`;
    element.style.top = `${Math.max(MARGIN, top)}px`;
  }, [anchor, hoveredId, sheet]);

  if (!record || !anchor) return null;
  return (
    <div
      ref={ref}
      role="tooltip"
      id="mark-tooltip"
      className={sheet ? 'tooltip tooltip-sheet' : 'tooltip'}
    >
      <NewBadge id={record.id} />
      <RecordFacts record={record} usd={toUsd(record, rates)} />
      <Excerpt record={record} index={0} verified={texts.has(record.sources[0]!.id)} />
      {record.note && (
        <p className="tooltip-note">
          <strong>{t.record.note}</strong> <UserText {...noteText(record.note, language)} />
        </p>
      )}
      {record.sources.length > 1 && (
        <p className="muted">{t.record.moreExcerpts(record.sources.length - 1)}</p>
      )}
      <p className="muted tooltip-hint">{t.record.tooltipHint}</p>
    </div>
  );
}

import { Fragment, useEffect, useRef } from 'react';
import { pageFurniture, splitAt } from '../data/page-furniture';
import { noteText, sourceSummary } from '../i18n/data-translations';
import type { Announcement, ExchangeRate, SourceMeta } from '../data/schema';
import type { SourceTexts } from '../data/validate-sources';
import { useI18n } from '../ui/use-i18n';
import { useViewStore } from '../state/store';
import { toUsd } from '../transforms/to-usd';
import { Excerpt, Highlighted, RecordFacts } from './record-details';
import { UserText } from './user-text';
import { CiteButton, useCitationPlace } from '../ui/cite-button';
import { citationText } from '../ui/citation';
import '../ui/controls.css';
import './article-text.css';
import './source-panel.css';

interface SourcePanelProps {
  byId: ReadonlyMap<string, Announcement>;
  rates: ReadonlyMap<string, ExchangeRate>;
  sources: readonly SourceMeta[];
  texts: SourceTexts;
}

/** The pinned record in full, and each article it cites with the excerpt highlighted. */
export function SourcePanel({ byId, rates, sources, texts }: SourcePanelProps) {
  const pinnedId = useViewStore((s) => s.pinnedId);
  const pin = useViewStore((s) => s.pin);
  const record = pinnedId ? byId.get(pinnedId) : undefined;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const i18n = useI18n();
  const { t } = i18n;
  const returnFocus = useRef<Element | null>(null);
  const place = useCitationPlace();

  useEffect(() => {
    if (!record) return;
    if (!returnFocus.current) returnFocus.current = document.activeElement;
    // Issue 15, point 8: the panel opens at the record's facts, and nothing else moves: the
    // page behind stays put, and only each article's own box scrolls to its cited sentence.
    headingRef.current?.focus({ preventScroll: true });
    if (panelRef.current) panelRef.current.scrollTop = 0;
    for (const box of panelRef.current?.querySelectorAll<HTMLElement>('.article-text') ?? []) {
      const mark = box.querySelector('mark.excerpt-in-article');
      if (mark) box.scrollTop += nearTopOffset(box, mark);
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') pin(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [record, pin]);

  useEffect(() => {
    if (record || !returnFocus.current) return;
    const target = returnFocus.current;
    returnFocus.current = null;
    if (target instanceof HTMLElement || target instanceof SVGElement) target.focus();
  }, [record]);

  if (!record) return null;
  const sourceIds = [...new Set(record.sources.map((s) => s.id))];
  return (
    <aside className="source-panel" aria-labelledby="panel-title" ref={panelRef}>
      <div className="panel-head">
        <h2 id="panel-title" tabIndex={-1} ref={headingRef}>
          {t.panel.title}
        </h2>
        <button
          type="button"
          className="control-button"
          onClick={() => pin(null)}
          aria-label={t.panel.close}
        >
          ✕
        </button>
      </div>
      <div className="record-id-line">
        <p className="muted record-id">
          {t.panel.recordId} <span translate="no">{record.id}</span>
        </p>
        <CiteButton
          label={t.cite.record}
          citation={() =>
            citationText(i18n, {
              articles: sourceIds.flatMap((id) => sources.filter((s) => s.id === id)),
              recordId: record.id,
              where: place(record.id),
              consulted: new Date(),
            })
          }
        />
      </div>
      <RecordFacts record={record} usd={toUsd(record, rates)} />
      {record.note && (
        <p className="record-note">
          <strong>{t.record.curatorsNote}</strong>{' '}
          <UserText {...noteText(record.note, i18n.language)} />
        </p>
      )}
      {record.partOf && byId.has(record.partOf) && (
        <p>
          {t.panel.partOf}{' '}
          <button type="button" className="link-button" onClick={() => pin(record.partOf!)}>
            {record.partOf}
          </button>
          {t.panel.partOfAfter}
        </p>
      )}
      {record.sources.some((s) => texts.get(s.id)?.includes(s.excerpt)) && (
        <p>
          <button
            type="button"
            className="link-button"
            onClick={() => toSentence(panelRef.current)}
          >
            {t.panel.toSentence}
          </button>
        </p>
      )}
      <h3>{t.panel.excerpts}</h3>
      {record.sources.map((_, i) => (
        <Excerpt key={i} record={record} index={i} verified={texts.has(record.sources[i]!.id)} />
      ))}
      {sourceIds.map((id) => {
        const meta = sources.find((s) => s.id === id);
        const text = texts.has(id) ? articleBody(texts.get(id)!) : undefined;
        const excerpts = record.sources.filter((s) => s.id === id).map((s) => s.excerpt);
        const ranges = text
          ? excerpts.flatMap((e) => {
              const at = text.indexOf(e);
              return at < 0 ? [] : [[at, at + e.length] as [number, number]];
            })
          : [];
        const summary = meta && sourceSummary(meta.summary, i18n.language);
        return (
          <section key={id} className="article" aria-label={t.panel.articleLabel(id)}>
            <h3>{t.panel.article(meta ? i18n.month(meta.published) : null)}</h3>
            {summary && (
              <p className="muted">
                <UserText lang={summary.lang} text={summary.text} />
              </p>
            )}
            {text ? (
              <div className="article-text" lang="nl" tabIndex={0} aria-label={t.panel.fullText}>
                <ArticleText text={text} ranges={ranges} furnitureNote={t.panel.furniture} />
              </div>
            ) : (
              <p className="muted">{t.panel.noText}</p>
            )}
          </section>
        );
      })}
    </aside>
  );
}

/** The article, its cited sentences marked; the page furniture around it dimmed, kept as is. */
function ArticleText({
  text,
  ranges,
  furnitureNote,
}: {
  text: string;
  ranges: Array<[number, number]>;
  furnitureNote: string;
}) {
  return (
    <span className="article-body">
      {splitAt(text, pageFurniture(text)).map(({ start, end, inRange }) => {
        const piece = text.slice(start, end);
        const inPiece = ranges
          .filter(([from, to]) => from >= start && to <= end)
          .map(([from, to]) => [from - start, to - start] as [number, number]);
        const body = (
          <Highlighted text={piece} ranges={inPiece} markClassName="excerpt-in-article" />
        );
        return inRange ? (
          <span key={start} className="furniture" title={furnitureNote} data-note={furnitureNote}>
            {body}
          </span>
        ) : (
          <Fragment key={start}>{body}</Fragment>
        );
      })}
    </span>
  );
}

/** How far a box must scroll for an element inside it to sit in its middle. */
function centreOffset(box: Element, element: Element): number {
  const inner = element.getBoundingClientRect();
  const outer = box.getBoundingClientRect();
  return inner.top + inner.height / 2 - (outer.top + outer.height / 2);
}

/**
 * How far a box must scroll for an element inside it to sit a few lines below its top: where
 * the reader sees it as soon as the box's top is in view (the box may reach below the screen).
 */
function nearTopOffset(box: Element, element: Element): number {
  return element.getBoundingClientRect().top - box.getBoundingClientRect().top - 64;
}

/** Scrolls the panel, and the article's box inside it, to the first cited sentence; focuses the box. */
function toSentence(panel: HTMLElement | null) {
  const mark = panel?.querySelector('mark.excerpt-in-article');
  const box = mark?.closest<HTMLElement>('.article-text');
  if (!panel || !mark || !box) return;
  box.scrollTop += nearTopOffset(box, mark);
  panel.scrollTop += centreOffset(panel, mark);
  box.focus({ preventScroll: true });
}

/** The article without the " date 2022-03 " line the files open with (shown in the heading). */
export function articleBody(text: string): string {
  return text.replace(/^\s*date \d{4}-\d{2}\s*/, '');
}

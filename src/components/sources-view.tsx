import { useMemo, useState, type ReactNode } from 'react';
import { sourceSummary } from '../i18n/data-translations';
import type { Announcement, SourceMeta } from '../data/schema';
import { useI18n } from '../ui/use-i18n';
import { type I18n } from '../i18n/i18n';
import { useViewStore } from '../state/store';
import { recordLabel } from '../ui/record-label';
import { articleBody } from './source-panel';
import { UserText } from './user-text';
import { SearchMarked } from './record-details';
import { CiteButton, useCitationPlace } from '../ui/cite-button';
import { citationText, languageName } from '../ui/citation';
import '../ui/card.css';
import '../ui/controls.css';
import './article-text.css';
import './sources-view.css';

interface SourcesViewProps {
  records: readonly Announcement[];
  sources: readonly SourceMeta[];
  texts: ReadonlyMap<string, string>;
  /** The records the search found (marked; the others dimmed); null: no search. */
  matches?: ReadonlySet<string> | null;
}

/** A record's place in a search: found, stepped back, or no search at all. */
const searchClass = (matches: ReadonlySet<string> | null, id: string) =>
  matches ? (matches.has(id) ? 'search-hit' : 'search-dimmed') : undefined;

/** A stretch of an article that one or more records cite. */
interface Citation {
  start: number;
  end: number;
  records: Announcement[];
}

/**
 * Where each record's excerpts sit in the article: one citation per stretch of text, stretches
 * that overlap merged, so every cited sentence is marked once and names all its records.
 */
export function citationsIn(
  text: string,
  sourceId: string,
  records: readonly Announcement[],
): Citation[] {
  const found: Citation[] = [];
  for (const record of records)
    for (const ref of record.sources) {
      if (ref.id !== sourceId) continue;
      const start = text.indexOf(ref.excerpt);
      if (start >= 0) found.push({ start, end: start + ref.excerpt.length, records: [record] });
    }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Citation[] = [];
  for (const citation of found) {
    const last = merged.at(-1);
    if (last && citation.start < last.end) {
      last.end = Math.max(last.end, citation.end);
      for (const r of citation.records) if (!last.records.includes(r)) last.records.push(r);
    } else merged.push({ ...citation, records: [...citation.records] });
  }
  return merged;
}

/** The articles: month, summary, the records drawn from each, and the text with every citation. */
export function SourcesView({ records, sources, texts, matches = null }: SourcesViewProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const pin = useViewStore((s) => s.pin);
  const query = useViewStore((s) => s.query);
  const place = useCitationPlace();
  const bySource = useMemo(() => {
    const map = new Map<string, Announcement[]>();
    for (const record of records)
      for (const id of new Set(record.sources.map((s) => s.id))) {
        const list = map.get(id);
        if (list) list.push(record);
        else map.set(id, [record]);
      }
    return map;
  }, [records]);
  const ordered = [...sources].sort((a, b) => a.published.localeCompare(b.published));

  return (
    <section className="card sources-view" aria-labelledby="sources-title">
      <h2 id="sources-title">{t.sources.title}</h2>
      <p className="card-hint">{t.sources.intro}</p>
      {ordered.map((source) => {
        const cited = bySource.get(source.id) ?? [];
        const summary = sourceSummary(source.summary, i18n.language);
        const raw = texts.get(source.id);
        const text = raw === undefined ? undefined : articleBody(raw);
        return (
          <article
            key={source.id}
            className="source"
            aria-labelledby={`source-${source.id} source-month-${source.id} source-id-${source.id}`}
          >
            {/* The article's title where the dataset gives one; else the curator's one-line summary. */}
            <h3 id={`source-${source.id}`}>
              {source.title ? (
                <UserText lang={source.language} text={source.title} />
              ) : (
                <UserText lang={summary.lang} text={summary.text} />
              )}
            </h3>
            {source.title && (
              <p className="card-hint">
                <UserText lang={summary.lang} text={summary.text} />
              </p>
            )}
            <p className="source-meta">
              {t.sources.published}:{' '}
              <span className="source-month" id={`source-month-${source.id}`}>
                {i18n.month(source.published)}
              </span>
              {source.outlet && (
                <>
                  {' · '}
                  {t.sources.outlet}: <UserText text={source.outlet} />
                </>
              )}
              {' · '}
              {languageName(source.language, i18n.locale)}
              {' · '}
              {t.sources.records(cited.length)}
              {' · '}
              <UserText
                className="muted source-id"
                translate="no"
                text={source.id}
                id={`source-id-${source.id}`}
              />{' '}
              <CiteButton
                label={t.cite.article(source.title ?? summary.text)}
                citation={() =>
                  citationText(i18n, {
                    articles: [source],
                    where: place(null),
                    consulted: new Date(),
                  })
                }
              />
            </p>
            <RecordList records={cited} i18n={i18n} onOpen={pin} matches={matches} />
            {text === undefined ? (
              <p className="muted">{t.sources.noText}</p>
            ) : (
              <ArticleText
                text={text}
                sourceId={source.id}
                cited={cited}
                i18n={i18n}
                onOpen={pin}
                search={{ query: matches ? query : '', matches }}
              />
            )}
          </article>
        );
      })}
    </section>
  );
}

/** The article with each citation marked and followed by a link to each of its records. */
function CitedText({
  text,
  citations,
  i18n,
  onOpen,
  search,
}: {
  text: string;
  citations: Citation[];
  i18n: I18n;
  onOpen: (id: string) => void;
  search: Search;
}) {
  const parts: ReactNode[] = [];
  let at = 0;
  const found = (citation: Citation) =>
    search.matches !== null && citation.records.some((r) => search.matches!.has(r.id));
  for (const citation of citations) {
    parts.push(
      <SearchMarked key={`t${at}`} text={text.slice(at, citation.start)} query={search.query} />,
    );
    parts.push(
      <mark key={citation.start} className={`citation${found(citation) ? ' search-hit' : ''}`}>
        <SearchMarked text={text.slice(citation.start, citation.end)} query={search.query} />
      </mark>,
    );
    for (const record of citation.records)
      parts.push(
        <button
          key={`${citation.start}-${record.id}`}
          type="button"
          className="citation-link"
          lang={i18n.language}
          aria-label={i18n.t.sources.showRecord(recordLabel(record, null, i18n))}
          title={i18n.t.sources.showRecord(recordLabel(record, null, i18n))}
          data-cites={record.id}
          onClick={() => onOpen(record.id)}
        >
          ↗
        </button>,
      );
    at = citation.end;
  }
  parts.push(<SearchMarked key={`t${at}`} text={text.slice(at)} query={search.query} />);
  return <>{parts}</>;
}

/** The search as the article text needs it: the words to mark, the records found. */
interface Search {
  query: string;
  matches: ReadonlySet<string> | null;
}

/** Records listed at first under an article; a user's dataset may draw thousands from one. */
const FIRST_RECORDS = 25;

/** The records drawn from an article, the first few and then all on request. */
function RecordList({
  records,
  i18n,
  onOpen,
  matches,
}: {
  records: readonly Announcement[];
  i18n: I18n;
  onOpen: (id: string) => void;
  matches: ReadonlySet<string> | null;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? records : records.slice(0, FIRST_RECORDS);
  return (
    <>
      <ul className="source-records">
        {shown.map((record) => (
          <li key={record.id} className={searchClass(matches, record.id)}>
            <button type="button" className="link-button" onClick={() => onOpen(record.id)}>
              {recordLabel(record, null, i18n)}
            </button>
          </li>
        ))}
      </ul>
      {shown.length < records.length && (
        <button type="button" onClick={() => setAll(true)}>
          {i18n.t.sources.showAll(records.length)}
        </button>
      )}
    </>
  );
}

/**
 * The article, folded. Its text and citations are drawn only once it is opened: a large
 * dataset cites thousands of sentences, and five folded articles should cost nothing.
 */
function ArticleText({
  text,
  sourceId,
  cited,
  i18n,
  onOpen,
  search,
}: {
  text: string;
  sourceId: string;
  cited: readonly Announcement[];
  i18n: I18n;
  onOpen: (id: string) => void;
  search: Search;
}) {
  const [open, setOpen] = useState(false);
  const citations = useMemo(
    () => (open ? citationsIn(text, sourceId, cited) : []),
    [open, text, sourceId, cited],
  );
  return (
    <details className="source-text" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{i18n.t.sources.readText}</summary>
      {open && (
        <div className="article-text" lang="nl">
          <CitedText
            text={text}
            citations={citations}
            i18n={i18n}
            onOpen={onOpen}
            search={search}
          />
        </div>
      )}
    </details>
  );
}

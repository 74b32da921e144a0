import { useEffect, useRef, useState } from 'react';
import { suggestRecord } from '../curation/suggest';
import { useI18n } from '../ui/use-i18n';
import { ArticleForm } from './article-form';
import { ArticleView, type Span } from './article-view';
import { ExportPanel } from './export-panel';
import { suggestRecordId } from './ids';
import { RecordForm } from './record-form';
import { useWork } from './work-context';
import { draftFromRecord, draftFromSuggestion } from './work-document';
import './workbench.css';

let drafted = 0;
/** A key no other draft of this document has. */
const newKey = () => `draft-${Date.now().toString(36)}-${(drafted++).toString(36)}`;

/**
 * The curation workbench (issue 16): add an article, turn its sentences into records checked
 * as they are written, and export the dataset. Loaded only when the Curate tab is opened.
 */
export default function Workbench() {
  const { t } = useI18n();
  const w = t.workbench;
  const { doc, dispatch, undo, redo, canUndo, canRedo, storage, base } = useWork();
  const [chosen, setChosen] = useState<string | null>(null);
  const open = doc.drafts.find((d) => d.key === doc.open) ?? null;
  const article =
    doc.articles.find((a) => a.id === (open?.articleId ?? chosen)) ?? doc.articles.at(-1) ?? null;

  // Ctrl+Z undoes, Ctrl+Shift+Z (or Ctrl+Y) redoes: anywhere in the workbench, and on the page
  // itself (an accepted draft's button is gone, and the focus with it).
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      const target = event.target as Node | null;
      if (target !== document.body && !section.current?.contains(target)) return;
      const key = event.key.toLowerCase();
      if (key !== 'z' && key !== 'y') return;
      event.preventDefault();
      if (key === 'y' || event.shiftKey) redo();
      else undo();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);
  // An article chosen (or just added) is shown; a draft open on another one is set aside (it
  // stays under Drafts).
  const choose = (id: string) => {
    setChosen(id);
    if (open && open.articleId !== id) dispatch({ type: 'focus-draft', key: null });
  };
  const taken = () =>
    new Set([
      ...base.announcements.map((r) => r.id),
      ...doc.records.map((r) => r.id),
      ...doc.drafts.map((d) => d.id),
    ]);
  const newDraft = (span: Span) => {
    if (!article) return;
    const s = suggestRecord(article, span.start, span.end);
    const figure = s.amount?.value ?? s.items.find((i) => i.quantity)?.quantity ?? null;
    const id = suggestRecordId({ donors: s.donors, kind: s.kind ?? '', figure }, taken());
    dispatch({
      type: 'open-draft',
      draft: draftFromSuggestion(newKey(), article, span.start, span.end, s, id),
    });
  };
  const reselect = (span: Span) => {
    if (!open || !article) return;
    const change = {
      start: span.start,
      end: span.end,
      excerpt: article.text.slice(span.start, span.end),
    };
    dispatch({ type: 'edit-draft', key: open.key, change });
  };

  return (
    <section ref={section} className="workbench" aria-labelledby="workbench-title">
      <div className="workbench-head">
        <h2 id="workbench-title">{w.title}</h2>
        <div className="workbench-actions">
          <button
            type="button"
            className="control-button"
            onClick={undo}
            disabled={!canUndo}
            aria-keyshortcuts="Control+Z"
          >
            {w.undo}
          </button>
          <button
            type="button"
            className="control-button"
            onClick={redo}
            disabled={!canRedo}
            aria-keyshortcuts="Control+Shift+Z"
          >
            {w.redo}
          </button>
        </div>
      </div>
      <p className="workbench-hint">{w.intro}</p>
      <p
        role="status"
        className={
          storage === 'saved' || storage === 'loading' ? 'workbench-hint' : 'workbench-problem'
        }
      >
        {w.storage[storage]}
      </p>
      <div className="workbench-columns">
        <div className="workbench-side">
          {doc.articles.length > 0 && (
            <section aria-labelledby="workbench-articles-title">
              <h3 id="workbench-articles-title">{w.articles}</h3>
              <ul className="workbench-list">
                {doc.articles.map((a) => (
                  <li key={a.id}>
                    <button
                      type="button"
                      className="link-button"
                      aria-current={a.id === article?.id}
                      onClick={() => choose(a.id)}
                    >
                      <span translate="no">{a.id}</span>
                    </button>{' '}
                    <button
                      type="button"
                      className="control-button"
                      aria-label={w.removeArticle(a.id)}
                      onClick={() => dispatch({ type: 'remove-article', id: a.id })}
                    >
                      {w.remove}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {doc.drafts.length > 0 && (
            <section aria-labelledby="workbench-drafts-title">
              <h3 id="workbench-drafts-title">{w.drafts}</h3>
              <ul className="workbench-list">
                {doc.drafts.map((d) => (
                  <li key={d.key}>
                    <button
                      type="button"
                      className="link-button"
                      aria-current={d.key === doc.open}
                      onClick={() => dispatch({ type: 'focus-draft', key: d.key })}
                    >
                      <span translate="no">{d.id || d.key}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {doc.records.length > 0 && (
            <section aria-labelledby="workbench-records-title">
              <h3 id="workbench-records-title">{w.accepted(doc.records.length)}</h3>
              <ul className="workbench-list">
                {doc.records.map((r) => (
                  <li key={r.id}>
                    <span translate="no">{r.id}</span>{' '}
                    <button
                      type="button"
                      className="control-button"
                      onClick={() =>
                        dispatch({
                          type: 'edit-record',
                          id: r.id,
                          draft: draftFromRecord(newKey(), r, doc.articles),
                        })
                      }
                    >
                      {w.editRecordButton(r.id)}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {doc.articles.length === 0 ? (
            <ArticleForm onAdded={choose} />
          ) : (
            // Once there is an article, the form to add another is folded out of the way; keyed
            // by the count of articles, it folds again when one more is added.
            <details key={doc.articles.length} className="workbench-more">
              <summary>{w.addAnotherArticle}</summary>
              <ArticleForm onAdded={choose} />
            </details>
          )}
        </div>
        <div className="workbench-main">
          {article ? (
            <ArticleView
              key={article.id}
              article={article}
              canReselect={open?.articleId === article.id}
              onRecord={newDraft}
              onExcerpt={reselect}
            />
          ) : (
            <p className="workbench-hint">{w.noArticle}</p>
          )}
          {open && <RecordForm key={open.key} draft={open} />}
        </div>
      </div>
      <ExportPanel />
    </section>
  );
}

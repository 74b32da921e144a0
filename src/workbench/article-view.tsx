import { useMemo, useState, type SyntheticEvent } from 'react';
import type { Candidate } from '../curation/candidate';
import { findCandidates } from '../curation/candidates';
import { useI18n } from '../ui/use-i18n';
import { CandidateChips } from './candidate-chips';
import type { WorkArticle } from './work-document';

export interface Span {
  start: number;
  end: number;
}

/** A span without the white space at its ends (a mouse selection often takes some). */
export function trimSpan(text: string, { start, end }: Span): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

/** The offset in the article of a point in the rendered text (each segment knows its start). */
function offsetOf(node: Node | null, offset: number): number | null {
  const element = node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element | null);
  const segment = element?.closest<HTMLElement>('[data-start]');
  if (!segment) return null;
  return Number(segment.dataset.start) + (node?.nodeType === Node.TEXT_NODE ? offset : 0);
}

/**
 * The article with its candidate sentences marked, and the list of candidates with what was
 * recognised in each. A candidate opens a record; so does any span selected with the mouse in
 * the text, or with the keyboard in the plain copy below it.
 */
export function ArticleView({
  article,
  canReselect,
  onRecord,
  onExcerpt,
}: {
  article: WorkArticle;
  /** Whether the open record cites this article, so a selection may become its excerpt. */
  canReselect: boolean;
  onRecord: (span: Span) => void;
  onExcerpt: (span: Span) => void;
}) {
  const { t } = useI18n();
  const w = t.workbench;
  const candidates = useMemo(() => findCandidates(article), [article]);
  const [selection, setSelection] = useState<Span | null>(null);
  const text = article.text;

  const segments = useMemo(() => {
    const parts: { start: number; end: number; candidate: Candidate | null }[] = [];
    let at = 0;
    for (const c of candidates) {
      if (c.start < at) continue;
      if (c.start > at) parts.push({ start: at, end: c.start, candidate: null });
      parts.push({ start: c.start, end: c.end, candidate: c });
      at = c.end;
    }
    if (at < text.length) parts.push({ start: at, end: text.length, candidate: null });
    return parts;
  }, [candidates, text]);

  const readSelection = () => {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    const a = offsetOf(sel.anchorNode, sel.anchorOffset);
    const b = offsetOf(sel.focusNode, sel.focusOffset);
    if (a === null || b === null) return;
    setSelection(trimSpan(text, { start: Math.min(a, b), end: Math.max(a, b) }));
  };

  const readPlainSelection = (event: SyntheticEvent<HTMLTextAreaElement>) => {
    const { selectionStart, selectionEnd } = event.currentTarget;
    if (selectionStart !== selectionEnd)
      setSelection(trimSpan(text, { start: selectionStart, end: selectionEnd }));
  };

  return (
    <div className="workbench-article">
      <div
        className="workbench-text article-text"
        lang={article.language}
        aria-label={w.articleTextLabel(article.id)}
        role="document"
        onMouseUp={readSelection}
        onKeyUp={readSelection}
      >
        {segments.map((part) =>
          part.candidate ? (
            <mark
              key={part.start}
              data-start={part.start}
              className="workbench-candidate"
              onClick={() => {
                if (window.getSelection()?.isCollapsed !== false) setSelection(part);
              }}
            >
              {text.slice(part.start, part.end)}
            </mark>
          ) : (
            <span key={part.start} data-start={part.start}>
              {text.slice(part.start, part.end)}
            </span>
          ),
        )}
      </div>
      <details className="workbench-keyboard-select">
        <summary>{w.selectByKeyboard}</summary>
        <label>
          {w.plainText}
          <textarea
            readOnly
            rows={6}
            value={text}
            onSelect={readPlainSelection}
            onKeyUp={readPlainSelection}
            onMouseUp={readPlainSelection}
          />
        </label>
      </details>
      {selection && (
        <div className="workbench-selection" role="group" aria-label={w.selection}>
          <p>
            <span className="workbench-label">{w.selected}</span>{' '}
            <q lang={article.language}>{text.slice(selection.start, selection.end)}</q>
          </p>
          <button type="button" className="control-button" onClick={() => onRecord(selection)}>
            {w.newRecord}
          </button>
          {canReselect && (
            <button type="button" className="control-button" onClick={() => onExcerpt(selection)}>
              {w.useAsExcerpt}
            </button>
          )}
        </div>
      )}
      <h4>{w.candidates(candidates.length)}</h4>
      <ol className="workbench-candidates">
        {candidates.map((c) => (
          <li key={c.start}>
            <button
              type="button"
              className="link-button"
              lang={article.language}
              onClick={() => onRecord({ start: c.start, end: c.end })}
            >
              {c.text.length > 90 ? `${c.text.slice(0, 88)}…` : c.text}
            </button>
            <CandidateChips candidate={c} />
          </li>
        ))}
      </ol>
    </div>
  );
}

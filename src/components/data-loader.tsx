import { useEffect, useRef, useState } from 'react';
import { formatProblem, problemReport } from '../data/problem';
import { useI18n } from '../ui/use-i18n';
import type { LoadOutcome, UserDataset } from '../data/load-user-dataset';
import { UserText } from './user-text';
import '../ui/problem-list.css';
import './data-loader.css';

import type { LoadError, Loading } from '../state/dataset-loading';
import type { Messages } from '../i18n/messages';

/** How many problems the page lists; the downloadable report has them all. */
const LISTED = 200;

interface DataLoaderProps {
  /** The user's dataset on show, or null for the built-in one. */
  current: UserDataset | null;
  builtInCount: number;
  /** The curator's work shown with the built-in dataset (the workbench), if any. */
  builtInWork?: { records: number; added: number; articles: number } | null;
  /** What was wrong with the last load that failed; the view on show is kept. */
  error: LoadError | null;
  /** The load under way, if any: its progress and a Cancel button are shown. */
  loading: Loading | null;
  onFiles: (files: File[]) => void;
  /** Stops the load under way; the view on show stays. */
  onCancel: () => void;
  onBuiltIn: () => void;
  /** Hides the message of a failed load. */
  onDismissError: () => void;
}

/** Which dataset is on show; load your own (picker or drop); what was rejected and why. */
export function DataLoader({
  current,
  builtInCount,
  builtInWork = null,
  error,
  loading,
  onFiles,
  onCancel,
  onBuiltIn,
  onDismissError,
}: DataLoaderProps) {
  const input = useRef<HTMLInputElement>(null);
  const { t } = useI18n();
  const [dragging, setDragging] = useState(false);

  // A file dropped anywhere on the page is loaded.
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0) onFiles(files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onFiles]);

  const result = current?.result;
  const loaded = result?.dataset?.announcements.length ?? 0;
  const reportUrl = current ? textUrl(problemReport(current)) : null;

  return (
    <section className="data-loader" aria-labelledby="data-title">
      <h2 id="data-title" className="visually-hidden">
        {t.data.heading}
      </h2>
      <p className="data-status" data-testid="data-status">
        {current ? (
          <>
            {t.data.showing}{' '}
            <strong>
              <UserText text={current.name} />
            </strong>
            : {t.data.loadedRejected(loaded, result!.rejected)}
            {current.verifiedSources.size === 0 && t.data.unverified}
          </>
        ) : builtInWork ? (
          t.data.builtInWithWork(builtInWork.records, builtInWork.added, builtInWork.articles)
        ) : (
          t.data.builtIn(builtInCount)
        )}
      </p>
      <div className="data-actions">
        <label className="file-button">
          {t.data.load}
          <input
            ref={input}
            type="file"
            accept=".json,.csv,.txt,application/json,text/csv,text/plain"
            multiple
            className="visually-hidden"
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = '';
              if (files.length > 0) onFiles(files);
            }}
          />
        </label>
        <span className="muted drop-hint">{t.data.dropHint}</span>
        {current && (
          <button type="button" onClick={onBuiltIn}>
            {t.data.back}
          </button>
        )}
      </div>
      {loading && (
        <div className="load-progress">
          <label>
            <span>{t.data.loading(loading.name)}</span>{' '}
            <progress
              max={100}
              value={loading.progress.percent}
              aria-valuetext={t.data.progress(
                t.data.stages[loading.progress.stage],
                loading.progress.percent,
              )}
            />
          </label>{' '}
          <span aria-live="polite" data-testid="load-stage">
            {t.data.progress(t.data.stages[loading.progress.stage], loading.progress.percent)}
          </span>{' '}
          <button type="button" onClick={onCancel}>
            {t.data.cancel}
          </button>
        </div>
      )}
      {error && (
        <div role="alert" className="load-error">
          <p>
            {t.data.couldNotLoad} <ErrorMessage message={error.message} t={t} /> {t.data.unchanged}
          </p>
          {error.problems && error.problems.length > 0 && (
            <>
              <ul className="problem-list">
                {error.problems.slice(0, LISTED).map((line, i) => (
                  <li key={i} lang="en">
                    {line}
                  </li>
                ))}
              </ul>
              {error.problems.length > LISTED && (
                <p>{t.data.more(error.problems.length - LISTED)}</p>
              )}
              <a
                href={textUrl(
                  `${typeof error.message === 'string' ? error.message : error.message(t)}\n\n${error.problems.join('\n')}\n`,
                )}
                download="problems.txt"
              >
                {t.data.report}
              </a>
            </>
          )}
          <button type="button" className="dismiss" onClick={onDismissError}>
            {t.data.dismiss}
          </button>
        </div>
      )}
      {current && result!.problems.length > 0 && (
        <details className="rejections" open={result!.rejected > 0}>
          <summary>{t.data.rejectedSummary(result!.rejected, result!.problems.length)}</summary>
          <ul className="problem-list">
            {result!.problems.slice(0, LISTED).map((problem, i) => (
              <li key={i} lang="en">
                {formatProblem(current.name, problem)}
              </li>
            ))}
          </ul>
          {result!.problems.length > LISTED && (
            <p>{t.data.more(result!.problems.length - LISTED)}</p>
          )}
          {reportUrl && (
            <a href={reportUrl} download={`${current.name}.problems.txt`}>
              {t.data.report}
            </a>
          )}
        </details>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t.data.dropHere}
        </div>
      )}
    </section>
  );
}

const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

/** The validator's English about a file is marked English; the page's own words are not. */
function ErrorMessage({ message, t }: { message: LoadError['message']; t: Messages }) {
  return typeof message === 'string' ? (
    <span lang="en">{sentence(message)}</span>
  ) : (
    <span>{sentence(message(t))}</span>
  );
}

/** A plain-text file as a link target (a data: URL: same-origin, allowed by the page's CSP). */
function textUrl(text: string): string {
  return `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`;
}

export type { LoadOutcome };

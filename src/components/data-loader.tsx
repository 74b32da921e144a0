import { useEffect, useRef, useState } from 'react';
import { formatProblem } from '../data/validate';
import { problemReport, type LoadOutcome, type UserDataset } from '../data/load-user-dataset';

interface DataLoaderProps {
  /** The user's dataset on show, or null for the built-in one. */
  current: UserDataset | null;
  builtInCount: number;
  /** The message of the last load that failed; the view on show is kept. */
  error: string | null;
  onFiles: (files: File[]) => void;
  onBuiltIn: () => void;
}

/** Which dataset is on show; load your own (picker or drop); what was rejected and why. */
export function DataLoader({ current, builtInCount, error, onFiles, onBuiltIn }: DataLoaderProps) {
  const input = useRef<HTMLInputElement>(null);
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
  const reportUrl = current
    ? `data:text/plain;charset=utf-8,${encodeURIComponent(problemReport(current))}`
    : null;

  return (
    <section className="data-loader" aria-labelledby="data-title">
      <h2 id="data-title" className="visually-hidden">
        The dataset
      </h2>
      <p className="data-status" data-testid="data-status">
        {current ? (
          <>
            Showing <strong>{current.name}</strong>: {loaded} loaded, {result!.rejected} rejected
            {current.verifiedSources.size === 0 &&
              ' · excerpts unverified (no article texts came with it)'}
          </>
        ) : (
          <>Showing the built-in dataset: {builtInCount} announcements from five articles.</>
        )}
      </p>
      <div className="data-actions">
        <label className="file-button">
          Load your own dataset…
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
        <span className="muted">
          or drop a .json or .csv file (with its articles as .txt, if you have them) on the page
        </span>
        {current && (
          <button type="button" onClick={onBuiltIn}>
            Back to the built-in dataset
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="load-error">
          Could not load that file. {error}. The view below is unchanged.
        </p>
      )}
      {current && result!.problems.length > 0 && (
        <details className="rejections" open={result!.rejected > 0}>
          <summary>
            {result!.rejected} record{result!.rejected === 1 ? '' : 's'} rejected,{' '}
            {result!.problems.length} problem{result!.problems.length === 1 ? '' : 's'}
          </summary>
          <ul>
            {result!.problems.slice(0, 200).map((problem, i) => (
              <li key={i}>{formatProblem(current.name, problem)}</li>
            ))}
          </ul>
          {result!.problems.length > 200 && (
            <p>… and {result!.problems.length - 200} more in the report.</p>
          )}
          {reportUrl && (
            <a href={reportUrl} download={`${current.name}.problems.txt`}>
              Download the report
            </a>
          )}
        </details>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop to load the dataset
        </div>
      )}
    </section>
  );
}

/** Reads picked or dropped files into bytes. */
export async function readFiles(files: readonly File[]) {
  return Promise.all(
    files.map(async (file) => ({
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
}

export type { LoadOutcome };

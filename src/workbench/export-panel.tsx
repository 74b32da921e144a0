import { useMemo } from 'react';
import { downloadText } from '../export/download';
import { useI18n } from '../ui/use-i18n';
import { ProblemList } from './field';
import { useWork } from './work-context';
import { checkWorking, exportDataset, workDiff } from './working-dataset';

/**
 * Export: the merged announcements.json (which `npm run validate-data` accepts as it is) and
 * each new article's text as its data/sources/<id>.txt, with a short list of what changed.
 */
export function ExportPanel() {
  const i18n = useI18n();
  const { t } = i18n;
  const w = t.workbench;
  const { doc, dispatch, base, baseTexts } = useWork();
  const diff = useMemo(() => workDiff(base, doc), [base, doc]);
  const check = useMemo(() => checkWorking(base, baseTexts, doc), [base, baseTexts, doc]);
  const nothing =
    diff.sources.length + diff.added.length + diff.changed.length + diff.rates.length === 0;
  return (
    <section className="workbench-export" aria-labelledby="workbench-export-title">
      <h3 id="workbench-export-title">{w.exportTitle}</h3>
      {nothing ? (
        <p className="workbench-hint">{w.nothingYet}</p>
      ) : (
        <ul className="workbench-diff" aria-label={w.diff}>
          {diff.sources.map((id) => (
            <li key={`s-${id}`}>
              {w.diffSource} <code translate="no">{`data/sources/${id}.txt`}</code>
            </li>
          ))}
          {diff.added.map((r) => (
            <li key={`a-${r.id}`}>
              {w.diffAdded} <code translate="no">{r.id}</code> ({t.kinds[r.kind]},{' '}
              {r.donors.join(' + ')})
            </li>
          ))}
          {diff.changed.map((r) => (
            <li key={`c-${r.id}`}>
              {w.diffChanged} <code translate="no">{r.id}</code> ({w.diffSources(r.sources.length)})
            </li>
          ))}
          {diff.rates.map((r) => (
            <li key={`r-${r.currency}-${r.month}`}>
              {w.diffRate(r.currency, i18n.month(r.month), i18n.number(r.usdPerUnit, 6))}{' '}
              <button
                type="button"
                className="control-button"
                onClick={() =>
                  dispatch({ type: 'remove-rate', currency: r.currency, month: r.month })
                }
              >
                {w.removeRate(r.currency, i18n.month(r.month))}
              </button>
            </li>
          ))}
        </ul>
      )}
      {check.problems.length > 0 && (
        <div role="alert">
          <p className="workbench-problem">{w.exportProblems(check.problems.length)}</p>
          <ProblemList problems={check.problems} />
        </div>
      )}
      <div className="workbench-actions">
        <button
          type="button"
          className="control-button workbench-primary"
          onClick={() =>
            downloadText('announcements.json', exportDataset(base, doc), 'application/json')
          }
        >
          <FileWords words={w.exportJson} file="announcements.json" />
        </button>
        {doc.articles.map((a) => (
          <button
            key={a.id}
            type="button"
            className="control-button"
            onClick={() => downloadText(`${a.id}.txt`, a.text, 'text/plain;charset=utf-8')}
          >
            {w.exportText(a.id)}
          </button>
        ))}
      </div>
    </section>
  );
}

/** A message around a file's name, the name marked as no words to translate. */
function FileWords({ words, file }: { words: (file: string) => string; file: string }) {
  const [before, after] = words('\u0000').split('\u0000');
  return (
    <>
      {before}
      <code translate="no">{file}</code>
      {after}
    </>
  );
}

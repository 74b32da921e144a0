import { useMemo } from 'react';
import type { Match } from '../curation/duplicates';
import { KINDS } from '../data/schema';
import { useI18n } from '../ui/use-i18n';
import { draftAdvice, draftRecord, withSecondSource, workbenchProblems } from './draft-checks';
import { Field, ProblemList } from './field';
import { missingRate } from './rate-check';
import { RateForm } from './rate-form';
import { AmountFields, DateFields, ItemFields } from './record-parts';
import { useWork } from './work-context';
import type { Draft } from './work-document';
import { checkWorking, fieldOf } from './working-dataset';

/**
 * The record being written, every field editable and checked as it is typed by the validator
 * of `npm run validate-data` on the whole working dataset: each problem shows under its field.
 * Beside it, the likely duplicates (with "add as a second source") and the package it may be
 * part of.
 */
export function RecordForm({ draft }: { draft: Draft }) {
  const i18n = useI18n();
  const { t } = i18n;
  const w = t.workbench;
  const { doc, dispatch, base, baseTexts } = useWork();
  const check = useMemo(
    () => checkWorking(base, baseTexts, doc, draft),
    [base, baseTexts, doc, draft],
  );
  const problems = useMemo(
    () => [...check.draftProblems, ...workbenchProblems(draft, check.draftProblems)],
    [check, draft],
  );
  const problemsOf = (field: string) => problems.filter((p) => fieldOf(p.path) === field);
  const known = new Set([
    'id',
    'kind',
    'donors',
    'recipient',
    'amount',
    'date',
    'note',
    'partOf',
    'translation',
    'excerpt',
  ]);
  const general = problems.filter(
    (p) => !known.has(fieldOf(p.path)) && !fieldOf(p.path).startsWith('items.'),
  );
  const existing = useMemo(
    () => (check.dataset?.announcements ?? []).filter((r) => r.id !== draft.id),
    [check, draft.id],
  );
  const advice = useMemo(() => draftAdvice(draft, existing), [draft, existing]);
  const edit = (change: Partial<Draft>, field: string) =>
    dispatch({ type: 'edit-draft', key: draft.key, change }, `${draft.key}:${field}`);
  const record = problems.length === 0 ? draftRecord(draft) : null;
  const rateNeeded = draft.amountValue.trim()
    ? missingRate(draft, [...base.exchangeRates, ...doc.rates])
    : null;
  const builtInIds = new Set(base.announcements.map((r) => r.id));

  const duplicateReason = (match: Match) => {
    const target = existing.find((r) => r.id === match.id);
    const figure =
      match.figure === 'amount' && target?.amount
        ? `${i18n.number(target.amount.value)} ${target.amount.currency ?? ''}`.trim()
        : match.figure === 'quantity'
          ? w.duplicateFigure.quantity
          : w.duplicateFigure.items;
    return w.duplicateReason(
      match.shared.map((code) => i18n.party(code)).join(', '),
      figure,
      target ? i18n.recordDate(target.date) : '',
    );
  };
  const addAsSource = (id: string) => {
    const target = existing.find((r) => r.id === id);
    if (!target) return;
    dispatch({
      type: 'add-source',
      key: draft.key,
      record: withSecondSource(target, draft),
      builtIn: builtInIds.has(id),
    });
  };

  return (
    <form
      className="workbench-record"
      aria-label={w.recordForm(draft.id)}
      onSubmit={(e) => e.preventDefault()}
      noValidate
    >
      <h3>{draft.editing ? w.editRecord(draft.editing) : w.newRecordTitle}</h3>
      <p role="status" className={problems.length ? 'workbench-problem' : 'workbench-ok'}>
        {problems.length ? w.problemCount(problems.length) : w.noProblems}
      </p>
      <ProblemList problems={general} />
      <div className="workbench-excerpt-pair">
        <Field label={w.excerpt} problems={problemsOf('excerpt')}>
          {(props) => (
            <textarea
              {...props}
              readOnly
              rows={4}
              value={draft.excerpt}
              lang={doc.articles.find((a) => a.id === draft.articleId)?.language}
            />
          )}
        </Field>
        <Field label={w.translation} problems={problemsOf('translation')}>
          {(props) => (
            <textarea
              {...props}
              rows={4}
              lang="en"
              value={draft.translation}
              onChange={(e) => edit({ translation: e.target.value }, 'translation')}
            />
          )}
        </Field>
      </div>
      <p className="workbench-hint">{w.reselectHint}</p>
      <div className="workbench-row">
        <Field label={w.recordId} problems={problemsOf('id')}>
          {(props) => (
            <input
              {...props}
              translate="no"
              value={draft.id}
              onChange={(e) => edit({ id: e.target.value }, 'id')}
            />
          )}
        </Field>
        <Field label={w.kind} problems={problemsOf('kind')}>
          {(props) => (
            <select
              {...props}
              value={draft.kind}
              onChange={(e) => edit({ kind: e.target.value }, 'kind')}
            >
              <option value="">{w.chooseKind}</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t.kinds[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={w.donors} problems={problemsOf('donors')}>
          {(props) => (
            <input
              {...props}
              translate="no"
              value={draft.donors.join(', ')}
              onChange={(e) =>
                edit({ donors: e.target.value.toUpperCase().split(/\s*,\s*/) }, 'donors')
              }
            />
          )}
        </Field>
        <Field label={w.recipient} problems={problemsOf('recipient')}>
          {(props) => (
            <input
              {...props}
              translate="no"
              value={draft.recipient}
              onChange={(e) => edit({ recipient: e.target.value.toUpperCase() }, 'recipient')}
            />
          )}
        </Field>
      </div>
      <AmountFields draft={draft} edit={edit} problems={problemsOf} />
      {rateNeeded && (
        <RateForm
          key={`${rateNeeded.currency}:${rateNeeded.month}`}
          currency={rateNeeded.currency}
          month={rateNeeded.month}
        />
      )}
      <ItemFields draft={draft} edit={edit} problems={problemsOf} />
      <DateFields draft={draft} edit={edit} problems={problemsOf} />
      <Field label={w.partOf} problems={problemsOf('partOf')}>
        {(props) => (
          <input
            {...props}
            translate="no"
            value={draft.partOf}
            onChange={(e) => edit({ partOf: e.target.value }, 'partOf')}
          />
        )}
      </Field>
      {advice.partOf && (
        <p className="workbench-advice">
          {w.partOfSuggested(advice.partOf)}{' '}
          <button
            type="button"
            className="control-button"
            onClick={() => edit({ partOf: advice.partOf! }, 'partOf-suggested')}
          >
            {w.usePartOf}
          </button>
        </p>
      )}
      <Field label={w.note} problems={problemsOf('note')}>
        {(props) => (
          <textarea
            {...props}
            rows={3}
            lang="en"
            value={draft.note}
            onChange={(e) => edit({ note: e.target.value }, 'note')}
          />
        )}
      </Field>
      {advice.duplicates.length > 0 && (
        <section className="workbench-duplicates" aria-label={w.duplicates}>
          <h4>{w.duplicates}</h4>
          <ul>
            {advice.duplicates.map((d) => (
              <li key={d.id}>
                <span translate="no">{d.id}</span>: {duplicateReason(d)}{' '}
                <button
                  type="button"
                  className="control-button"
                  disabled={!draft.translation.trim()}
                  onClick={() => addAsSource(d.id)}
                >
                  {w.addAsSource(d.id)}
                </button>
              </li>
            ))}
          </ul>
          {!draft.translation.trim() && <p className="workbench-hint">{w.translationFirst}</p>}
        </section>
      )}
      <div className="workbench-actions">
        <button
          type="button"
          className="control-button workbench-primary"
          disabled={!record}
          onClick={() => record && dispatch({ type: 'accept-draft', key: draft.key, record })}
        >
          {draft.editing ? w.saveRecord : w.accept}
        </button>
        <button
          type="button"
          className="control-button"
          onClick={() => dispatch({ type: 'discard-draft', key: draft.key })}
        >
          {w.discard}
        </button>
      </div>
    </form>
  );
}

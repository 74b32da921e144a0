import { useContext, useEffect, useId, useRef, useState } from 'react';
import { readParam } from '../data/address';
import { withRecord, type CitationInput } from './citation';
import { DatasetNameContext } from './source-line';
import { useI18n } from './use-i18n';
import './cite-button.css';

/**
 * Where a citation sends its reader: the address of the view (with the record, when one is
 * cited), or, for a file from the reader's disk, which no address brings back, its name.
 */
export function useCitationPlace(): (recordId: string | null) => CitationInput['where'] {
  const datasetName = useContext(DatasetNameContext);
  return (recordId) =>
    datasetName !== null && readParam(window.location.search, 'data') === null
      ? { file: datasetName }
      : { url: withRecord(window.location.href, recordId) };
}

/** How long "Copied" stays on screen after a copy. */
const CONFIRMATION_MS = 4000;

/**
 * A "Cite" button: copies the citation (made at the click, so it carries the address of the view
 * as it is then) to the clipboard and says "Copied" in a live region, so a screen reader hears
 * it too. Where the browser refuses the clipboard, the citation is shown in a read-only field,
 * selected, for the reader to copy by hand.
 */
export function CiteButton({ label, citation }: { label: string; citation: () => string }) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'copied' | { refused: string }>('idle');
  const field = useRef<HTMLTextAreaElement>(null);
  const fieldId = useId();

  useEffect(() => {
    if (state === 'copied') {
      const timer = window.setTimeout(() => setState('idle'), CONFIRMATION_MS);
      return () => window.clearTimeout(timer);
    }
    if (typeof state === 'object') {
      field.current?.focus();
      field.current?.select();
    }
    return undefined;
  }, [state]);

  const copy = async () => {
    const text = citation();
    try {
      // Undefined outside a secure context (plain http on another host): refused like a denial.
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState({ refused: text });
    }
  };

  return (
    <span className="cite">
      <button type="button" className="cite-button" aria-label={label} onClick={() => void copy()}>
        {t.cite.button}
      </button>
      <span role="status" className="cite-status">
        {state === 'copied' ? t.cite.copied : ''}
      </span>
      {typeof state === 'object' && (
        <span className="cite-fallback">
          <label htmlFor={fieldId}>{t.cite.refused}</label>
          <textarea id={fieldId} ref={field} readOnly rows={6} value={state.refused} />
        </span>
      )}
    </span>
  );
}

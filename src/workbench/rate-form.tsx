import { useState } from 'react';
import { useI18n } from '../ui/use-i18n';
import { Field } from './field';
import { checkRate, type RateField } from './rate-check';
import { useWork } from './work-context';

/**
 * The exchange rate an open record needs and the working dataset lacks: the dollars for one unit
 * and where the rate comes from, checked as `npm run validate-data` checks a rate, and added to
 * the work (so it is saved, undone and exported with it).
 */
export function RateForm({ currency, month }: { currency: string; month: string }) {
  const i18n = useI18n();
  const w = i18n.t.workbench;
  const { doc, dispatch, base } = useWork();
  const [usdPerUnit, setUsdPerUnit] = useState('');
  const [source, setSource] = useState('');
  const [tried, setTried] = useState(false);
  const check = checkRate({ currency, month, usdPerUnit, source }, [
    ...base.exchangeRates,
    ...doc.rates,
  ]);
  const typed: Record<RateField, string> = { currency, month, usdPerUnit, source };
  // A field's problems show once something is typed in it, or once the curator tries to add.
  const problemsOf = (field: RateField) =>
    tried || typed[field].trim() ? (check.problems[field] ?? []) : [];
  const add = () => {
    setTried(true);
    if (!check.rate) return;
    dispatch({ type: 'add-rate', rate: check.rate });
  };
  return (
    <fieldset className="workbench-fieldset workbench-rate">
      <legend>{w.rateTitle(currency, i18n.month(month))}</legend>
      <p className="workbench-hint">{w.rateHint}</p>
      <div className="workbench-row">
        <Field
          label={w.usdPerUnit(currency)}
          problems={[
            ...problemsOf('currency'),
            ...problemsOf('month'),
            ...problemsOf('usdPerUnit'),
          ]}
        >
          {(props) => (
            <input
              {...props}
              inputMode="decimal"
              value={usdPerUnit}
              onChange={(e) => setUsdPerUnit(e.target.value)}
            />
          )}
        </Field>
        <Field label={w.rateSource} problems={problemsOf('source')}>
          {(props) => (
            <input {...props} value={source} onChange={(e) => setSource(e.target.value)} />
          )}
        </Field>
      </div>
      <button type="button" className="control-button" onClick={add}>
        {w.addRate}
      </button>
    </fieldset>
  );
}

import { parseDutchAmount } from '../data/dutch-numbers';
import type { Problem } from '../data/problem';
import { BASES, CATEGORIES, PRECISIONS, UNITS, type Category } from '../data/schema';
import { useI18n } from '../ui/use-i18n';
import { Field, ProblemList } from './field';
import type { Draft } from './work-document';

type Edit = (change: Partial<Draft>, field: string) => void;
type ProblemsOf = (field: string) => Problem[];

/** The amount: as printed (read into value and currency as it is typed), value, currency. */
export function AmountFields({
  draft,
  edit,
  problems,
}: {
  draft: Draft;
  edit: Edit;
  problems: ProblemsOf;
}) {
  const { t } = useI18n();
  const w = t.workbench;
  return (
    <fieldset className="workbench-fieldset">
      <legend>{w.amount}</legend>
      <Field label={w.amountText} problems={problems('amount')}>
        {(props) => (
          <input
            {...props}
            value={draft.amountText}
            onChange={(e) => {
              const read = parseDutchAmount(e.target.value.trim());
              edit(
                read
                  ? {
                      amountText: e.target.value,
                      amountValue: String(read.value),
                      currency: read.currency ?? '',
                    }
                  : { amountText: e.target.value },
                'amount',
              );
            }}
          />
        )}
      </Field>
      <div className="workbench-row">
        <Field label={w.amountValue}>
          {(props) => (
            <input
              {...props}
              inputMode="decimal"
              value={draft.amountValue}
              onChange={(e) => edit({ amountValue: e.target.value }, 'amount-value')}
            />
          )}
        </Field>
        <Field label={w.currency}>
          {(props) => (
            <select
              {...props}
              value={draft.currency}
              onChange={(e) => edit({ currency: e.target.value }, 'currency')}
            >
              <option value="">{w.noCurrency}</option>
              {['USD', 'EUR', 'GBP'].map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </fieldset>
  );
}

/** The items: category, name, quantity and unit each; added and removed. */
export function ItemFields({
  draft,
  edit,
  problems,
}: {
  draft: Draft;
  edit: Edit;
  problems: ProblemsOf;
}) {
  const { t } = useI18n();
  const w = t.workbench;
  const setItem = (i: number, change: Partial<Draft['items'][number]>, field: string) =>
    edit(
      { items: draft.items.map((item, j) => (j === i ? { ...item, ...change } : item)) },
      `items.${i}.${field}`,
    );
  return (
    <fieldset className="workbench-fieldset">
      <legend>{w.items}</legend>
      {draft.items.map((item, i) => {
        const all = problems(`items.${i}`);
        const of = (sub: string) => all.filter((p) => p.path.includes(`.${sub}`));
        const rest = all.filter((p) => !/\.(category|name|quantity|unit)/.test(p.path));
        return (
          <div key={i} className="workbench-item" role="group" aria-label={w.itemLabel(i + 1)}>
            <div className="workbench-row">
              <Field label={w.category} problems={of('category')}>
                {(props) => (
                  <select
                    {...props}
                    value={item.category}
                    onChange={(e) =>
                      setItem(i, { category: e.target.value as Category }, 'category')
                    }
                  >
                    {CATEGORIES.map((c) => (
                      <option key={c} value={c}>
                        {t.categories[c]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={w.itemName} problems={of('name')}>
                {(props) => (
                  <input
                    {...props}
                    value={item.name}
                    onChange={(e) => setItem(i, { name: e.target.value }, 'name')}
                  />
                )}
              </Field>
              <Field label={w.quantity} problems={of('quantity')}>
                {(props) => (
                  <input
                    {...props}
                    inputMode="numeric"
                    value={item.quantity}
                    onChange={(e) => setItem(i, { quantity: e.target.value }, 'quantity')}
                  />
                )}
              </Field>
              <Field label={w.unit} problems={of('unit')}>
                {(props) => (
                  <select
                    {...props}
                    value={item.unit}
                    onChange={(e) => setItem(i, { unit: e.target.value }, 'unit')}
                  >
                    <option value="">{w.noUnit}</option>
                    {UNITS.map((u) => (
                      <option key={u} value={u}>
                        {t.units[u]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <ProblemList problems={rest} />
            <button
              type="button"
              className="control-button"
              onClick={() => edit({ items: draft.items.filter((_, j) => j !== i) }, 'items-remove')}
            >
              {w.removeItem(i + 1)}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="control-button"
        onClick={() =>
          edit(
            { items: [...draft.items, { category: 'other', name: '', quantity: '', unit: '' }] },
            'items-add',
          )
        }
      >
        {w.addItem}
      </button>
    </fieldset>
  );
}

/** The event's date: start, end, precision and basis, with how the recogniser inferred it. */
export function DateFields({
  draft,
  edit,
  problems,
}: {
  draft: Draft;
  edit: Edit;
  problems: ProblemsOf;
}) {
  const { t } = useI18n();
  const w = t.workbench;
  const setDate = (change: Partial<Draft['date']>, field: string) =>
    edit({ date: { ...draft.date, ...change } }, `date.${field}`);
  return (
    <fieldset className="workbench-fieldset">
      <legend>{w.date}</legend>
      <div className="workbench-row">
        <Field label={w.dateStart}>
          {(props) => (
            <input
              {...props}
              type="date"
              value={draft.date.start}
              onChange={(e) => setDate({ start: e.target.value }, 'start')}
            />
          )}
        </Field>
        <Field label={w.dateEnd}>
          {(props) => (
            <input
              {...props}
              type="date"
              value={draft.date.end}
              onChange={(e) => setDate({ end: e.target.value }, 'end')}
            />
          )}
        </Field>
        <Field label={w.precision}>
          {(props) => (
            <select
              {...props}
              value={draft.date.precision}
              onChange={(e) => setDate({ precision: e.target.value }, 'precision')}
            >
              {PRECISIONS.map((p) => (
                <option key={p} value={p}>
                  {t.precision[p]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={w.basis}>
          {(props) => (
            <select
              {...props}
              value={draft.date.basis}
              onChange={(e) => setDate({ basis: e.target.value }, 'basis')}
            >
              {BASES.map((b) => (
                <option key={b} value={b}>
                  {w.bases[b]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ProblemList problems={problems('date')} />
      {draft.dateNote && (
        <p className="workbench-hint">
          {w.inferred} <span lang="en">{draft.dateNote}</span>
        </p>
      )}
    </fieldset>
  );
}

import type { Category } from '../../data/schema';
import { GDP_TABLE } from '../../data/gdp';
import type { Metric } from '../../state/store';
import { useI18n } from '../../ui/use-i18n';
import type { RowValues } from './bar-values';

/** What the chart compares and how to read it (the bars' description for screen readers). */
export function BarHelp({
  metric,
  category,
  unit,
}: {
  metric: Metric;
  category: Category;
  unit: string | null;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <p className="card-hint" id="bars-help">
      {metric === 'usd' && t.bars.helpUsd}
      {metric === 'gdp' && t.bars.helpGdp(String(GDP_TABLE.year), t.bars.gdpSource)}
      {metric === 'count' && t.bars.helpCount}
      {metric === 'quantity' &&
        t.bars.helpQuantity(
          i18n.category(category),
          unit ? t.units[unit as keyof typeof t.units] : null,
        )}
      {t.bars.helpEach}
    </p>
  );
}

/** "How this is counted": the counting rules, and the GDP source when shares are shown. */
export function CountingNote({ metric }: { metric: Metric }) {
  const { t } = useI18n();
  return (
    <details className="counting-note">
      <summary>{t.bars.howCounted}</summary>
      <ul>
        {t.bars.rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
        {metric === 'gdp' && (
          <li>
            {t.bars.helpGdp(String(GDP_TABLE.year), t.bars.gdpSource)}{' '}
            <span lang="en">
              {GDP_TABLE.source}. {GDP_TABLE.note}
            </span>
          </li>
        )}
      </ul>
    </details>
  );
}

/** The words after a row's bars on screen; the download writes the same values as lines. */
export function BarValues({
  values,
  narrow,
  width,
  deliveredWord,
}: {
  values: RowValues;
  narrow: boolean;
  width: number;
  deliveredWord: string;
}) {
  return (
    <span className="bar-value" style={{ width }}>
      {values.committed}
      {values.missing && (
        <span className="muted">{narrow ? values.missing.short : values.missing.text}</span>
      )}
      {values.delivered !== null && (
        <span className="delivered">
          {' '}
          {narrow ? '' : `${deliveredWord} `}
          {values.delivered}
        </span>
      )}
      {values.references.map((reference) => (
        <span key={reference.id} className="delivered">
          {' '}
          {reference.text}
        </span>
      ))}
    </span>
  );
}

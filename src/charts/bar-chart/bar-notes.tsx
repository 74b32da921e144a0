import type { Category } from '../../data/schema';
import { GDP_TABLE } from '../../data/gdp';
import type { Metric } from '../../state/store';
import { useI18n } from '../../ui/use-i18n';
import type { RowValues } from './bar-values';
import { absentSentence, type AbsentGroup } from './bar-absent';

/**
 * The donors without a bar, named once under the chart, one sentence per reason ("No sum
 * printed for Germany, the Netherlands and …"), instead of a row each saying so.
 */
export function BarAbsent({
  groups,
  category,
}: {
  groups: readonly AbsentGroup[];
  category: Category;
}) {
  const i18n = useI18n();
  if (groups.length === 0) return null;
  return (
    <p className="bar-absent" data-testid="bar-absent">
      {absentSentence(groups, category, i18n)}
    </p>
  );
}

/** A metric with nothing to draw, in words (no axis from 0 to 1). */
export function BarEmpty({
  metric,
  category,
  anyAid,
}: {
  metric: Metric;
  category: Category;
  anyAid: boolean;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const text =
    !anyAid || metric === 'count'
      ? t.bars.empty
      : metric === 'quantity'
        ? t.bars.emptyMetric.quantity(i18n.category(category))
        : t.bars.emptyMetric[metric];
  return <p className="card-empty">{text}</p>;
}

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

import { ORGANISATION_CODES } from '../../data/codes';
import { GDP_BY_CODE, GDP_TABLE } from '../../data/gdp';
import type { I18n } from '../../i18n/i18n';
import type { Messages } from '../../i18n/messages';
import type { Metric } from '../../state/store';
import type { BarRow } from './bar-layout';

/** A donor group with a GDP to divide by: one country in the GDP table. */
export function hasGdp(row: Pick<BarRow, 'donors'>): boolean {
  return row.donors.length === 1 && GDP_BY_CODE.has(row.donors[0]!);
}

const ORGANISATIONS: ReadonlySet<string> = new Set(ORGANISATION_CODES);

/** Why a row has no share of GDP: not one country, or a country the table lacks. */
export function noGdpReason(row: Pick<BarRow, 'donors'>, t: Messages): string {
  return row.donors.length === 1 && !ORGANISATIONS.has(row.donors[0]!)
    ? t.bars.noGdpFigure(String(GDP_TABLE.year))
    : t.bars.noGdp;
}

/** What a row says after its bars, in words: the same words on screen and in the download. */
export interface RowValues {
  /** The committed total (or the count), formatted; null when there is none. */
  committed: string | null;
  /** Why there is nothing to show, in full and short (for a phone); null when there is something. */
  missing: { text: string; short: string } | null;
  /** The delivered total, formatted; null when there is none or the metric counts announcements. */
  delivered: string | null;
  /** Each running total: "★ $30B running total (off scale)". */
  references: Array<{ id: string; text: string }>;
}

/** The words after a row's bars, under the metric and the scale in use. */
export function rowValues(
  row: BarRow,
  metric: Metric,
  format: (value: number) => string,
  domainMax: number,
  t: Messages,
  /** The running totals as drawn (several close ones as one); by default every one. */
  references: ReadonlyArray<{ record: { id: string }; value: number }> = row.references,
): RowValues {
  const missing =
    row.committed > 0 || row.references.length > 0
      ? null
      : metric === 'gdp' && !hasGdp(row)
        ? { text: noGdpReason(row, t), short: noGdpReason(row, t) }
        : { text: t.bars.noSum, short: t.bars.noSumShort };
  return {
    committed: row.committed > 0 ? format(row.committed) : null,
    missing,
    delivered: metric !== 'count' && row.delivered > 0 ? format(row.delivered) : null,
    references: references.map((reference) => ({
      id: reference.record.id,
      text: `★ ${format(reference.value)} ${t.bars.runningTotal}${reference.value > domainMax ? ` ${t.bars.offScale}` : ''}`,
    })),
  };
}

/** A row's values as the lines of a downloaded picture. */
export function valueLines(values: RowValues, t: Messages): string[] {
  return [
    ...(values.committed !== null ? [values.committed] : []),
    ...(values.missing ? [values.missing.text] : []),
    ...(values.delivered !== null ? [`${t.bars.delivered} ${values.delivered}`] : []),
    ...values.references.map((reference) => reference.text),
  ];
}

/** How the metric's values read: dollars, a share of GDP, or a count in its unit. */
export function metricFormat(
  metric: Metric,
  unit: string | null,
  i18n: Pick<I18n, 'usd' | 'percent' | 'number' | 't'>,
): (value: number) => string {
  if (metric === 'usd') return (value) => i18n.usd(value);
  if (metric === 'gdp') return (value) => i18n.percent(value);
  const suffix =
    unit && unit !== 'pieces' ? ` ${i18n.t.units[unit as keyof typeof i18n.t.units]}` : '';
  return (value) => `${i18n.number(Math.round(value))}${suffix}`;
}

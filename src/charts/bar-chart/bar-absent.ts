import type { Announcement, Category } from '../../data/schema';
import { GDP_TABLE } from '../../data/gdp';
import type { I18n } from '../../i18n/i18n';
import { CATEGORIES } from '../../data/vocabulary';
import { ORGANISATION_CODES } from '../../data/codes';
import { donorGroupKey, isAidToUkraine } from '../../transforms/aggregate';
import type { Metric } from '../../state/store';
import type { BarRow } from './bar-layout';
import { hasGdp } from './bar-values';

// A comparison of one donor against ten empty rows is no comparison: the donor groups with
// nothing to draw are named once, in a line under the chart, by why they have nothing.

/** Why a donor group has no bar: no sum printed; no GDP (not one country, or no figure); no count. */
export type AbsentReason = 'noSum' | 'noGdp' | 'noGdpFigure' | 'noCount';

/** A donor group the chart names instead of drawing. */
export interface AbsentGroup {
  donors: string[];
  reason: AbsentReason;
}

/** Whether a row has anything to draw: a committed or delivered total, or a running total. */
export function hasBar(row: BarRow): boolean {
  return row.committed > 0 || row.delivered > 0 || row.references.length > 0;
}

const ORGANISATIONS: ReadonlySet<string> = new Set(ORGANISATION_CODES);

/** Why a row without a share of GDP has none. */
function gdpReason(row: BarRow): AbsentReason {
  if (hasGdp(row)) return 'noSum';
  return row.donors.length === 1 && !ORGANISATIONS.has(row.donors[0]!) ? 'noGdpFigure' : 'noGdp';
}

/**
 * The donor groups in view with nothing to draw in the metric: in dollars and shares of GDP,
 * every group with aid and no bar (with why); in quantities, every group with aid records of
 * the category that give no count (in the unit compared). Announcements are always counted, so
 * that metric names none. In the rows' order, then first appearance.
 */
export function absentGroups(
  rows: readonly BarRow[],
  records: readonly Announcement[],
  metric: Metric,
  category: Category,
): AbsentGroup[] {
  if (metric === 'usd' || metric === 'gdp')
    return rows
      .filter((row) => !hasBar(row))
      .map((row) => ({ donors: row.donors, reason: metric === 'usd' ? 'noSum' : gdpReason(row) }));
  if (metric === 'count') return [];
  const drawn = new Set(rows.filter(hasBar).map((row) => row.group));
  const absent = new Map<string, AbsentGroup>();
  for (const record of records) {
    if (!isAidToUkraine(record) || record.kind === 'cumulative') continue;
    if (!record.items.some((item) => item.category === category)) continue;
    const key = donorGroupKey(record.donors);
    if (!drawn.has(key) && !absent.has(key))
      absent.set(key, { donors: key.split('+'), reason: 'noCount' });
  }
  return [...absent.values()];
}

/** The categories some aid record gives a count of (the quantities metric offers these). */
export function categoriesWithQuantities(records: readonly Announcement[]): Category[] {
  const counted = new Set<Category>();
  for (const record of records)
    if (record.kind !== 'deployment')
      for (const item of record.items) if (item.quantity !== undefined) counted.add(item.category);
  return CATEGORIES.filter((category) => counted.has(category));
}

const REASONS: readonly AbsentReason[] = ['noSum', 'noGdp', 'noGdpFigure', 'noCount'];

/**
 * The line under the chart that names the donors without a bar, one sentence per reason ("No
 * sum printed for Germany, the Netherlands and …"); the screen and the downloaded picture
 * write the same words. Empty when every group has a bar.
 */
export function absentSentence(
  groups: readonly AbsentGroup[],
  category: Category,
  i18n: I18n,
): string {
  const { t } = i18n;
  const list = new Intl.ListFormat(i18n.locale, { type: 'conjunction' });
  const names = (reason: AbsentReason) =>
    list.format(groups.filter((g) => g.reason === reason).map((g) => i18n.group(g.donors)));
  return REASONS.filter((reason) => groups.some((g) => g.reason === reason))
    .map((reason) =>
      reason === 'noGdpFigure'
        ? t.bars.absent.noGdpFigure(names(reason), String(GDP_TABLE.year))
        : reason === 'noCount'
          ? t.bars.absent.noCount(names(reason), i18n.category(category))
          : t.bars.absent[reason](names(reason)),
    )
    .join(' ');
}

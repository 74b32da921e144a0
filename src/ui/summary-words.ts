import type { I18n } from '../i18n/i18n';
import type { ViewMoney, ViewSummary } from '../transforms/view-summary';

/** Whose money, in words: "$3.11B committed, all by one donor (United States); no sum …". */
export function moneyWords(money: ViewMoney, i18n: Pick<I18n, 't' | 'usd' | 'group' | 'percent'>) {
  const { t } = i18n;
  if (money.measure === 'none') return t.summary.noSum[money.reason];
  const total = i18n.usd(money.total);
  const top = money.payers[0]!;
  const by =
    money.payers.length === 1
      ? t.summary.byOne(i18n.group(top.donors))
      : t.summary.bySeveral(
          money.payers.length,
          i18n.group(top.donors),
          i18n.percent((top.usd / money.total) * 100),
        );
  const amount =
    money.measure === 'committed' ? t.summary.committed(total) : t.summary.delivered(total);
  return `${amount}${by}${money.others > 0 ? t.summary.others(money.others) : ''}`;
}

/**
 * The summary line's sentence: the view's own dates, then what it holds and whose money it is;
 * deployments to allies apart. An empty view says so.
 */
export function summaryWords(
  summary: ViewSummary,
  i18n: Pick<I18n, 't' | 'usd' | 'group' | 'percent' | 'day'>,
): string {
  const { t } = i18n;
  if (summary.announcements === 0 && summary.deployments === 0) return t.summary.none;
  const span =
    summary.from && summary.to
      ? summary.from === summary.to
        ? i18n.day(summary.from)
        : `${i18n.day(summary.from)} – ${i18n.day(summary.to)}`
      : t.summary.noDates;
  const parts: string[] = [];
  if (summary.announcements > 0)
    parts.push(
      `${t.summary.announcements(summary.announcements)}; ${moneyWords(summary.money, i18n)}`,
    );
  if (summary.deployments > 0) parts.push(t.summary.deployments(summary.deployments));
  return t.summary.inSpan(span, parts.join(' · '));
}

import { memo, useDeferredValue, useMemo, useState } from 'react';
import type { Announcement, ExchangeRate } from '../data/schema';
import { summariseDonors, type DonorSummary } from '../transforms/donor-summary';
import type { I18n } from '../i18n/i18n';
import { useI18n } from '../ui/use-i18n';
import { Flag } from '../ui/flag';
import { useAfterPaint } from '../ui/use-after-paint';
import '../ui/card.css';
import '../ui/controls.css';
import './record-table.css';
import './donor-table.css';

/** From this many records on, the table is drawn after the charts' first paint. */
const DEFER_FROM = 5000;
/**
 * Rows shown until the reader asks for all: a dataset of a thousand donors and joint groups
 * made a table of a thousand rows, tens of thousands of elements the page laid out again on
 * every change, and no reader compares more than a screenful at a time.
 */
export const ROW_CAP = 25;

/** "17,000 anti-tank", "90 tonnes (other)": a count in its unit and category. */
function quantityText(quantity: DonorSummary['quantities'][number], i18n: I18n): string {
  const count = i18n.number(quantity.count);
  const category = i18n.category(quantity.category);
  return quantity.unit === 'pieces'
    ? `${count} ${category}`
    : `${count} ${i18n.t.units[quantity.unit as keyof I18n['t']['units']] ?? quantity.unit} (${category})`;
}

/**
 * Each donor in view at a glance, beside the comparison: announcements by kind, the dollars
 * committed and delivered, the quantities by category. A real table (caption, headers) so a
 * screen reader can walk it; the figures follow the counting rules (aggregateByDonor).
 */
export const DonorTable = memo(function DonorTable({
  records: given,
  rates,
}: {
  /** Records that pass the filters and the time window, as the comparison shows them. */
  records: readonly Announcement[];
  rates: ReadonlyMap<string, ExchangeRate>;
}) {
  const i18n = useI18n();
  // Below the comparison: a new filter or window reaches it in a render React may interrupt,
  // after the charts above it are on screen.
  const records = useDeferredValue(given);
  // A large dataset's table follows the charts' first paint (its sums took a second of a
  // 100,000-record first render).
  const painted = useAfterPaint(records.length >= DEFER_FROM);
  const rows = useMemo(
    () => (painted ? summariseDonors(records, rates) : []),
    [painted, records, rates],
  );
  const [all, setAll] = useState(false);
  // The table is made once per rows and language: a render with the rows as they were (the
  // new ones still on their way) does not go through every row again.
  return useMemo(() => {
    if (rows.length === 0) return null;
    const words = i18n.t.bars.donorTable;
    const capped = rows.length > ROW_CAP;
    const shown = capped && !all ? rows.slice(0, ROW_CAP) : rows;
    return (
      <section className="card donor-table-card" aria-labelledby="donor-table-caption">
        <div
          className="table-scroll"
          role="region"
          tabIndex={0}
          aria-labelledby="donor-table-caption"
        >
          <table className="records donor-table">
            <caption id="donor-table-caption">{words.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{words.donor}</th>
                <th scope="col">{words.announcements}</th>
                <th scope="col" className="numeric">
                  {words.committed}
                </th>
                <th scope="col" className="numeric">
                  {words.delivered}
                </th>
                <th scope="col">{words.quantities}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.group}>
                  <th scope="row">
                    <span className="lane-flags">
                      {row.donors.map((code) => (
                        <Flag key={code} code={code} />
                      ))}
                    </span>{' '}
                    {i18n.group(row.donors)}
                  </th>
                  <td>
                    <strong>{i18n.number(row.announcements)}</strong>
                    {': '}
                    {row.byKind
                      .map(({ kind, count }) => `${i18n.kind(kind)} ${i18n.number(count)}`)
                      .join(', ')}
                  </td>
                  <td className="numeric">
                    {row.committed > 0 ? i18n.usd(row.committed) : words.none}
                  </td>
                  <td className="numeric">
                    {row.delivered > 0 ? i18n.usd(row.delivered) : words.none}
                  </td>
                  <td>
                    {row.quantities.length > 0
                      ? row.quantities.map((q) => quantityText(q, i18n)).join('; ')
                      : words.none}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {capped && (
          <p className="donor-table-more">
            {!all && words.shownOf(ROW_CAP, rows.length)}{' '}
            <button type="button" className="control-button" onClick={() => setAll(!all)}>
              {all ? words.showFewer(ROW_CAP) : words.showAll(rows.length)}
            </button>
          </p>
        )}
      </section>
    );
  }, [rows, i18n, all]);
});

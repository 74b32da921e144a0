import type { ReactNode } from 'react';
import type { Announcement } from '../data/schema';
import { KIND_STYLES } from '../charts/shared/kind-style';
import { findDutchNumbers } from '../transforms/dutch-numbers';
import { describeRecordDate } from '../transforms/dates';
import { formatUsdCompact, partyName } from '../transforms/format';
import { Flag } from './flag';

/** Where in an excerpt the record's figures are printed, as [start, end) offsets. */
export function figureRanges(record: Announcement, excerpt: string): Array<[number, number]> {
  const quantities = new Set(record.items.map((i) => i.quantity).filter((q) => q !== undefined));
  return findDutchNumbers(excerpt)
    .filter(
      (m) =>
        (record.amount &&
          m.value === record.amount.value &&
          m.currency === record.amount.currency) ||
        (m.currency === null && quantities.has(m.value)),
    )
    .map((m) => [m.start, m.end]);
}

/** Text with the given ranges wrapped in <mark>; rendered as text, never as HTML. */
export function Highlighted({
  text,
  ranges,
  markClassName,
}: {
  text: string;
  ranges: Array<[number, number]>;
  markClassName?: string;
}) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className={markClassName}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

// Words that make a quoted phrase a date cue ("vrijdag", "afgelopen week", "eind november").
const TIME_WORDS =
  /(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vandaag|gisteren|morgen|week|maand|jaar|dagen|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|eind|begin|vlak voor|binnen|pas)/i;

/**
 * How a date was reached: "inferred from ‘vrijdag’" when the curator's note opens with the Dutch
 * words the date was read from, else a pointer to the note.
 */
export function dateBasis(record: Announcement): string {
  if (record.date.basis === 'explicit') return 'date given in the text';
  const quoted = /^['‘]([^'’]+)['’]/.exec(record.note ?? '');
  if (quoted && TIME_WORDS.test(quoted[1]!)) return `inferred from ‘${quoted[1]}’`;
  return 'inferred, see the note';
}

/** The amount as printed in the article ("350 miljoen dollar"), or the raw figure. */
export function printedAmount(record: Announcement): string | null {
  if (!record.amount) return null;
  for (const source of record.sources) {
    const mention = findDutchNumbers(source.excerpt).find(
      (m) => m.value === record.amount!.value && m.currency === record.amount!.currency,
    );
    if (mention) return mention.text;
  }
  return `${record.amount.value.toLocaleString('en-GB')} ${record.amount.currency ?? ''}`.trim();
}

/** The facts of a record: donors with flags, kind, date with precision and basis, amount, items. */
export function RecordFacts({ record, usd }: { record: Announcement; usd: number | null }) {
  const style = KIND_STYLES[record.kind];
  const printed = printedAmount(record);
  return (
    <dl className="facts">
      <dt>Donor{record.donors.length > 1 ? 's' : ''}</dt>
      <dd>
        {record.donors.map((code) => (
          <span key={code} className="donor">
            <Flag code={code} /> {partyName(code)}
          </span>
        ))}
        {record.recipient !== 'UA' && <> → {partyName(record.recipient)}</>}
      </dd>
      <dt>Kind</dt>
      <dd>
        <span className="kind-dot" style={{ background: style.color }} aria-hidden="true" />{' '}
        {style.label}
      </dd>
      <dt>Date</dt>
      <dd>
        {describeRecordDate(record.date)}{' '}
        <span className="muted">
          ({record.date.precision} precision, {dateBasis(record)})
        </span>
      </dd>
      {printed && (
        <>
          <dt>Amount</dt>
          <dd>
            <span lang="nl">{printed}</span>
            {usd !== null ? (
              <span className="muted"> = {formatUsdCompact(usd)}</span>
            ) : (
              <span className="muted">
                {' '}
                (not converted:{' '}
                {record.amount?.currency ? 'no exchange rate' : 'no currency printed'})
              </span>
            )}
            {record.kind === 'cumulative' && (
              <span className="muted"> · running total, never added</span>
            )}
          </dd>
        </>
      )}
      {record.items.length > 0 && (
        <>
          <dt>Items</dt>
          <dd>
            {record.items
              .map((item) =>
                [
                  item.quantity?.toLocaleString('en-GB'),
                  item.quantity && item.unit !== 'pieces' ? item.unit : null,
                  item.name ?? item.category,
                ]
                  .filter(Boolean)
                  .join(' '),
              )
              .join('; ')}
          </dd>
        </>
      )}
    </dl>
  );
}

/**
 * An excerpt in Dutch with the figure marked, and its English translation under it. `verified`
 * is false when the article's text did not come with the dataset, so the excerpt is unchecked.
 */
export function Excerpt({
  record,
  index,
  verified = true,
}: {
  record: Announcement;
  index: number;
  verified?: boolean;
}) {
  const source = record.sources[index]!;
  return (
    <figure className="excerpt">
      <blockquote lang="nl">
        <Highlighted text={source.excerpt} ranges={figureRanges(record, source.excerpt)} />
      </blockquote>
      <figcaption>{source.translation}</figcaption>
      {!verified && (
        <p className="unverified">
          Unverified: the article’s text did not come with this dataset, so this excerpt was not
          checked against it.
        </p>
      )}
    </figure>
  );
}

import type { ReactNode } from 'react';
import type { Worded as WordedText } from '../i18n/data-translations';
import { itemText } from '../ui/record-label';
import type { Announcement } from '../data/schema';
import { KIND_STYLES } from '../encoding/kind-style';
import { findDutchNumbers } from '../data/dutch-numbers';
import { useI18n } from '../ui/use-i18n';
import { i18nFor, type I18n } from '../i18n/i18n';
import { Flag } from '../ui/flag';
import { UserText } from './user-text';
import { matchRanges } from '../transforms/search';
import { balanceBidi } from '../data/bidi';
import { useViewStore } from '../state/store';
import './record-details.css';

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

/**
 * Text with the given ranges wrapped in <mark> (a range may name its own class); rendered as
 * text, never as HTML. Where ranges overlap, the first (by start) is marked.
 */
export function Highlighted({
  text,
  ranges,
  markClassName,
}: {
  text: string;
  ranges: ReadonlyArray<readonly [number, number, string?]>;
  markClassName?: string;
}) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end, className] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className={className ?? markClassName}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/** Where a search's words and figures stand in a text, as ranges marked `search-match`. */
export function searchRanges(text: string, query: string): Array<[number, number, string]> {
  return query.trim() === ''
    ? []
    : matchRanges(text, query).map(([start, end]) => [start, end, 'search-match']);
}

/** Text with the search's words marked (the text as it is when there is no search). */
export function SearchMarked({ text, query }: { text: string; query: string }) {
  return <Highlighted text={text} ranges={searchRanges(text, query)} />;
}

// Words that make a quoted phrase a date cue ("vrijdag", "afgelopen week", "eind november").
const TIME_WORDS =
  /(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vandaag|gisteren|morgen|week|maand|jaar|dagen|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|eind|begin|vlak voor|binnen|pas)/i;

/**
 * How a date was reached: "inferred from ‘vrijdag’" when the curator's note opens with the Dutch
 * words the date was read from, else a pointer to the note.
 */
export function dateBasis(record: Announcement, { t }: I18n = i18nFor('en')): string {
  if (record.date.basis === 'explicit') return t.record.basisExplicit;
  const quoted = /^['‘]([^'’]+)['’]/.exec(record.note ?? '');
  if (quoted && TIME_WORDS.test(quoted[1]!)) return t.record.basisInferredFrom(quoted[1]!);
  return t.record.basisInferred;
}

/** The amount as printed in the article ("350 miljoen dollar"), or the raw figure. */
export function printedAmount(record: Announcement, i18n: I18n = i18nFor('en')): string | null {
  if (!record.amount) return null;
  for (const source of record.sources) {
    const mention = findDutchNumbers(source.excerpt).find(
      (m) => m.value === record.amount!.value && m.currency === record.amount!.currency,
    );
    if (mention) return mention.text;
  }
  return `${i18n.number(record.amount.value)} ${record.amount.currency ?? ''}`.trim();
}

/** The facts of a record: donors with flags, kind, date with precision and basis, amount, items. */
export function RecordFacts({ record, usd }: { record: Announcement; usd: number | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  const style = KIND_STYLES[record.kind];
  const printed = printedAmount(record, i18n);
  return (
    <dl className="record-facts">
      <dt>{t.record.donor(record.donors.length)}</dt>
      <dd>
        {record.donors.map((code) => (
          <span key={code} className="record-donor">
            <Flag code={code} /> {i18n.party(code)}
          </span>
        ))}
        {record.recipient !== 'UA' && <> → {i18n.party(record.recipient)}</>}
      </dd>
      <dt>{t.record.kind}</dt>
      <dd>
        <span className="kind-dot" style={{ background: style.paint }} aria-hidden="true" />{' '}
        {i18n.kind(record.kind)}
      </dd>
      <dt>{t.record.date}</dt>
      <dd>
        {i18n.describeDate(record.date)}{' '}
        <span className="muted">
          ({t.record.precisionBasis(t.precision[record.date.precision], dateBasis(record, i18n))})
        </span>
      </dd>
      {printed && (
        <>
          <dt>{t.record.amount}</dt>
          <dd>
            <span lang="nl">{printed}</span>
            {usd !== null ? (
              <span className="muted"> = {i18n.usd(usd)}</span>
            ) : (
              <span className="muted">
                {' '}
                {t.record.notConverted(record.amount?.currency ? 'rate' : 'currency')}
              </span>
            )}
            {record.kind === 'cumulative' && (
              <span className="muted"> · {t.record.runningTotalNever}</span>
            )}
          </dd>
        </>
      )}
      {record.items.length > 0 && (
        <>
          <dt>{t.record.items}</dt>
          <dd>
            {record.items.map((item, i) => (
              <span key={i}>
                {i > 0 && '; '}
                <Worded {...itemText(item, i18n)} />
              </span>
            ))}
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
  const { t } = useI18n();
  const query = useViewStore((s) => s.query);
  return (
    <figure className="record-excerpt">
      <blockquote lang="nl">
        <bdi>
          <Highlighted
            text={source.excerpt}
            ranges={[
              ...figureRanges(record, source.excerpt),
              ...searchRanges(source.excerpt, query),
            ]}
          />
        </bdi>
      </blockquote>
      <figcaption lang="en">
        {query.trim() === '' ? (
          <UserText text={source.translation} />
        ) : (
          <bdi>
            <SearchMarked text={balanceBidi(source.translation)} query={query} />
          </bdi>
        )}
      </figcaption>
      {!verified && <p className="unverified">{t.record.unverified}</p>}
    </figure>
  );
}

/** Text in its own language, marked for screen readers and hyphenation when not the page's. */
function Worded({ text, lang }: WordedText) {
  return <UserText lang={lang} text={text} />;
}

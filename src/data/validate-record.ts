import { isolate } from './bidi';
import { findDutchNumbers, type NumberMention } from './dutch-numbers';
import { findEnglishNumbers } from './english-numbers';
import { neededRate, rateKey } from './rates';
import type { Announcement, ExchangeRate, SourceMeta } from './schema';
import { outOfRange, type DateRange, type SourceTexts } from './validate-sources';

/** What the rules of one record look up: the file's sources, their texts, rates and dates. */
export interface RecordContext {
  sourceById: ReadonlyMap<string, SourceMeta>;
  texts: SourceTexts;
  rates: ReadonlyMap<string, ExchangeRate>;
  range: DateRange;
}

/**
 * The rules of one record that passed the schema: its dates, donors named once, excerpts cited
 * once and found in their articles, its amount and quantities printed in its excerpts, a rate
 * for its currency. Each problem goes to `fail` with the path below the record.
 */
export function checkRecord(
  record: Announcement,
  { sourceById, texts, rates, range }: RecordContext,
  fail: (path: string, message: string) => void,
) {
  checkDate(record, range, fail);
  checkRepeats(record, fail);
  record.items.forEach((item, i) => {
    if (item.quantity !== undefined && item.unit === undefined)
      fail(`.items[${i}].unit`, 'a quantity needs a unit (pieces, tonnes or troops)');
  });

  const { date } = record;
  const mentions: NumberMention[] = [];
  record.sources.forEach((ref, i) => {
    const meta = sourceById.get(ref.id);
    if (!meta) {
      fail(
        `.sources[${i}].id`,
        `unknown source "${isolate(ref.id)}" (not in the file's sources list)`,
      );
      return;
    }
    if (date.end.slice(0, 7) > meta.published)
      fail(
        '.date.end',
        `event (${date.end}) is after its article's month (${isolate(ref.id)}, published ${meta.published})`,
      );
    const text = texts.get(ref.id);
    if (text !== undefined && !text.includes(ref.excerpt))
      fail(
        `.sources[${i}].excerpt`,
        `excerpt is not a verbatim part of source ${isolate(ref.id)}: "${isolate(clip(ref.excerpt))}"`,
      );
    // Figures are read as the article's language prints them ("$2 billion", "2 miljard dollar").
    const read = meta.language === 'en' ? findEnglishNumbers : findDutchNumbers;
    mentions.push(...read(ref.excerpt));
  });
  checkFigures(record, mentions, fail);

  const rate = neededRate(record);
  if (rate && !rates.has(rateKey(rate.currency, rate.month)))
    fail(
      '.amount.currency',
      `no exchange rate for ${rate.currency} in ${rate.month}; add one to exchangeRates`,
    );
}

/** The date within the range, its span as its precision says, an inferred one explained. */
function checkDate(
  record: Announcement,
  range: DateRange,
  fail: (path: string, message: string) => void,
) {
  const { date } = record;
  const startProblem = outOfRange(date.start, range);
  const endProblem = outOfRange(date.end, range);
  if (startProblem) fail('.date.start', startProblem);
  if (endProblem) fail('.date.end', endProblem);
  if (startProblem || endProblem) {
    // The span rules below would only repeat the same mistake in other words.
  } else if (date.start > date.end) fail('.date', `start ${date.start} is after end ${date.end}`);
  else if (date.precision === 'day' && date.start !== date.end)
    fail(
      '.date',
      `precision "day" needs start = end (got ${date.start} to ${date.end}); use week, month or year for a span`,
    );
  else if (date.precision !== 'day' && date.start === date.end)
    fail(
      '.date',
      `precision "${date.precision}" needs a span (start before end); a single day is precision "day"`,
    );
  if (date.basis === 'inferred' && !record.note)
    fail('.note', 'an inferred date must say in the note how it was inferred');
}

/** A donor or a cited excerpt named twice in one record. */
function checkRepeats(record: Announcement, fail: (path: string, message: string) => void) {
  // A donor named twice would make a joint group "United States + United States" of its own.
  record.donors.forEach((donor, i) => {
    const first = record.donors.indexOf(donor);
    if (first !== i)
      fail(
        `.donors[${i}]`,
        `"${donor}" is already listed as donors[${first}]; name each donor once`,
      );
  });
  // The same excerpt cited twice would show twice in every view of the record.
  record.sources.forEach((ref, i) => {
    const first = record.sources.findIndex((r) => r.id === ref.id && r.excerpt === ref.excerpt);
    if (first !== i)
      fail(
        `.sources[${i}]`,
        `repeats sources[${first}] (the same source and excerpt); cite it once`,
      );
  });
}

/** The amount and each quantity must stand in an excerpt as printed (`mentions`). */
function checkFigures(
  record: Announcement,
  mentions: readonly NumberMention[],
  fail: (path: string, message: string) => void,
) {
  if (record.amount) {
    const { value, currency } = record.amount;
    if (!mentions.some((m) => m.value === value && m.currency === currency))
      fail(
        '.amount',
        `${value} ${currency ?? '(no currency)'} is not in any excerpt as printed (${foundFigures(mentions)})`,
      );
  }
  record.items.forEach((item, i) => {
    if (item.quantity === undefined) return;
    const wantTonnes = item.unit === 'tonnes';
    if (
      !mentions.some(
        (m) =>
          m.value === item.quantity && m.currency === null && (m.unit === 'tonnes') === wantTonnes,
      )
    )
      fail(
        `.items[${i}].quantity`,
        `${item.quantity} ${item.unit ?? ''} is not in any excerpt as printed (${foundFigures(mentions)})`,
      );
  });
}

function foundFigures(mentions: readonly NumberMention[]): string {
  if (mentions.length === 0) return 'no figures found in the excerpts';
  return `found: ${mentions.map((m) => `"${isolate(m.text)}"`).join(', ')}`;
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

import type { Announcement, ExchangeRate, SourceMeta } from '../data/schema';
import { itemName, noteText } from '../i18n/data-translations';
import type { I18n } from '../i18n/i18n';
import type { Messages } from '../i18n/messages';
import { toUsd } from '../transforms/to-usd';
import { printedAmount } from './record-details';
import { itemText } from '../ui/record-label';
import { isolate } from '../data/bidi';

/** One column of the data table: its header, how it reads and how it sorts. */
export interface Column {
  key: keyof Messages['table']['columns'];
  /** The cell's text. */
  text: (record: Announcement, context: ColumnContext) => string;
  /** What the column sorts by (strings compare in the reader's language, numbers as numbers). */
  sortValue: (record: Announcement, context: ColumnContext) => string | number | null;
  numeric?: boolean;
  /**
   * The language of the column's text where it is data in a fixed language (Dutch excerpts,
   * English notes and translations), or per record (item names, English where untranslated).
   */
  lang?: 'nl' | 'en' | ((record: Announcement, context: ColumnContext) => 'nl' | 'en' | undefined);
  wide?: boolean;
  /** The text is record ids: not words, not to be translated. */
  identifiers?: boolean;
}

export interface ColumnContext {
  i18n: I18n;
  rates: ReadonlyMap<string, ExchangeRate>;
  sourceById: ReadonlyMap<string, SourceMeta>;
}

const items = (record: Announcement, { i18n }: ColumnContext) =>
  record.items.map((item) => isolate(itemText(item, i18n).text)).join('; ');

/** Every field of a record, as a column. */
export const COLUMNS: readonly Column[] = [
  { key: 'id', text: (r) => r.id, sortValue: (r) => r.id },
  {
    key: 'date',
    text: (r, { i18n }) => i18n.describeDate(r.date),
    sortValue: (r) => `${r.date.start}/${r.date.end}`,
  },
  {
    key: 'donors',
    text: (r, { i18n }) => i18n.group(r.donors),
    sortValue: (r, { i18n }) => i18n.group(r.donors),
  },
  {
    key: 'kind',
    text: (r, { i18n }) => i18n.kind(r.kind),
    sortValue: (r, { i18n }) => i18n.kind(r.kind),
  },
  {
    key: 'recipient',
    text: (r, { i18n }) => i18n.party(r.recipient),
    sortValue: (r, { i18n }) => i18n.party(r.recipient),
  },
  {
    key: 'amount',
    text: (r, { i18n }) => printedAmount(r, i18n) ?? '',
    sortValue: (r) => r.amount?.value ?? null,
    lang: 'nl',
  },
  {
    key: 'usd',
    text: (r, { i18n, rates }) => {
      const usd = toUsd(r, rates);
      return usd === null ? '' : i18n.usd(usd);
    },
    sortValue: (r, { rates }) => toUsd(r, rates),
    numeric: true,
  },
  {
    key: 'items',
    text: items,
    sortValue: items,
    // English where a name has no translation in the reader's language.
    lang: (r, { i18n }) =>
      r.items.some((item) => item.name && itemName(item.name, i18n.language).lang === 'en')
        ? 'en'
        : undefined,
  },
  {
    key: 'excerpt',
    text: (r) => r.sources.map((s) => isolate(s.excerpt)).join(' … '),
    sortValue: (r) => r.sources[0]!.excerpt,
    lang: 'nl',
    wide: true,
  },
  {
    key: 'translation',
    text: (r) => r.sources.map((s) => isolate(s.translation)).join(' … '),
    sortValue: (r) => r.sources[0]!.translation,
    lang: 'en',
    wide: true,
  },
  {
    key: 'source',
    text: (r, { i18n, sourceById }) =>
      [...new Set(r.sources.map((s) => s.id))]
        .map((id) => {
          const meta = sourceById.get(id);
          return meta ? `${i18n.month(meta.published)} (${isolate(id)})` : isolate(id);
        })
        .join('; '),
    sortValue: (r, { sourceById }) =>
      `${sourceById.get(r.sources[0]!.id)?.published ?? ''} ${r.sources[0]!.id}`,
  },
  {
    key: 'note',
    text: (r, { i18n }) => isolate(r.note ? noteText(r.note, i18n.language).text : ''),
    sortValue: (r, { i18n }) => (r.note ? noteText(r.note, i18n.language).text : null),
    lang: (r, { i18n }) => (r.note ? noteText(r.note, i18n.language).lang : undefined),
    wide: true,
  },
  {
    key: 'partOf',
    text: (r) => r.partOf ?? '',
    sortValue: (r) => r.partOf ?? null,
    identifiers: true,
  },
];

export const COLUMN_KEYS: readonly string[] = COLUMNS.map((c) => c.key);

/**
 * The records sorted by one column. Empty values go last whichever the direction; ties keep
 * the date order, so a sort is stable and repeatable.
 */
export function sortRecords(
  records: readonly Announcement[],
  column: Column,
  direction: 'ascending' | 'descending',
  context: ColumnContext,
): Announcement[] {
  const collator = new Intl.Collator(context.i18n.locale, { numeric: true, sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  const keyed = records.map((record) => ({
    record,
    value: column.sortValue(record, context),
    date: `${record.date.start}/${record.date.end}/${record.id}`,
  }));
  const isEmpty = (value: string | number | null) => value === null || value === '';
  keyed.sort((a, b) => {
    const byDate = a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
    if (isEmpty(a.value) || isEmpty(b.value))
      return Number(isEmpty(a.value)) - Number(isEmpty(b.value)) || byDate;
    const order =
      typeof a.value === 'number' && typeof b.value === 'number'
        ? a.value - b.value
        : collator.compare(String(a.value), String(b.value));
    return sign * order || byDate;
  });
  return keyed.map((k) => k.record);
}

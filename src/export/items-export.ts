import type { Announcement, Item } from '../data/schema';
import { itemName } from '../i18n/data-translations';
import { groupName } from '../i18n/format';
import type { Language } from '../i18n/language';
import { countsAsCommitted, countsAsDelivered, donorGroupKey } from '../transforms/aggregate';
import { csvDocument } from './records-export';

// The spreadsheet's CSV: one row per item, so quantities add up with SUM or a pivot table and
// no cell has to be taken apart first. The records CSV (records-export.ts) is the one that
// loads back; this one is for reading and adding up. README "Downloads" lists the columns.

/** The columns, in order; names are English and fixed whatever the interface language. */
export const ITEM_CSV_COLUMNS = [
  'record_id',
  'item_number',
  'kind',
  'donor_codes',
  'donor_names',
  'recipient',
  'date_start',
  'date_end',
  'date_precision',
  'category',
  'item_name',
  'quantity',
  'unit',
  'counts_committed',
  'counts_delivered',
  'part_of',
  'sources',
] as const;

type ItemColumn = (typeof ITEM_CSV_COLUMNS)[number];

/** 1 or 0: numbers every spreadsheet reads in every locale (TRUE is WAAR in Dutch Excel). */
const flag = (value: boolean) => (value ? '1' : '0');

/** One row: the record's columns, and the item's (empty for a record that lists no item). */
function itemRow(
  record: Announcement,
  item: Item | null,
  number: number | null,
  language: Language,
): string[] {
  const cells: Record<ItemColumn, string> = {
    record_id: record.id,
    item_number: number === null ? '' : String(number),
    kind: record.kind,
    donor_codes: donorGroupKey(record.donors),
    donor_names: groupName(record.donors, language),
    recipient: record.recipient,
    date_start: record.date.start,
    date_end: record.date.end,
    date_precision: record.date.precision,
    category: item?.category ?? '',
    item_name: item?.name ? itemName(item.name, language).text : '',
    quantity: item?.quantity === undefined ? '' : String(item.quantity),
    unit: item?.unit ?? '',
    // A running total's quantities are never added (rule 4), nor a part-delivery's to
    // committed (rule 2), nor anything of a deployment to allies (rule 1).
    counts_committed: flag(record.kind !== 'cumulative' && countsAsCommitted(record)),
    counts_delivered: flag(record.kind !== 'cumulative' && countsAsDelivered(record)),
    part_of: record.partOf ?? '',
    sources: [...new Set(record.sources.map((source) => source.id))].join(';'),
  };
  return ITEM_CSV_COLUMNS.map((column) => cells[column]);
}

/**
 * The records' items as a spreadsheet-ready CSV: one row per item in the records' order, the
 * quantity a plain number and its unit in a column of its own, with the record's id, kind,
 * donors (codes and names), recipient, date and the two counting flags (1 when the row's
 * quantity counts towards committed, resp. delivered, under the aggregation rules). A record
 * with no item keeps one row with the item columns empty, so every record in view is there.
 * Money is per record, not per item, and is left to the records CSV: repeated on each item's
 * row it would be added once per item. Names (donors, items) are in `language`; codes are not.
 */
export function itemsToCsv(records: readonly Announcement[], language: Language): string {
  function* rows() {
    for (const record of records) {
      if (record.items.length === 0) yield itemRow(record, null, null, language);
      else
        for (const [i, item] of record.items.entries())
          yield itemRow(record, item, i + 1, language);
    }
  }
  return csvDocument(ITEM_CSV_COLUMNS, rows());
}

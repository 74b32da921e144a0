import type { Announcement } from '../data/schema';
import { KIND_STYLES } from '../charts/shared/kind-style';
import { describeRecordDate } from '../transforms/dates';
import { formatUsdCompact, groupName } from '../transforms/format';

/** A one-line spoken description of a record, for aria-labels. */
export function recordLabel(record: Announcement, usd: number | null): string {
  const parts = [
    groupName(record.donors),
    KIND_STYLES[record.kind].label.toLowerCase(),
    describeRecordDate(record.date),
  ];
  if (usd !== null) parts.push(formatUsdCompact(usd));
  const quantities = record.items
    .filter((item) => item.quantity !== undefined)
    .map((item) =>
      `${item.quantity!.toLocaleString('en-GB')} ${item.unit === 'pieces' ? '' : `${item.unit} `}${item.name ?? item.category}`.replace(
        /\s+/g,
        ' ',
      ),
    );
  if (quantities.length > 0) parts.push(quantities.join(', '));
  else if (record.items[0]?.name) parts.push(record.items[0].name);
  if (record.recipient !== 'UA') parts.push(`to ${groupName([record.recipient])}`);
  return parts.join(', ');
}

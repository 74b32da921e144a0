import type { Announcement } from '../data/schema';
import type { I18n } from '../i18n/use-i18n';

/** A one-line spoken description of a record, for aria-labels, in the interface's language. */
export function recordLabel(record: Announcement, usd: number | null, i18n: I18n): string {
  const parts = [
    i18n.group(record.donors),
    i18n.kind(record.kind).toLowerCase(),
    i18n.describeDate(record.date),
  ];
  if (usd !== null) parts.push(i18n.usd(usd));
  const quantities = record.items
    .filter((item) => item.quantity !== undefined)
    .map((item) => {
      const name = item.name ?? i18n.category(item.category);
      const unit = item.unit && item.unit !== 'pieces' ? i18n.t.units[item.unit] : '';
      // "40,000 troops to reinforce…", not "40,000 troops troops to reinforce…".
      const unitWord = unit && !name.toLowerCase().startsWith(unit) ? `${unit} ` : '';
      return `${i18n.number(item.quantity!)} ${unitWord}${name}`;
    });
  if (quantities.length > 0) parts.push(quantities.join(', '));
  else if (record.items[0])
    parts.push(record.items[0].name ?? i18n.category(record.items[0].category));
  if (record.recipient !== 'UA') parts.push(i18n.t.record.to(i18n.party(record.recipient)));
  return parts.join(', ');
}

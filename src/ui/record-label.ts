import type { Announcement, Item } from '../data/schema';
import { itemName, type Worded } from '../i18n/data-translations';
import type { I18n } from '../i18n/i18n';
import { isolate } from '../data/bidi';

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
    .map((item) => isolate(itemText(item, i18n).text));
  if (quantities.length > 0) parts.push(quantities.join(', '));
  else if (record.items[0])
    parts.push(
      record.items[0].name
        ? isolate(itemName(record.items[0].name, i18n.language).text)
        : i18n.category(record.items[0].category),
    );
  if (record.recipient !== 'UA') parts.push(i18n.t.record.to(i18n.party(record.recipient)));
  return parts.join(', ');
}

/** Words that already say an item's unit, in English and in Dutch. */
const UNIT_WORDS: Partial<Record<NonNullable<Item['unit']>, RegExp>> = {
  troops: /(^|[^\p{L}])(troops|soldiers|troepen|militairen|soldaten)([^\p{L}]|$)/iu,
  tonnes: /(^|[^\p{L}])(tonnes|tons|ton)([^\p{L}]|$)/iu,
};

/**
 * An item as words: quantity, unit and name ("2,000 light anti-tank weapons", "8.500 Amerikaanse
 * troepen in verhoogde paraatheid", "8,500 US troops", never "troops troops"), the name in the reader's language
 * where a translation exists; `lang` is the name's language.
 */
export function itemText(item: Item, i18n: I18n): Worded {
  const named = item.name
    ? itemName(item.name, i18n.language)
    : { text: i18n.category(item.category), lang: i18n.language };
  if (item.quantity === undefined) return named;
  const unit = item.unit && item.unit !== 'pieces' ? i18n.t.units[item.unit] : '';
  // The unit is left out where the name already says it, in either language's words
  // ("8,500 US troops on standby", "8.500 Amerikaanse troepen", not "militairen Amerikaanse troepen").
  const saysUnit = item.unit && UNIT_WORDS[item.unit]?.test(named.text);
  const unitWord = unit && !saysUnit ? `${unit} ` : '';
  return { text: `${i18n.number(item.quantity)} ${unitWord}${named.text}`, lang: named.lang };
}

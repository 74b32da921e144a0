import { describe, expect, it } from 'vitest';
import dataset from '../../data/announcements.json';
import translations from '../../data/translations-nl.json';
import type { Announcement, Dataset } from '../data/schema';
import { createRateIndex } from '../data/rates';
import { i18nFor } from '../i18n/i18n';
import type { Language } from '../i18n/language';
import { makeRecord } from '../test/make-record';
import { COLUMNS, type ColumnContext } from './table-columns';

const data = dataset as Dataset;
const rates = createRateIndex(data.exchangeRates);
const contextFor = (language: Language): ColumnContext => ({
  i18n: i18nFor(language),
  rates,
  sourceById: new Map(data.sources.map((s) => [s.id, s])),
});
const en = contextFor('en');
const nl = contextFor('nl');
const column = (key: string) => COLUMNS.find((c) => c.key === key)!;
const builtIn = (id: string) => data.announcements.find((r) => r.id === id)!;

describe('the items column', () => {
  const items = column('items');
  const nlItems: Record<string, string> = translations.items;

  it('writes quantity and name, leaving out "pieces": "2,000 light anti-tank weapons…"', () => {
    expect(items.text(builtIn('gb-delivery-nlaw-2000'), en)).toBe(
      '2,000 light anti-tank weapons and missiles; a team of military trainers',
    );
    expect(items.text(builtIn('us-nato-anti-tank-17000'), en)).toBe(
      '17,000 anti-tank weapons, including Javelin missiles',
    );
  });

  it('writes a unit other than pieces before the name', () => {
    expect(items.text(builtIn('us-delivery-90-tonnes'), en)).toBe(
      '90 tonnes lethal aid; ammunition for front-line troops',
    );
  });

  it('does not repeat a unit the name already says', () => {
    expect(items.text(builtIn('us-standby-8500'), en)).toBe(
      '8,500 US troops on heightened readiness for the NATO Response Force',
    );
  });

  it('names an unnamed item by its category', () => {
    const record = makeRecord({ items: [{ category: 'drones', quantity: 3, unit: 'pieces' }] });
    expect(items.text(record, en)).toBe('3 drones');
    expect(items.text(record, nl)).toBe('3 drones');
    const medical = makeRecord({ items: [{ category: 'medical' }] });
    expect(items.text(medical, nl)).toBe('medisch');
  });

  it('uses the Dutch names of data/translations-nl.json in Dutch, with Dutch numbers', () => {
    expect(items.text(builtIn('gb-delivery-nlaw-2000'), nl)).toBe(
      `2.000 ${nlItems['light anti-tank weapons and missiles']}; ${nlItems['a team of military trainers']}`,
    );
    expect(items.text(builtIn('us-delivery-90-tonnes'), nl)).toBe(
      `90 ton ${nlItems['lethal aid']}; ${nlItems['ammunition for front-line troops']}`,
    );
    expect(items.text(builtIn('us-pledge-500m-kyiv'), nl)).toBe(
      ['artillery ammunition', 'missiles', 'anti-armour systems'].map((n) => nlItems[n]).join('; '),
    );
  });

  // Bug: record-label.ts itemText leaves the unit out only when the name contains the unit's
  // own word; the Dutch unit is "militairen" but the Dutch names say "troepen", so the unit is
  // written twice ("8.500 militairen Amerikaanse troepen in verhoogde paraatheid …").
  it('does not repeat the unit in Dutch: "8.500 Amerikaanse troepen in verhoogde paraatheid …"', () => {
    expect(items.text(builtIn('us-standby-8500'), nl)).toBe(
      '8.500 Amerikaanse troepen in verhoogde paraatheid voor de NAVO-reactiemacht',
    );
  });

  it('names troops once in every built-in record that counts troops, in English', () => {
    const withTroops = data.announcements.filter((r) =>
      r.items.some((i) => i.unit === 'troops' && i.quantity !== undefined),
    );
    expect(withTroops.length).toBeGreaterThan(1);
    for (const record of withTroops)
      expect(items.text(record, en).match(/\btroops\b/gi), record.id).toHaveLength(1);
  });

  // Bug, as above: "8.500 militairen Amerikaanse troepen in verhoogde paraatheid …".
  it('names troops once in every built-in record that counts troops, in Dutch', () => {
    const withTroops = data.announcements.filter((r) =>
      r.items.some((i) => i.unit === 'troops' && i.quantity !== undefined),
    );
    for (const record of withTroops)
      expect(items.text(record, nl).match(/\b(troepen|militairen)\b/gi), record.id).toHaveLength(1);
  });

  it('marks the cell English in Dutch only where a name has no translation', () => {
    const lang = items.lang as (r: Announcement, c: ColumnContext) => string | undefined;
    expect(typeof items.lang).toBe('function');
    expect(lang(builtIn('gb-delivery-nlaw-2000'), nl)).toBeUndefined();
    const untranslated = makeRecord({
      items: [
        { category: 'other', name: 'weapons' },
        { category: 'vehicles', name: 'an item nobody has translated' },
      ],
    });
    expect(lang(untranslated, nl)).toBe('en');
    expect(items.text(untranslated, nl)).toBe(`${nlItems.weapons}; an item nobody has translated`);
  });
});

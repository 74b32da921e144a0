import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../data/csv-parse';
import { unguardCell } from '../data/csv-cells';
import type { Dataset } from '../data/schema';
import { makeRecord, usd } from '../test/make-record';
import { aggregateByDonor } from '../transforms/aggregate';
import { ITEM_CSV_COLUMNS, itemsToCsv } from './items-export';

const dataset = JSON.parse(readFileSync('data/announcements.json', 'utf8')) as Dataset;

/** The CSV read back by the app's own parser, as objects by column name. */
function rowsOf(csv: string): Array<Record<string, string>> {
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new Error(parsed.message);
  expect(parsed.header).toEqual([...ITEM_CSV_COLUMNS]);
  return parsed.rows.map((row) =>
    Object.fromEntries(parsed.header.map((name, i) => [name, unguardCell(row.cells[i] ?? '')])),
  );
}

describe('itemsToCsv', () => {
  const joint = makeRecord({
    id: 'joint',
    kind: 'approval',
    donors: ['US', 'NATO'],
    amount: usd(350e6),
    items: [
      { category: 'anti-tank', quantity: 17000, unit: 'pieces', name: 'Javelin' },
      { category: 'other', name: '=SUM(A1) and "quotes", commas' },
    ],
  });
  const bare = makeRecord({ id: 'bare', kind: 'refusal', donors: ['DE'] });
  const part = makeRecord({
    id: 'part',
    kind: 'delivery',
    partOf: 'joint',
    items: [{ category: 'anti-tank', quantity: 2000, unit: 'pieces' }],
  });
  const total = makeRecord({
    id: 'total',
    kind: 'cumulative',
    items: [{ category: 'anti-tank', quantity: 90000, unit: 'pieces' }],
  });

  it('writes one row per item, and one with empty item columns for a record with none', () => {
    const rows = rowsOf(itemsToCsv([joint, bare, part, total], 'en'));
    expect(rows.map((r) => [r.record_id, r.item_number])).toEqual([
      ['joint', '1'],
      ['joint', '2'],
      ['bare', ''],
      ['part', '1'],
      ['total', '1'],
    ]);
    expect(rows[0]).toEqual({
      record_id: 'joint',
      item_number: '1',
      kind: 'approval',
      donor_codes: 'NATO+US',
      donor_names: 'NATO + United States',
      recipient: 'UA',
      date_start: '2022-03-01',
      date_end: '2022-03-01',
      date_precision: 'day',
      category: 'anti-tank',
      item_name: 'Javelin',
      quantity: '17000',
      unit: 'pieces',
      counts_committed: '1',
      counts_delivered: '0',
      part_of: '',
      sources: 's',
    });
    // A name that looks like a formula is defused and comes back whole.
    expect(rows[1]!.item_name).toBe('=SUM(A1) and "quotes", commas');
    expect(rows[2]).toMatchObject({ category: '', item_name: '', quantity: '', unit: '' });
  });

  it('flags what counts, so a filtered sum equals the comparison chart’s', () => {
    const records = [joint, bare, part, total];
    const rows = rowsOf(itemsToCsv(records, 'en'));
    const sum = (flag: 'counts_committed' | 'counts_delivered') =>
      rows
        .filter((r) => r.category === 'anti-tank' && r.unit === 'pieces' && r[flag] === '1')
        .reduce((s, r) => s + Number(r.quantity), 0);
    expect(sum('counts_committed')).toBe(17000); // not the part (inside), not the running total
    expect(sum('counts_delivered')).toBe(2000);
  });

  it('adds up to the aggregation rules on the shipped dataset, category by category', () => {
    const rows = rowsOf(itemsToCsv(dataset.announcements, 'en'));
    const units = new Set(rows.map((r) => `${r.category}|${r.unit}`));
    for (const key of units) {
      const [category, unit] = key.split('|');
      if (!category || !unit) continue;
      const measure = (record: Dataset['announcements'][number]) =>
        record.kind === 'cumulative'
          ? null
          : record.items
              .filter((item) => item.category === category && item.unit === unit)
              .reduce((s, item) => s + (item.quantity ?? 0), 0);
      const byDonor = aggregateByDonor(dataset.announcements, measure);
      const picked = rows.filter((r) => r.category === category && r.unit === unit);
      const add = (flag: 'counts_committed' | 'counts_delivered') =>
        picked.filter((r) => r[flag] === '1').reduce((s, r) => s + Number(r.quantity || 0), 0);
      expect(add('counts_committed'), key).toBe(byDonor.reduce((s, r) => s + r.committed, 0));
      expect(add('counts_delivered'), key).toBe(byDonor.reduce((s, r) => s + r.delivered, 0));
    }
    // Every item is there, and every record.
    const itemCount = dataset.announcements.reduce((n, r) => n + Math.max(1, r.items.length), 0);
    expect(rows).toHaveLength(itemCount);
    expect(new Set(rows.map((r) => r.record_id)).size).toBe(dataset.announcements.length);
  });

  it('names donors and items in the interface language; codes and columns stay as they are', () => {
    const rows = rowsOf(itemsToCsv([joint], 'nl'));
    expect(rows[0]).toMatchObject({
      donor_codes: 'NATO+US',
      donor_names: 'NAVO + Verenigde Staten',
    });
    const shipped = dataset.announcements.find((r) => r.items.some((i) => i.name))!;
    const name = shipped.items.find((i) => i.name)!.name!;
    const nl = rowsOf(itemsToCsv([shipped], 'nl')).find((r) => r.item_name !== '')!;
    expect(nl.item_name).not.toBe(name);
  });

  it('writes a byte-order mark and CRLF line ends, as the records CSV does', () => {
    const csv = itemsToCsv([bare], 'en');
    expect(csv.startsWith('\uFEFFrecord_id,item_number,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
  });
});

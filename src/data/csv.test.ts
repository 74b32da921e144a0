import { describe, expect, it } from 'vitest';
import { csvToDataset } from './csv';
import { unguardCell } from './csv-cells';
import { parseCsv } from './csv-parse';

const HEADER =
  'id,kind,donors,recipient,date_start,date_end,date_precision,date_basis,amount_value,amount_currency,items,source,source_published,excerpt,translation,part_of,note';

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and line breaks, CRLF and a BOM', () => {
    const parsed = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi""\nthere"\r\n\r\n1,2\n');
    expect(parsed).toEqual({
      ok: true,
      header: ['a', 'b'],
      rows: [
        { line: 2, cells: ['x, y', 'say "hi"\nthere'] },
        { line: 5, cells: ['1', '2'] },
      ],
    });
  });

  it.each([
    ['a,b\n"open,1', 1 + 1, 'never closed'],
    ['a,b\nx"y,1', 2, 'quote inside an unquoted field'],
    ['a,b\n"x"y,1', 2, 'text after a closing quote'],
    ['', 1, 'no header row'],
  ])('reports %j at line %i', (text, line, message) => {
    const parsed = parseCsv(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.line).toBe(line);
      expect(parsed.message).toContain(message);
    }
  });
});

describe('csvToDataset', () => {
  const row =
    'us-350m,approval,US,UA,2022-02-26,2022-02-26,day,inferred,350000000,USD,"anti-tank:17000:pieces=Javelin; medical",a1,2022-03,"Biden keurde 350 miljoen dollar goed",Biden approved 350 million dollars,,\'Twee dagen na\' 24 februari';

  it('turns each row into a record in the contract’s shape', () => {
    const { raw, problems, rejected } = csvToDataset(`${HEADER}\n${row}\n`, []);
    expect(problems).toEqual([]);
    expect(rejected).toBe(0);
    expect(raw!.sources).toEqual([
      { id: 'a1', file: 'a1.txt', language: 'nl', published: '2022-03', summary: 'Source a1' },
    ]);
    expect(raw!.announcements[0]).toEqual({
      id: 'us-350m',
      kind: 'approval',
      donors: ['US'],
      recipient: 'UA',
      date: { start: '2022-02-26', end: '2022-02-26', precision: 'day', basis: 'inferred' },
      amount: { value: 350000000, currency: 'USD' },
      items: [
        { category: 'anti-tank', quantity: 17000, unit: 'pieces', name: 'Javelin' },
        { category: 'medical' },
      ],
      sources: [
        {
          id: 'a1',
          excerpt: 'Biden keurde 350 miljoen dollar goed',
          translation: 'Biden approved 350 million dollars',
        },
      ],
      note: "'Twee dagen na' 24 februari",
    });
  });

  it('names missing and unknown columns, and reads nothing', () => {
    const { raw, problems } = csvToDataset('id,kind,colour\nx,pledge,red\n', []);
    expect(raw).toBeNull();
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^missing column\(s\): donors, recipient, date_start/),
      expect.stringMatching(/^unknown column\(s\): colour/),
    ]);
  });

  it.each([
    ['350,000,000', 'thousands separators; write the plain number (350000000)'],
    ['350.000.000', 'thousands separators; write the plain number (350000000)'],
    ['$350000000', 'has a currency in it'],
    ['€ 2 miljard', 'has a currency in it'],
    ['lots', 'is not a number'],
  ])('rejects the amount %j with a message that says what to write', (value, message) => {
    const bad = row.replace('350000000,USD', `"${value}",USD`);
    const { raw, problems, rejected } = csvToDataset(`${HEADER}\n${bad}\n`, []);
    expect(rejected).toBe(1);
    expect(raw!.announcements).toEqual([]);
    expect(problems).toEqual([
      {
        recordId: 'us-350m',
        path: 'line 2, amount_value',
        message: expect.stringContaining(message),
      },
    ]);
  });

  it('keeps the good rows when one is bad, and says which line the bad one is on', () => {
    const bad = row.replace('us-350m', 'us-bad').replace('350000000,USD', '"1,5",USD');
    const { raw, problems } = csvToDataset(`${HEADER}\n${row}\n${bad}\n`, []);
    expect(raw!.announcements).toHaveLength(1);
    expect(problems[0]).toMatchObject({ recordId: 'us-bad', path: 'line 3, amount_value' });
  });

  it('reports a row with too few cells', () => {
    const { problems } = csvToDataset(`${HEADER}\nx,pledge\n`, []);
    expect(problems[0]).toMatchObject({
      path: 'line 2, row',
      message: expect.stringContaining('2 cells'),
    });
  });

  it('accepts the computed amount_usd column of the download and ignores what it says', () => {
    const header = HEADER.replace('amount_currency,', 'amount_currency,amount_usd,');
    const withUsd = row.replace('350000000,USD,', '350000000,USD,999,');
    const plain = csvToDataset(`${HEADER}\n${row}\n`, []);
    const downloaded = csvToDataset(`${header}\n${withUsd}\n`, []);
    expect(downloaded.problems).toEqual([]);
    expect(downloaded.raw).toEqual(plain.raw);
  });

  it('drops the apostrophe that guards a cell against being read as a formula', () => {
    const guarded = row
      .replace(',Biden approved 350 million dollars,', ",'-350 million: Biden approved,")
      .replace('"Biden keurde 350 miljoen dollar goed"', `"'=HYPERLINK(""x"")"`)
      .replace("'Twee dagen na' 24 februari", "'@Biden");
    const { raw, problems } = csvToDataset(`${HEADER}\n${guarded}\n`, []);
    expect(problems).toEqual([]);
    expect(raw!.announcements[0]).toMatchObject({
      sources: [{ excerpt: '=HYPERLINK("x")', translation: '-350 million: Biden approved' }],
      note: '@Biden',
    });
  });

  it('reads a semicolon written \\; inside an item name as part of the name', () => {
    const withName = row.replace('medical"', 'other=flights\\; intelligence"');
    const { raw } = csvToDataset(`${HEADER}\n${withName}\n`, []);
    expect(raw!.announcements[0]).toMatchObject({
      items: [
        { category: 'anti-tank', name: 'Javelin' },
        { category: 'other', name: 'flights; intelligence' },
      ],
    });
  });
});

describe('unguardCell', () => {
  it.each([
    ["'=SUM(A1)", '=SUM(A1)'],
    ["'+1", '+1'],
    ["'-1", '-1'],
    ["'@me", '@me'],
    ["'\tx", '\tx'],
    ["'\rx", '\rx'],
    ["''=x", "'=x"],
    ["'Twee dagen na'", "'Twee dagen na'"],
    ["'", "'"],
    ['=x', '=x'],
    ['plain', 'plain'],
  ])('%j → %j', (cell, expected) => {
    expect(unguardCell(cell)).toBe(expected);
  });
});

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barChartSvg, xmlEscape } from './chart-svg';
import { recordsToCsv } from './records-export';
import { createRateIndex } from '../data/rates';
import { csvDelimiter } from '../data/csv-columns';
import { parseCsv } from '../data/csv-parse';
import { loadUserDataset, type LoadOutcome } from '../data/load-user-dataset';
import { forbiddenCharacter, MAX_FIGURE, type Dataset } from '../data/schema';

// Issue 12: hostile and unlucky input. Whatever loads also downloads, every download loads
// back, and whatever is refused is refused with a message that says where and what.

const shippedText = readFileSync('data/announcements.json', 'utf8');
const shipped = JSON.parse(shippedText) as Dataset;
const sample = readFileSync('public/sample-announcements.csv', 'utf8');
const encode = (text: string) => new TextEncoder().encode(text);
const load = (name: string, content: string | Uint8Array): LoadOutcome =>
  loadUserDataset(
    [{ name, bytes: typeof content === 'string' ? encode(content) : content }],
    shipped.exchangeRates,
  );
/** The shipped dataset with its first record changed. */
const withFirst = (change: (record: Record<string, unknown>) => void): string => {
  const copy = structuredClone(shipped) as unknown as { announcements: Record<string, unknown>[] };
  change(copy.announcements[0]!);
  return JSON.stringify(copy);
};
const firstId = shipped.announcements[0]!.id;
/** Every problem of a load, as `record (path): message` lines. */
const problems = (outcome: LoadOutcome): string[] =>
  outcome.ok
    ? outcome.dataset.result.problems.map((p) => `${p.recordId} (${p.path}): ${p.message}`)
    : [outcome.message, ...(outcome.problems ?? [])];
const loadedCount = (outcome: LoadOutcome) =>
  outcome.ok ? outcome.dataset.result.dataset!.announcements.length : 0;

describe('control characters (point 5)', () => {
  it.each([
    ['\u000B', "U+000B at character 5 (Word's manual line break)"],
    ['\u0001', 'U+0001 at character 5; remove it'],
    ['\u001F', 'U+001F at character 5'],
    ['\u0000', 'U+0000 at character 5'],
    ['\u0085', 'U+0085 at character 5'],
  ])('%j in a note is refused, saying which character and where', (char, said) => {
    const outcome = load(
      'ctl.json',
      withFirst((r) => (r.note = `Dag${'x'}${char}twee`)),
    );
    expect(loadedCount(outcome)).toBe(shipped.announcements.length - 1);
    expect(problems(outcome)).toEqual([
      expect.stringContaining(
        `${firstId} (announcements[0].note): holds the control character ${said}`,
      ),
    ]);
  });

  it('refuses half a surrogate pair, a non-character, and control characters in every text field', () => {
    const outcome = load(
      'ctl.json',
      withFirst((r) => {
        const sources = r.sources as Array<Record<string, string>>;
        sources[0]!.translation = 'a\uD800b';
        sources[0]!.excerpt = `${sources[0]!.excerpt}\u0002`;
        r.items = [{ category: 'other', name: 'x\uFFFF' }];
      }),
    );
    const lines = problems(outcome).join('\n');
    expect(lines).toMatch(
      /sources\[0\]\.translation\): holds half a surrogate pair \(U\+D800\) at character 2/,
    );
    expect(lines).toMatch(/sources\[0\]\.excerpt\): holds the control character U\+0002/);
    expect(lines).toMatch(/items\[0\]\.name\): holds the non-character U\+FFFF at character 2/);
  });

  it('a NUL in a UTF-8 CSV cell is named in its field, not called a binary file', () => {
    const [header, first] = sample.split('\n');
    const outcome = load(
      'nul.csv',
      `${header}\n${first!.replace('military aid', 'military\u0000aid')}\n`,
    );
    expect(problems(outcome).join('\n')).toMatch(
      /us-approval-350m \(announcements\[0\]\.items\[0\]\.name\): holds the control character U\+0000 at character 9/,
    );
  });

  it('keeps tabs and line breaks, which every download carries', () => {
    const outcome = load(
      'ok.json',
      withFirst((r) => (r.note = 'one\ttwo\r\nthree\nfour')),
    );
    expect(problems(outcome)).toEqual([]);
  });

  it('whatever text passes can be written into SVG as valid XML and into a PNG data: URL', () => {
    // What XML 1.0 cannot carry: C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates.
    const invalidXml = /(?![\t\n\r\u007F-\u009F])\p{Cc}|[\uFFFE\uFFFF]|\p{Cs}/u;
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (text) => {
        fc.pre(forbiddenCharacter(text) === null);
        const { svg } = barChartSvg({
          width: 400,
          title: text,
          subtitle: text,
          sourceLine: text,
          labelWidth: 100,
          barWidth: 200,
          rowHeight: 20,
          ticks: [],
          rows: [{ label: text, segments: [], references: [], valueLines: [text], muted: false }],
        });
        expect(svg).not.toMatch(invalidXml);
        expect(() => encodeURIComponent(svg)).not.toThrow();
        expect(xmlEscape(text)).not.toMatch(invalidXml);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('numbers at the edge (point 6)', () => {
  it('refuses an amount over 10^13, so two of them can never sum to infinity', () => {
    const outcome = load(
      'huge.json',
      withFirst((r) => (r.amount = { value: 1e308, currency: 'USD' })),
    );
    expect(problems(outcome)).toEqual([
      `${firstId} (announcements[0].amount.value): must be at most 10000000000000 (10^13); no aid package is that large: check the number of zeros`,
    ]);
    expect(MAX_FIGURE * 1000 * 100_000 * 10).toBeLessThan(Number.MAX_SAFE_INTEGER * 1e9);
  });

  it('refuses a quantity over 10^13 and a rate over 1000 dollars a unit', () => {
    const copy = structuredClone(shipped) as unknown as {
      exchangeRates: Array<{ usdPerUnit: number }>;
      announcements: Array<{ items: unknown[] }>;
    };
    copy.exchangeRates[0]!.usdPerUnit = 1e308;
    copy.announcements[0]!.items = [{ category: 'ammunition', quantity: 1e14, unit: 'pieces' }];
    const lines = problems(load('huge.json', JSON.stringify(copy))).join('\n');
    expect(lines).toMatch(/exchangeRates\[0\]\.usdPerUnit: must be at most 1000/);
  });

  it('a quantity over 10^13 is refused with its place', () => {
    const outcome = load(
      'many.json',
      withFirst((r) => (r.items = [{ category: 'ammunition', quantity: 1e14, unit: 'pieces' }])),
    );
    expect(problems(outcome).join('\n')).toMatch(
      /announcements\[0\]\.items\[0\]\.quantity\): must be at most 10000000000000/,
    );
  });

  it('a JSON number that cannot be held exactly is refused where it is written, not rounded', () => {
    const text = withFirst((r) => (r.amount = { value: 123, currency: 'USD' })).replace(
      '"value":123,',
      '"value":9007199254740993,',
    );
    const outcome = load('exact.json', text);
    const at = text.indexOf('9007199254740993') + 1;
    expect(outcome).toEqual({
      ok: false,
      message: `exact.json: the number 9007199254740993 at line 1, column ${at} has more digits than a number can hold exactly (it would be read as 9007199254740992); whole numbers are exact up to 9007199254740991, decimals to about 15 digits`,
    });
    // A number written another way but read exactly is fine: 3.5e8 is 350000000.
    expect(problems(load('e.json', shippedText.replace('350000000', '3.5e8')))).toEqual([]);
  });

  it('a CSV cell that cannot be held exactly is refused on its line', () => {
    const [header, first] = sample.split('\n');
    const outcome = load(
      'exact.csv',
      `${header}\n${first!.replace(',350000000,USD,', ',9007199254740993,USD,')}\n`,
    );
    expect(problems(outcome).join('\n')).toMatch(
      /\(line 2, amount_value\): "9007199254740993" has more digits than a number can hold exactly \(it would be read as 9007199254740992\)/,
    );
  });
});

describe('duplicates in a record (point 8)', () => {
  it('refuses a donor named twice, in JSON', () => {
    const outcome = load(
      'twice.json',
      withFirst((r) => (r.donors = ['US', 'US'])),
    );
    expect(problems(outcome)).toEqual([
      `${firstId} (announcements[0].donors[1]): "US" is already listed as donors[0]; name each donor once`,
    ]);
  });

  it('refuses a donor named twice, in CSV', () => {
    const [header, first] = sample.split('\n');
    const outcome = load('twice.csv', `${header}\n${first!.replace(',US,UA,', ',US;US,UA,')}\n`);
    expect(problems(outcome).join('\n')).toMatch(
      /us-approval-350m \(announcements\[0\]\.donors\[1\]\): "US" is already listed as donors\[0\]/,
    );
  });

  it('refuses the same excerpt cited twice in one record', () => {
    const outcome = load(
      'twice.json',
      withFirst((r) => {
        const sources = r.sources as unknown[];
        sources.push(structuredClone(sources[0]));
      }),
    );
    expect(problems(outcome).join('\n')).toMatch(
      /\(announcements\[0\]\.sources\[\d\]\): repeats sources\[0\] \(the same source and excerpt\); cite it once/,
    );
  });
});

describe('UTF-16 and European CSV (point 9)', () => {
  const utf16 = (text: string, endian: 'le' | 'be') => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const [lo, hi] = [code & 0xff, code >> 8];
      bytes.set(endian === 'le' ? [lo, hi] : [hi, lo], 2 + i * 2);
    }
    return bytes;
  };
  const sampleCount = sample.trimEnd().split('\n').length - 1;

  it.each(['le', 'be'] as const)(
    'reads UTF-16 %s with its byte-order mark, CSV and JSON',
    (endian) => {
      expect(loadedCount(load('unicode.csv', utf16(sample, endian)))).toBe(sampleCount);
      expect(loadedCount(load('unicode.json', utf16(shippedText, endian)))).toBe(
        shipped.announcements.length,
      );
    },
  );

  it('says what UTF-16 without a byte-order mark is', () => {
    const bytes = utf16(sample, 'le').subarray(2);
    expect(load('nobom.csv', bytes)).toEqual({
      ok: false,
      message: 'nobom.csv looks like UTF-16 text without a byte-order mark; save it as UTF-8',
    });
  });

  /** The sample as a spreadsheet writes it with another separator: every field quoted. */
  const withSeparator = (separator: string) => {
    const parsed = parseCsv(sample);
    if (!parsed.ok) throw new Error(parsed.message);
    return [parsed.header, ...parsed.rows.map((row) => row.cells)]
      .map((cells) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(separator))
      .join('\r\n');
  };

  it.each([
    ['semicolons', ';'],
    ['tabs', '\t'],
  ])('reads a CSV separated by %s (European Excel, Unicode text) as the same records', (_, sep) => {
    const comma = load('sample.csv', sample);
    const other = load('sample.csv', withSeparator(sep));
    expect(problems(other)).toEqual([]);
    expect(other.ok && other.dataset.result.dataset).toEqual(
      comma.ok && comma.dataset.result.dataset,
    );
  });

  it('keeps the comma for a header that has one, and for one that is not the import’s', () => {
    expect(csvDelimiter('id,kind;x')).toBe(',');
    expect(csvDelimiter('colour;size')).toBe(',');
    expect(csvDelimiter('\uFEFFid;kind;donors')).toBe(';');
  });

  it('the app’s CSV download of records read from a semicolon file loads back the same', () => {
    const read = load('sample.csv', withSeparator(';'));
    if (!read.ok) throw new Error(read.message);
    const dataset = read.dataset.result.dataset!;
    const csv = recordsToCsv(
      dataset.announcements,
      createRateIndex(dataset.exchangeRates),
      dataset.sources,
    );
    const back = load('back.csv', csv);
    expect(back.ok && back.dataset.result.dataset!.announcements).toEqual(dataset.announcements);
  });
});

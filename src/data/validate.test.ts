import { describe, expect, it } from 'vitest';
import { formatProblem } from './problem';
import { validateDataset, validateDatasetText } from './validate';
import { datasetText, fresh, recordAt, texts, type Json } from '../test/shipped-dataset';

describe('the shipped dataset', () => {
  it('passes every check', () => {
    const result = validateDatasetText(datasetText, texts);
    expect(result.problems.map((p) => formatProblem('announcements.json', p))).toEqual([]);
    expect(result.dataset?.announcements.length).toBe(fresh().announcements.length);
  });
});

describe('broken copies are rejected with the record and the field named', () => {
  // [case, how to break a fresh copy, record id reported, field path, message]; the record is
  // found at its index in the unbroken file (for the duplicate: the later of the two).
  const cases: Array<[string, (data: Json) => void, string, string, RegExp, string?]> = [
    [
      'a date that is not a date',
      (d) => (recordAt(d, 'us-approval-350m').record.date.start = '2022-02-30'),
      'us-approval-350m',
      'date.start',
      /real calendar date/,
    ],
    [
      'an end before the start',
      (d) =>
        Object.assign(recordAt(d, 'gb-delivery-nlaw-2000').record.date, {
          start: '2022-01-23',
          end: '2022-01-17',
        }),
      'gb-delivery-nlaw-2000',
      'date',
      /start 2022-01-23 is after end 2022-01-17/,
    ],
    [
      'a year typed as 2002 for 2022',
      (d) =>
        Object.assign(recordAt(d, 'us-approval-350m').record.date, {
          start: '2002-02-25',
          end: '2002-02-25',
        }),
      'us-approval-350m',
      'date.start',
      /2002-02-25 is before 2014-01-01, when the war this tool covers began/,
    ],
    [
      'a date in the future',
      (d) => (recordAt(d, 'gb-delivery-nlaw-2000').record.date.end = '2202-01-23'),
      'gb-delivery-nlaw-2000',
      'date.end',
      /2202-01-23 is in the future/,
    ],
    [
      'no source',
      (d) => (recordAt(d, 'us-pledge-2bn-usai').record.sources = []),
      'us-pledge-2bn-usai',
      'sources',
      /at least one source/,
    ],
    [
      'an excerpt not in its article',
      (d) =>
        (recordAt(d, 'us-pledge-500m-kyiv').record.sources[0].excerpt =
          'Biden beloofde $ 500 miljoen.'),
      'us-pledge-500m-kyiv',
      'sources[0].excerpt',
      /not a verbatim part of source/,
    ],
    [
      'an unknown donor',
      (d) => (recordAt(d, 'dk-deploy-f16-lithuania').record.donors = ['XX']),
      'dk-deploy-f16-lithuania',
      'donors[0]',
      /unknown donor code "XX"/,
    ],
    [
      'an unknown kind',
      (d) => (recordAt(d, 'us-approval-350m').record.kind = 'gift'),
      'us-approval-350m',
      'kind',
      /unknown kind "gift"/,
    ],
    [
      'a duplicate id',
      (d) => (recordAt(d, 'us-pledge-2bn-usai').record.id = 'us-approval-350m'),
      'us-approval-350m',
      'id',
      /duplicate id: already used by announcements\[\d+\]/,
      'us-pledge-2bn-usai',
    ],
    [
      'a negative amount',
      (d) => (recordAt(d, 'us-approval-200m').record.amount.value = -200000000),
      'us-approval-200m',
      'amount.value',
      /greater than 0/,
    ],
    [
      'an amount not printed in the excerpt',
      (d) => (recordAt(d, 'us-approval-200m').record.amount.value = 300000000),
      'us-approval-200m',
      'amount',
      /not in any excerpt as printed.*"200 miljoen dollar"/,
    ],
    [
      'a currency the excerpt does not print',
      (d) => (recordAt(d, 'us-approval-200m').record.amount.currency = 'EUR'),
      'us-approval-200m',
      'amount',
      /not in any excerpt/,
    ],
    [
      'a quantity not printed in the excerpt',
      (d) => (recordAt(d, 'gb-delivery-nlaw-2000').record.items[0].quantity = 3000),
      'gb-delivery-nlaw-2000',
      'items[0].quantity',
      /3000 pieces is not in any excerpt/,
    ],
    [
      'an event after its article',
      (d) =>
        Object.assign(recordAt(d, 'us-approval-350m').record.date, {
          start: '2022-04-02',
          end: '2022-04-02',
        }),
      'us-approval-350m',
      'date.end',
      /after its article's month/,
    ],
    [
      'partOf pointing nowhere',
      (d) => (recordAt(d, 'us-first-deliveries-350m').record.partOf = 'no-such-package'),
      'us-first-deliveries-350m',
      'partOf',
      /not a record in this file/,
    ],
    [
      'a note naming a record that does not exist (the slip of issue 11)',
      (d) => {
        const { record } = recordAt(d, 'us-pledge-60bn-doubtful');
        record.note = record.note.replace(
          '(us-cumulative-30bn)',
          '(us-cumulative-30bn-2023-02-20)',
        );
      },
      'us-pledge-60bn-doubtful',
      'note',
      /names the record id "us-cumulative-30bn-2023-02-20", which is not a record in this file/,
    ],
    [
      'a note calling an existing record former (an id reused)',
      (d) => (recordAt(d, 'us-approval-200m').record.id = 'us-approval-stinger'),
      'us-approval-baltic-transfers',
      'note',
      /names "us-approval-stinger" as a former record, but a record in this file has that id/,
    ],
    [
      'an inferred date without a note',
      (d) => delete recordAt(d, 'us-approval-350m').record.note,
      'us-approval-350m',
      'note',
      /inferred date must say/,
    ],
    [
      'a missing exchange rate',
      (d) => (d.exchangeRates = []),
      'us-delivered-221m-eur',
      'amount.currency',
      /no exchange rate for EUR in 2022-03/,
    ],
    [
      'an unknown field',
      (d) => (recordAt(d, 'us-approval-350m').record.amout = 1),
      'us-approval-350m',
      '',
      /unknown field\(s\): amout/,
    ],
    [
      'an unknown source id',
      (d) => (recordAt(d, 'us-approval-350m').record.sources[0].id = 'nope'),
      'us-approval-350m',
      'sources[0].id',
      /unknown source "nope"/,
    ],
  ];

  it.each(cases)('%s', (_name, breakIt, recordId, field, message, locatedAt = recordId) => {
    const data = fresh();
    breakIt(data);
    const result = validateDataset(data, texts);
    const problem = result.problems.find((p) => p.recordId === recordId && message.test(p.message));
    expect(problem, JSON.stringify(result.problems, null, 1)).toBeDefined();
    const { index } = recordAt(fresh(), locatedAt);
    expect(problem!.path).toBe(
      `announcements[${index}]${field ? (field.startsWith('[') ? '' : '.') + field : ''}`,
    );
    expect(result.rejected).toBeGreaterThanOrEqual(1);
    // The other records survive: one bad record loses nothing else.
    expect(result.dataset!.announcements.length).toBe(
      fresh().announcements.length - result.rejected,
    );
  });

  it('checks a note against the file it is in: renaming a record breaks the notes naming it', () => {
    const data = fresh();
    const { index } = recordAt(data, 'nl-intent-defensive-weapons');
    recordAt(data, 'nl-refusal-defensive-weapons').record.id = 'nl-refusal-weapons';
    const result = validateDataset(data, texts);
    const named = result.problems.filter((p) =>
      p.message.includes('"nl-refusal-defensive-weapons"'),
    );
    expect(named.map((p) => p.recordId).sort()).toEqual([
      'nl-intent-defensive-weapons',
      'ua-request-nl',
    ]);
    expect(named.find((p) => p.recordId === 'nl-intent-defensive-weapons')!.path).toBe(
      `announcements[${index}].note`,
    );
    // The renamed record itself is fine, and so is every record whose note names nothing.
    expect(result.rejected).toBe(2);
  });

  it('lets a note name a record folded into another as "former", and ordinary hyphens pass', () => {
    const data = fresh();
    recordAt(data, 'us-approval-350m').record.note +=
      ' The former `us-approval-350m-draft` is folded in here; a re-export of state-of-the-art, front-line, US-made kit, up-to-date on 2022-02-26, is not.';
    const result = validateDataset(data, texts);
    expect(result.problems).toEqual([]);
  });

  it('takes a backtick-quoted name as an id whatever its start, and names a missing one', () => {
    const data = fresh();
    const { index, record } = recordAt(data, 'us-approval-350m');
    record.note += ' Compare `xx-approval`.';
    const result = validateDataset(data, texts);
    expect(result.problems).toEqual([
      {
        recordId: 'us-approval-350m',
        path: `announcements[${index}].note`,
        message:
          'names the record id "xx-approval", which is not a record in this file; name an existing record, or write "former xx-approval" for one folded into another',
      },
    ]);
  });

  it('reports truncated JSON with line and column', () => {
    const truncated = datasetText.slice(0, 2000);
    const result = validateDatasetText(truncated, texts);
    expect(result.dataset).toBeNull();
    const lines = truncated.split('\n');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.message).toMatch(
      new RegExp(
        `^malformed JSON at line ${lines.length}, column ${lines.at(-1)!.length + 1}: unexpected end of file`,
      ),
    );
  });

  it('reports a stray comma with its line and column', () => {
    const result = validateDatasetText('{\n  "schemaVersion": 1,\n}', texts);
    expect(result.problems[0]!.message).toBe(
      'malformed JSON at line 3, column 1: expected a property name in double quotes, found "}"',
    );
  });

  it('reports an empty file', () => {
    expect(validateDatasetText('  \n', texts).problems[0]!.message).toMatch(/the file is empty/);
  });

  it('judges the future against the day it is given', () => {
    const data = fresh();
    const result = validateDataset(data, texts, { today: '2022-03-01' });
    const late = result.problems.filter((p) =>
      /is in the future \(today is 2022-03-01\)/.test(p.message),
    );
    expect(late.length).toBeGreaterThan(0);
    expect(result.problems.find((p) => p.path.endsWith('.published'))?.message).toMatch(
      /is in the future \(this month is 2022-03\)/,
    );
  });

  it('reports a wrong envelope without crashing', () => {
    const result = validateDataset([1, 2, 3], texts);
    expect(result.dataset).toBeNull();
    expect(result.problems[0]!.recordId).toBeNull();
  });

  it('formats a problem as file: record-id (json.path): what is wrong', () => {
    expect(
      formatProblem('data/x.json', {
        recordId: 'a-b',
        path: 'announcements[0].kind',
        message: 'bad',
      }),
    ).toBe('data/x.json: a-b (announcements[0].kind): bad');
  });
});

describe('figures in an English source are read as English prints them', () => {
  it('accepts "$2 billion" in an English excerpt and refuses a figure the excerpt does not hold', () => {
    const data = fresh() as Json & { sources: Array<Record<string, unknown>> };
    const text =
      'Washington said on Friday it would send $2 billion in arms, including 300 drones.';
    const { record } = recordAt(data, data.announcements[0]!.id as string);
    data.sources.push({
      id: 'en-test',
      file: 'sources/en-test.txt',
      summary: 'A test article in English.',
      published: '2023-02',
      language: 'en',
    });
    record.sources = [{ id: 'en-test', excerpt: text, translation: text }];
    record.amount = { value: 2e9, currency: 'USD' };
    record.items = [{ category: 'drones', quantity: 300, unit: 'pieces' }];
    const allTexts = new Map([...texts, ['en-test', text]]);
    const figures = (data: unknown) =>
      validateDataset(data, allTexts).problems.map((p) => formatProblem('x.json', p));
    expect(figures(data)).toEqual([]);
    record.amount = { value: 3e9, currency: 'USD' };
    expect(figures(data).join('\n')).toMatch(/3000000000 USD is not in any excerpt/);
  });
});

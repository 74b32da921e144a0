import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../data/csv-parse';
import { dayStart } from '../../data/days';
import { i18nFor } from '../../i18n/i18n';
import { usdMeasure } from '../../transforms/aggregate';
import { makeRecord, onDay, usd } from '../../test/make-record';
import { runningToCsv, RUNNING_CSV_COLUMNS } from './running-csv';
import { runningPicture, wrap } from './running-picture';
import { buildRunningSeries } from './running-series';

const records = [
  makeRecord({ id: 'a', kind: 'approval', date: onDay('2022-03-01'), amount: usd(350_000_000) }),
  makeRecord({ id: 'b', kind: 'cumulative', date: onDay('2022-03-02'), amount: usd(30e9) }),
  makeRecord({ id: 'c', kind: 'pledge', date: onDay('2022-03-03'), amount: usd(150_000_000) }),
  makeRecord({ id: 'd', kind: 'refusal', donors: ['DE'] }),
];
const set = buildRunningSeries(records, usdMeasure(new Map()), 'committed', null);
const window: [number, number] = [dayStart('2022-02-01'), dayStart('2022-04-01')];

describe('runningPicture', () => {
  it('draws the lines with title, legend, the ★ reference and the donors without a sum', () => {
    const { svg, width, height } = runningPicture({
      set,
      window,
      mode: 'committed',
      announcements: 4,
      i18n: i18nFor('en'),
      sourceLine: 'Source: test',
    });
    expect(width).toBeGreaterThan(760);
    expect(height).toBeGreaterThan(300);
    expect(svg).toContain('Military aid to Ukraine: Aid over time');
    expect(svg).toContain('Committed · 1 Feb 2022 – 31 Mar 2022 · 4 announcements');
    expect(svg).toContain('United States, 31 Mar 2022: $500M committed in all');
    expect(svg).toContain('running total as reported, $30B, never added (beyond the scale)');
    expect(svg).toContain('Running total as reported, never added');
    expect(svg).toContain('No sum in US dollars in view from: Germany.');
    expect(svg).toContain('Source: test');
  });

  it('writes Dutch in the Dutch interface', () => {
    const { svg } = runningPicture({
      set,
      window,
      mode: 'delivered',
      announcements: 4,
      i18n: i18nFor('nl'),
      sourceLine: 'Bron: test',
    });
    expect(svg).toContain('Steun door de tijd');
    expect(svg).toContain('Geleverd');
  });
});

describe('wrap', () => {
  it('breaks words into lines of the width, never inside a word', () => {
    expect(wrap('aaa bbb ccc ddd', 124)).toEqual(['aaa bbb ccc ddd']);
    expect(wrap(`${'a'.repeat(18)} bb ${'c'.repeat(25)}`, 140)).toEqual([
      `${'a'.repeat(18)} bb`,
      'c'.repeat(25),
    ]);
  });
});

describe('runningToCsv', () => {
  it('writes every step and reported total, which a spreadsheet reads back', () => {
    const text = runningToCsv(set, 'committed', 'en');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.header).toEqual([...RUNNING_CSV_COLUMNS]);
    expect(parsed.rows.map((row) => row.cells)).toEqual([
      [
        'committed',
        'US',
        'United States',
        '2022-03-01',
        'step',
        '350000000',
        '350000000',
        'a',
        'approval',
      ],
      [
        'committed',
        'US',
        'United States',
        '2022-03-02',
        'reported',
        '30000000000',
        '',
        'b',
        'cumulative',
      ],
      [
        'committed',
        'US',
        'United States',
        '2022-03-03',
        'step',
        '500000000',
        '150000000',
        'c',
        'pledge',
      ],
    ]);
  });
});

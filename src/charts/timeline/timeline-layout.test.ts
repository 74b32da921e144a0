import { describe, expect, it } from 'vitest';
import { createRateIndex } from '../../data/rates';
import { dayStart, ONE_DAY } from '../../data/days';
import { makeRecord, onDay, usd } from '../../test/make-record';
import { createBrokenTimeScale, createTimeScale, layoutTimeline } from './timeline-layout';
import { axisTicks } from './timeline-ticks';

const rates = createRateIndex([]);
const WIDTH = 1000;

describe('createBrokenTimeScale', () => {
  const records = [
    makeRecord({ date: onDay('2019-06-01') }),
    ...['2022-01-17', '2022-01-18', '2022-01-19', '2022-01-20', '2022-01-21'].map((d) =>
      makeRecord({ date: onDay(d) }),
    ),
    makeRecord({ date: onDay('2022-03-01') }),
    makeRecord({ date: onDay('2023-02-20') }),
  ];
  const { scale, breaks } = createBrokenTimeScale(records, WIDTH);

  it('squeezes each stretch of more than 45 quiet days into a break', () => {
    expect(breaks).toHaveLength(2);
    for (const gap of breaks)
      expect(scale(gap.end) - scale(gap.start)).toBeCloseTo(
        26 * (WIDTH / scale.range().at(-1)!),
        0,
      );
    // 2019 to 2022 is almost three years, yet takes less than a fifth of the width.
    expect(scale(dayStart('2022-01-17')) - scale(dayStart('2019-06-02'))).toBeLessThan(WIDTH / 5);
  });

  it('runs forwards and keeps every record inside the plot', () => {
    const range = scale.range();
    expect(range[0]).toBe(0);
    expect(range.at(-1)).toBeCloseTo(WIDTH);
    for (let i = 1; i < range.length; i++) expect(range[i]).toBeGreaterThan(range[i - 1]!);
    for (const r of records) {
      const x = scale(dayStart(r.date.start));
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(WIDTH);
    }
  });

  it('gives a busy week more room per day than a quiet one', () => {
    const busy = scale(dayStart('2022-01-22')) - scale(dayStart('2022-01-17'));
    const quiet = scale(dayStart('2022-02-26')) - scale(dayStart('2022-01-22'));
    expect(busy / 5).toBeGreaterThan((quiet / 35) * 3);
  });

  it('inverts back to the same time, so zoom windows are exact', () => {
    const t = dayStart('2022-01-19') + ONE_DAY / 3;
    expect(+scale.invert(scale(t))).toBeCloseTo(t, -2);
  });

  it('does not let a long vague span hide the gap it covers', () => {
    const withSpan = [
      ...records,
      makeRecord({
        date: { start: '2019-01-01', end: '2022-01-31', precision: 'year', basis: 'inferred' },
      }),
    ];
    expect(createBrokenTimeScale(withSpan, WIDTH).breaks.length).toBeGreaterThanOrEqual(2);
  });

  it('copes with no records at all', () => {
    const empty = createBrokenTimeScale([], WIDTH);
    expect(Number.isFinite(empty.scale(dayStart('2022-06-01')))).toBe(true);
  });
});

describe('createTimeScale', () => {
  const records = [
    makeRecord({ date: onDay('2019-06-01') }),
    makeRecord({ date: onDay('2022-01-17') }),
    makeRecord({ date: onDay('2023-02-20') }),
  ];

  it('on the linear axis, gives equal durations equal widths and draws no break', () => {
    const { scale, breaks } = createTimeScale(records, WIDTH, 'linear');
    expect(breaks).toEqual([]);
    const year = (y: number) => scale(Date.UTC(y + 1, 0, 1)) - scale(Date.UTC(y, 0, 1));
    expect(year(2020)).toBeCloseTo(year(2022) * (366 / 365), 6);
    const week = scale(dayStart('2022-01-24')) - scale(dayStart('2022-01-17'));
    expect(year(2022) / week).toBeCloseTo(365 / 7, 6);
  });

  it('spans the same time in both modes, end to end', () => {
    const linear = createTimeScale(records, WIDTH, 'linear').scale;
    const squeezed = createTimeScale(records, WIDTH, 'squeezed').scale;
    expect(+linear.invert(0)).toBe(+squeezed.invert(0));
    expect(+linear.invert(WIDTH)).toBeCloseTo(+squeezed.invert(WIDTH), -3);
    expect(createTimeScale(records, WIDTH, 'squeezed').breaks.length).toBeGreaterThan(0);
  });
});

describe('layoutTimeline', () => {
  const busyDay = Array.from({ length: 6 }, () => makeRecord({ date: onDay('2022-01-23') }));
  const records = [
    makeRecord({ donors: ['GB'], date: onDay('2022-01-10') }),
    ...busyDay,
    makeRecord({ amount: usd(2e9), date: onDay('2023-02-24') }),
    makeRecord({ amount: usd(5e8), date: onDay('2023-02-20') }),
    makeRecord({ kind: 'cumulative', amount: usd(30e9), date: onDay('2023-02-20') }),
    makeRecord({
      donors: ['NATO', 'US'],
      date: { start: '2022-02-24', end: '2022-03-02', precision: 'week', basis: 'inferred' },
    }),
  ];
  const { scale } = createBrokenTimeScale(records, WIDTH);
  const layout = layoutTimeline(records, rates, scale, 'donor');

  it('orders donor lanes by first announcement, a joint group in its own lane', () => {
    expect(layout.lanes.map((l) => l.key)).toEqual(['GB', 'US', 'NATO+US']);
  });

  it('never lets two marks in a lane overlap at the first view', () => {
    for (const lane of layout.lanes) {
      const marks = layout.marks.filter((m) => m.lane === lane.key);
      for (const a of marks)
        for (const b of marks) {
          if (a === b) continue;
          const dx = Math.abs(scale(a.t0) - scale(b.t0));
          const dy = Math.abs(a.cy - b.cy);
          const clear = dx >= a.radius + b.radius || dy >= a.radius + b.radius;
          expect(clear, `${a.record.id} and ${b.record.id}`).toBe(true);
        }
    }
  });

  it('sizes marks by area in proportion to US dollars; running totals are not scaled with them', () => {
    const areaOf = (i: number) => layout.marks.find((m) => m.record.id === records[i]!.id)!.area;
    expect(areaOf(7) / areaOf(8)).toBeCloseTo(4);
    expect(areaOf(9)).toBeLessThan(areaOf(7));
  });

  it('draws a record without a sum at a fixed size, and a week as a span', () => {
    const plain = layout.marks.find((m) => m.record.id === records[0]!.id)!;
    expect(plain.usd).toBeNull();
    expect(plain.area).toBeGreaterThan(0);
    expect(plain.isSpan).toBe(false);
    const week = layout.marks.find((m) => m.lane === 'NATO+US')!;
    expect(week.isSpan).toBe(true);
    expect(week.t1 - week.t0).toBe(7 * ONE_DAY);
  });

  it('stacks lanes without gaps and reports the total height', () => {
    let y = 0;
    for (const lane of layout.lanes) {
      expect(lane.y).toBe(y);
      y += lane.height;
    }
    expect(layout.height).toBe(y);
  });

  it('lays out lanes by kind in the legend order', () => {
    const byKind = layoutTimeline(records, rates, scale, 'kind');
    expect(byKind.lanes.map((l) => l.key)).toEqual(['pledge', 'cumulative']);
  });

  it('gives a lane the least height asked for', () => {
    const tall = layoutTimeline(records, rates, scale, 'donor', (key) => (key === 'GB' ? 80 : 0));
    expect(tall.lanes[0]!.height).toBe(80);
  });
});

describe('axisTicks', () => {
  const records = [
    makeRecord({ date: onDay('2021-08-10') }),
    ...Array.from({ length: 20 }, (_, i) =>
      makeRecord({ date: onDay(`2022-01-${String(i + 5).padStart(2, '0')}`) }),
    ),
    makeRecord({ date: onDay('2023-02-24') }),
  ];
  const { scale, breaks } = createBrokenTimeScale(records, WIDTH);
  const ticks = axisTicks(scale, WIDTH, breaks, 60);

  it('labels the axis without crowding, and never inside a break', () => {
    expect(ticks.length).toBeGreaterThan(3);
    for (let i = 1; i < ticks.length; i++)
      expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(60);
    for (const tick of ticks) {
      const t = +scale.invert(tick.x);
      expect(breaks.some((b) => t > b.start + ONE_DAY && t < b.end - ONE_DAY)).toBe(false);
    }
  });

  it('names the year on the first tick and wherever it changes', () => {
    expect(ticks[0]!.label).toMatch(/2021/);
    expect(ticks.some((t) => /2022/.test(t.label))).toBe(true);
    expect(ticks.some((t) => /2023/.test(t.label))).toBe(true);
  });

  it('shows days when zoomed into a week', () => {
    const zoomed = scale
      .copy()
      .domain(scale.domain())
      .range(scale.range().map((r) => r * 40 - 40 * scale(dayStart('2022-01-08'))));
    const labels = axisTicks(zoomed, WIDTH, breaks, 60).map((t) => t.label);
    expect(labels.some((l) => /^\d{1,2} Jan/.test(l))).toBe(true);
  });
});

import { render } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Announcement } from '../data/schema';
import { createRateIndex } from '../data/rates';
import { resetViewStore, useViewStore } from '../state/store';
import { onDay, usd } from '../test/make-record';
import { BarChart } from './bar-chart/bar-chart';
import { Timeline } from './timeline/timeline';
import { createBrokenTimeScale } from './timeline/timeline-layout';
import { buildMarkTable } from './timeline/mark-table';
import { levelOfDetail } from './timeline/level-of-detail';
import { timelinePicture } from './timeline/timeline-picture';
import { axisTicks } from './timeline/timeline-ticks';
import { i18nFor } from '../i18n/i18n';

// A small, fixed dataset: every kind the charts draw differently, a joint group, a part-delivery,
// a running total far off the scale, a sum in euros, a week and a month span, and a deployment.
const base = { recipient: 'UA', items: [], sources: [{ id: 's', excerpt: 'x', translation: 'x' }] };
const records: Announcement[] = [
  {
    ...base,
    id: 'us-pkg',
    kind: 'approval',
    donors: ['US'],
    date: onDay('2022-01-21'),
    amount: usd(200e6),
  },
  {
    ...base,
    id: 'us-part',
    kind: 'delivery',
    donors: ['US'],
    date: onDay('2022-01-25'),
    amount: usd(60e6),
    partOf: 'us-pkg',
  },
  {
    ...base,
    id: 'us-total',
    kind: 'cumulative',
    donors: ['US'],
    date: onDay('2023-02-20'),
    amount: usd(30e9),
  },
  {
    ...base,
    id: 'gb-nlaw',
    kind: 'delivery',
    donors: ['GB'],
    date: { start: '2022-01-17', end: '2022-01-23', precision: 'week', basis: 'explicit' },
    amount: null,
    items: [{ category: 'anti-tank', quantity: 2000, unit: 'pieces' }],
  },
  {
    ...base,
    id: 'nl-eur',
    kind: 'pledge',
    donors: ['NL'],
    date: { start: '2022-03-01', end: '2022-03-31', precision: 'month', basis: 'inferred' },
    amount: { value: 100e6, currency: 'EUR' },
  },
  {
    ...base,
    id: 'de-no',
    kind: 'refusal',
    donors: ['DE'],
    date: onDay('2022-01-26'),
    amount: null,
  },
  {
    ...base,
    id: 'baltic',
    kind: 'approval',
    donors: ['EE', 'LT', 'LV'],
    date: onDay('2022-01-22'),
    amount: null,
  },
  {
    ...base,
    id: 'dk-pl',
    kind: 'deployment',
    donors: ['DK'],
    recipient: 'PL',
    date: onDay('2022-02-01'),
    amount: null,
  },
];
const rates = createRateIndex([
  { currency: 'EUR', month: '2022-03', usdPerUnit: 1.1, source: 'test' },
]);
const aid = records.filter((record) => record.kind !== 'deployment');

/** The chart's SVG as markup, so a change in any mark, label or scale shows in review. */
const svgs = (container: HTMLElement) =>
  [...container.querySelectorAll('svg')].map((svg) => svg.outerHTML).join('\n');

describe('the charts on a fixed dataset (snapshots: a change to any mark shows in review)', () => {
  beforeEach(() => resetViewStore({ all: true }));

  it.each(['usd', 'gdp', 'count', 'quantity'] as const)(
    'the comparison by donor in %s',
    (metric) => {
      useViewStore.setState({ metric, quantityCategory: 'anti-tank' });
      const { container } = render(<BarChart records={aid} allRecords={records} rates={rates} />);
      expect(svgs(container)).toMatchSnapshot();
    },
  );

  it.each(['donor', 'kind'] as const)('the timeline in lanes by %s', (laneMode) => {
    useViewStore.setState({ laneMode });
    const { container } = render(<Timeline records={records} filtered={aid} rates={rates} />);
    expect(svgs(container)).toMatchSnapshot();
  });

  // The marks are drawn on a canvas: their picture is the SVG download, from the same table.
  it.each(['donor', 'kind'] as const)('the timeline’s marks in lanes by %s', (laneMode) => {
    const { scale, breaks } = createBrokenTimeScale(records, 700);
    const table = buildMarkTable(aid, rates, scale, laneMode);
    const picture = timelinePicture({
      table,
      lod: levelOfDetail(table, { k: 1, x: 0 }, 700),
      k: 1,
      tx: 0,
      breaks,
      scale,
      ticks: axisTicks(scale, 700, breaks, 60, 'en-GB'),
      plotWidth: 700,
      laneMode,
      i18n: i18nFor('en'),
      sourceLine: 'Source: test',
    });
    expect(picture.svg).toMatchSnapshot();
  });
});

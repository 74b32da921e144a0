// Peer 2: ECharts 6.1 on a canvas: a scatter of every record in lanes by donor (large mode, one
// series per kind), zoomed and panned by a dataZoom of type "inside", and below it the committed
// sum by lane for the zoomed window, as the explorer's bar chart follows its timeline.
import { BarChart, ScatterChart } from 'echarts/charts';
import { DataZoomInsideComponent, GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { firstDonor, lanesOf, loadRows, markDrawn, showError, type Row } from './common';

echarts.use([
  ScatterChart,
  BarChart,
  GridComponent,
  TooltipComponent,
  DataZoomInsideComponent,
  CanvasRenderer,
]);

const KINDS = [
  'pledge',
  'approval',
  'delivery',
  'deployment',
  'intent',
  'request',
  'refusal',
  'cumulative',
];
const COLOURS = [
  '#1f77b4',
  '#9467bd',
  '#2ca02c',
  '#7f7f7f',
  '#17becf',
  '#bcbd22',
  '#d62728',
  '#8c564b',
];

declare global {
  interface Window {
    benchHooks?: { markPoint(): { x: number; y: number } | null };
  }
}

loadRows()
  .then((rows) => {
    const lanes = lanesOf(rows);
    const laneIndex = new Map(lanes.map((lane, i) => [lane, i]));
    const chart = echarts.init(document.getElementById('chart')!, null, { renderer: 'canvas' });
    let donor: string | null = null;
    let zoomWindow: [number, number] = [-Infinity, Infinity];
    const shown = () => (donor === null ? rows : rows.filter((r) => r.donors.includes(donor!)));
    const seriesOf = (list: readonly Row[]) =>
      KINDS.map((kind, k) => ({
        type: 'scatter' as const,
        name: kind,
        large: true,
        largeThreshold: 500,
        symbolSize: 6,
        itemStyle: { color: COLOURS[k] },
        xAxisIndex: 0,
        yAxisIndex: 0,
        data: list
          .filter((r) => r.kind === kind)
          .map((r) => [(r.start + r.end) / 2, laneIndex.get(r.lane)!, r.label]),
      }));
    const barsOf = (list: readonly Row[]) => {
      const sums = new Float64Array(lanes.length);
      for (const r of list)
        if (r.committed && r.usd !== null && r.end > zoomWindow[0] && r.start < zoomWindow[1]) {
          const lane = laneIndex.get(r.lane)!;
          sums[lane] = (sums[lane] ?? 0) + r.usd;
        }
      return {
        type: 'bar' as const,
        xAxisIndex: 1,
        yAxisIndex: 1,
        large: true,
        data: Array.from(sums, (sum) => sum || null),
        itemStyle: { color: '#1f77b4' },
      };
    };
    chart.on('finished', () => markDrawn(rows.length));
    chart.setOption({
      animation: false,
      grid: [
        { left: 120, right: 20, top: 20, height: 520 },
        { left: 120, right: 20, top: 580, height: 220 },
      ],
      xAxis: [
        { type: 'time', gridIndex: 0 },
        {
          type: 'category',
          gridIndex: 1,
          data: lanes,
          axisLabel: { interval: 0, rotate: 60, fontSize: 9 },
        },
      ],
      yAxis: [
        { type: 'category', gridIndex: 0, data: lanes, axisLabel: { fontSize: 9 } },
        { type: 'log', gridIndex: 1 },
      ],
      dataZoom: [{ type: 'inside', xAxisIndex: 0, filterMode: 'none' }],
      tooltip: {
        trigger: 'item',
        showDelay: 0,
        transitionDuration: 0,
        className: 'bench-tooltip',
        formatter: (p: { value: unknown }) => String((p.value as unknown[])[2] ?? ''),
      },
      series: [...seriesOf(rows), barsOf(rows)],
    });
    // The bars follow the zoomed window, as the explorer's comparison follows its timeline.
    chart.on('datazoom', () => {
      const zoom = (
        chart.getOption() as { dataZoom: Array<{ startValue: number; endValue: number }> }
      ).dataZoom[0]!;
      zoomWindow = [zoom.startValue, zoom.endValue];
      chart.setOption({ series: [...KINDS.map(() => ({})), barsOf(shown())] });
    });
    document.getElementById('filter-donor')!.addEventListener('click', () => {
      donor = donor === null ? firstDonor(rows) : null;
      chart.setOption({ series: [...seriesOf(shown()), barsOf(shown())] });
    });
    exposeHooks(chart, rows, laneIndex);
  })
  .catch(showError);

/** Where a record sits on screen, for the bench's hover: one near the middle of the data. */
function exposeHooks(chart: echarts.ECharts, rows: readonly Row[], laneIndex: Map<string, number>) {
  const box = () => chart.getDom().getBoundingClientRect();
  window.benchHooks = {
    markPoint() {
      const row = rows[Math.floor(rows.length / 2)]!;
      const point = chart.convertToPixel({ xAxisIndex: 0, yAxisIndex: 0 }, [
        (row.start + row.end) / 2,
        laneIndex.get(row.lane)!,
      ]) as number[] | undefined;
      if (!point) return null;
      return { x: box().left + point[0]!, y: box().top + point[1]! };
    },
  };
}

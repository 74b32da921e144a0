import { symbolCircle } from 'd3-shape';
import type { ScaleTime } from 'd3-scale';
import { KIND_ORDER, KIND_STYLES, markPath } from '../../encoding/kind-style';
import {
  legendBand,
  legendBreak,
  legendSizes,
  legendSymbol,
  timelineSvg,
  type LegendItem,
} from '../../export/chart-svg';
import type { I18n } from '../../i18n/i18n';
import type { LaneMode } from '../../state/store';
import type { ChartPicture } from '../../ui/downloads';
import { recordLabel } from '../../ui/record-label';
import type { AxisBreak } from './timeline-layout';
import type { MarkTable } from './mark-table';
import type { LevelOfDetail } from './level-of-detail';
import { aggregateBox, aggregateOpacity } from './draw-marks';
import { aggregateLabel } from './timeline-overlay';
import type { AxisTick } from './timeline-ticks';

import { AXIS_HEIGHT, legendSmallArea } from './timeline-frame';

// The picture's writer is loaded on the first download; what the screen shares with it is in
// timeline-frame.ts.
export { AXIS_HEIGHT, legendSmallArea };

/** The timeline as it stands on screen: its mark table, the frame's level of detail, the zoom. */
export interface TimelinePictureInput {
  table: MarkTable;
  lod: LevelOfDetail;
  k: number;
  tx: number;
  breaks: readonly AxisBreak[];
  scale: ScaleTime<number, number>;
  ticks: readonly AxisTick[];
  plotWidth: number;
  laneMode: LaneMode;
  i18n: I18n;
  sourceLine: string;
}

/** An aggregate's rounded box as a path around (0, 0). */
function boxPath(width: number, height: number): string {
  const [w, h] = [width / 2, height / 2];
  const r = Math.min(5, w, h);
  return `M${-w + r},${-h}H${w - r}Q${w},${-h} ${w},${-h + r}V${h - r}Q${w},${h} ${w - r},${h}H${-w + r}Q${-w},${h} ${-w},${h - r}V${-h + r}Q${-w},${-h} ${-w + r},${-h}Z`;
}

/**
 * The timeline as it stands (zoom, filters, lanes) as a standalone SVG document, drawn from the
 * same mark table and level of detail as the screen's canvas (aggregates as boxes with their
 * count and sum as a tooltip), at a print width whatever the screen (a phone's 350 px would cut
 * names and lines): the plot is stretched to at least 760 px, with room on the right.
 */
export function timelinePicture(input: TimelinePictureInput): ChartPicture {
  const { table, lod, scale, plotWidth, i18n } = input;
  const { t } = i18n;
  const exportLabel = 190;
  const exportPlot = Math.max(760, plotWidth);
  const stretch = exportPlot / plotWidth;
  const inWindow: number[] = [];
  for (let j = 0; j < lod.count; j++)
    if (lod.x[j]! >= -1 && lod.x[j]! <= plotWidth + 1) inWindow.push(j);
  const slots = inWindow.map((j) => lod.slots[j]!);
  const aggregates = lod.aggregates.filter((a) => a.x1 >= 0 && a.x0 <= plotWidth);
  const shown = slots.length + aggregates.reduce((n, a) => n + a.members.length, 0);
  const from = new Date(scale.invert(0)).toISOString().slice(0, 10);
  const to = new Date(scale.invert(plotWidth)).toISOString().slice(0, 10);
  const at = (x: number) => x * stretch;
  const marks = inWindow.map((j) => {
    const i = lod.slots[j]!;
    const style = KIND_STYLES[KIND_ORDER[table.kind[i]!]!];
    const usd = Number.isNaN(table.usd[i]!) ? null : table.usd[i]!;
    return {
      path: markPath(style.shape, table.area[i]!),
      cx: at(lod.x[j]!),
      cy: lod.y[j]!,
      rotate: style.rotate,
      color: style.color,
      hollow: usd === null,
      span: table.span[i]
        ? ([at(table.x0[i]! * input.k + input.tx), at(table.x1[i]! * input.k + input.tx)] as [
            number,
            number,
          ])
        : null,
      label: recordLabel(table.records[i]!, usd, i18n),
    };
  });
  const boxes = aggregates.map((a) => {
    const drawn = aggregateBox(a);
    const box = { ...drawn, x: at(drawn.x), width: drawn.width * stretch };
    return {
      path: boxPath(box.width, box.height),
      cx: box.x + box.width / 2,
      cy: a.y,
      rotate: 0,
      color: '#1d232b',
      hollow: false,
      span: null,
      label: aggregateLabel(table, a, i18n),
      fillOpacity: aggregateOpacity(a.members.length),
    };
  });
  return timelineSvg({
    title: `${t.title}: ${t.timeline.title}`,
    subtitle: `${t.timeline.groupLabel(shown, input.laneMode)} · ${i18n.day(from)} – ${i18n.day(to)}`,
    sourceLine: input.sourceLine,
    width: exportLabel + exportPlot + 40,
    labelWidth: exportLabel,
    plotWidth: exportPlot,
    axisHeight: AXIS_HEIGHT,
    lanesHeight: table.height,
    lanes: table.lanes.map((lane) => ({
      label: lane.donors
        ? i18n.group(lane.donors)
        : lane.others !== undefined
          ? t.timeline.otherDonors(lane.others)
          : i18n.kind(lane.kind!),
      y: lane.y,
      height: lane.height,
    })),
    ticks: input.ticks.map((tick) => ({ x: at(tick.x), label: tick.label, grid: tick.boundary })),
    breaks: input.breaks.map((b) => ({ x0: at(scale(b.start)), x1: at(scale(b.end)) })),
    marks: [...boxes, ...marks],
    legend: pictureLegend(slots, input),
  });
}

/** The kinds drawn, mark sizes, hollow marks, soft bands and breaks, as the page's legend says. */
function pictureLegend(slots: readonly number[], input: TimelinePictureInput): LegendItem[] {
  const { table: layout, i18n } = input;
  const { t } = i18n;
  const drawn = new Set(slots.map((i) => KIND_ORDER[layout.kind[i]!]!));
  const grey = '#4f5b67';
  const items: LegendItem[] = KIND_ORDER.filter((kind) => drawn.has(kind)).map((kind) => {
    const style = KIND_STYLES[kind];
    return {
      key: legendSymbol(markPath(style.shape, 90), style.color, style.rotate),
      label: i18n.kind(kind),
    };
  });
  if (layout.maxUsd > 0) {
    const small = legendSmallArea(layout.maxArea);
    const r = Math.sqrt(layout.maxArea / Math.PI);
    items.push({
      key: legendSizes(
        markPath(symbolCircle, small),
        markPath(symbolCircle, layout.maxArea),
        r,
        KIND_STYLES.pledge.color,
      ),
      label: t.timeline.legendArea(i18n.usd(layout.maxUsd / 20), i18n.usd(layout.maxUsd)),
      size: Math.ceil(r * 2.8),
    });
  }
  if (slots.some((i) => Number.isNaN(layout.usd[i]!)))
    items.push({
      key: legendSymbol(markPath(symbolCircle, 90), grey, 0, true),
      label: t.timeline.legendHollow,
    });
  if (slots.some((i) => layout.span[i] === 1))
    items.push({ key: legendBand(grey), label: t.timeline.legendBand });
  if (input.breaks.length > 0) items.push({ key: legendBreak(), label: t.timeline.legendBreak });
  return items;
}

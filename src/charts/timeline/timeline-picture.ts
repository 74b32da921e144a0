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
import type { AxisBreak, Lane, Mark } from './timeline-layout';
import type { AxisTick } from './timeline-ticks';

/** The axis's height above the lanes, on screen and in the picture. */
export const AXIS_HEIGHT = 30;

/** The legend's small circle: a twentieth of the largest mark's dollars, so of its area. */
export function legendSmallArea(maxArea: number): number {
  return Math.max(50, maxArea / 20);
}

/** The timeline as it stands on screen: its layout, the zoomed scale and where marks fall. */
export interface TimelinePictureInput {
  layout: { lanes: Lane[]; marks: Mark[]; height: number; maxUsd: number; maxArea: number };
  breaks: readonly AxisBreak[];
  scale: ScaleTime<number, number>;
  ticks: readonly AxisTick[];
  plotWidth: number;
  laneMode: LaneMode;
  positionOf: (mark: Mark) => { x0: number; x1: number; cx: number };
  i18n: I18n;
  sourceLine: string;
}

/**
 * The timeline as it stands (zoom, filters, lanes) as a standalone SVG document, drawn at a
 * print width whatever the screen (a phone's 350 px would cut names and lines): the plot is
 * stretched to at least 760 px, with room on the right for the last mark and tick label.
 */
export function timelinePicture(input: TimelinePictureInput): ChartPicture {
  const { layout, scale, plotWidth, positionOf, i18n } = input;
  const { t } = i18n;
  const exportLabel = 190;
  const exportPlot = Math.max(760, plotWidth);
  const k = exportPlot / plotWidth;
  const inWindow = layout.marks.filter((mark) => {
    const { x0, x1 } = positionOf(mark);
    return x1 >= 0 && x0 <= plotWidth;
  });
  const from = new Date(scale.invert(0)).toISOString().slice(0, 10);
  const to = new Date(scale.invert(plotWidth)).toISOString().slice(0, 10);
  return timelineSvg({
    title: `${t.title}: ${t.timeline.title}`,
    subtitle: `${t.timeline.groupLabel(inWindow.length, input.laneMode)} · ${i18n.day(from)} – ${i18n.day(to)}`,
    sourceLine: input.sourceLine,
    width: exportLabel + exportPlot + 40,
    labelWidth: exportLabel,
    plotWidth: exportPlot,
    axisHeight: AXIS_HEIGHT,
    lanesHeight: layout.height,
    lanes: layout.lanes.map((lane) => ({
      label: lane.donors ? i18n.group(lane.donors) : i18n.kind(lane.kind!),
      y: lane.y,
      height: lane.height,
    })),
    ticks: input.ticks.map((tick) => ({ x: tick.x * k, label: tick.label, grid: tick.boundary })),
    breaks: input.breaks.map((b) => ({ x0: scale(b.start) * k, x1: scale(b.end) * k })),
    marks: inWindow.map((mark) => {
      const { x0, x1, cx } = positionOf(mark);
      const style = KIND_STYLES[mark.record.kind];
      return {
        path: markPath(style.shape, mark.area),
        cx: cx * k,
        cy: mark.cy,
        rotate: style.rotate,
        color: style.color,
        hollow: mark.usd === null,
        span: mark.isSpan ? [x0 * k, x1 * k] : null,
        label: recordLabel(mark.record, mark.usd, i18n),
      };
    }),
    legend: pictureLegend(inWindow, input),
  });
}

/** The kinds drawn, mark sizes, hollow marks, soft bands and breaks, as the page's legend says. */
function pictureLegend(marks: readonly Mark[], input: TimelinePictureInput): LegendItem[] {
  const { layout, i18n } = input;
  const { t } = i18n;
  const drawn = new Set(marks.map((mark) => mark.record.kind));
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
  if (marks.some((mark) => mark.usd === null))
    items.push({
      key: legendSymbol(markPath(symbolCircle, 90), grey, 0, true),
      label: t.timeline.legendHollow,
    });
  if (marks.some((mark) => mark.isSpan))
    items.push({ key: legendBand(grey), label: t.timeline.legendBand });
  if (input.breaks.length > 0) items.push({ key: legendBreak(), label: t.timeline.legendBreak });
  return items;
}

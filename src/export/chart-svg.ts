// Charts as standalone SVG documents a journalist can open in a browser, Illustrator or
// Inkscape, or turn into a PNG: everything inline (styles, shapes, text), nothing fetched,
// with a title, a subtitle and a source line. The charts hand over what they draw on screen,
// already positioned; this module only writes it down.

/** Escapes text for XML content and attribute values. */
export function xmlEscape(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

const n = (value: number) => (Math.round(value * 10) / 10).toString();

const STYLE = `
text { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; fill: #1d232b; }
.title { font-size: 18px; font-weight: 700; }
.subtitle { font-size: 12px; fill: #4f5b67; }
.source { font-size: 10px; fill: #4f5b67; }
.label { font-size: 11px; }
.tick { font-size: 10px; fill: #4f5b67; }
.value { font-size: 11px; font-variant-numeric: tabular-nums; }
.muted { fill: #4f5b67; font-style: italic; }
.secondary { fill: #4f5b67; }
.band { fill: #f4f6f8; }
.grid { stroke: #e6e9ec; stroke-width: 1; }
.axis { stroke: #9aa4ae; stroke-width: 1; }
.break { fill: #eceff2; }
`;

/** One entry of a legend: a key drawn in a 16 × 16 box around (0, 0), and what it means. */
export interface LegendItem {
  key: string;
  label: string;
  /** The key's box, px square (default 16): a key of real mark sizes needs more. */
  size?: number;
}

interface Frame {
  width: number;
  /** Height of the chart body, between the header and the legend (or the source line). */
  bodyHeight: number;
  title: string;
  subtitle: string;
  sourceLine: string;
  /** What the shapes and colours mean, written under the chart; none when empty. */
  legend?: LegendItem[];
  /** Lines written under the chart, before the legend (already wrapped to the width). */
  notes?: readonly string[];
}

const HEADER = 58;
const FOOTER = 30;
const LEGEND_ROW = 20;

/** A chart mark as a legend key: its symbol, filled or hollow. */
export function legendSymbol(path: string, color: string, rotate: number, hollow = false): string {
  return `<path d="${path}" transform="rotate(${rotate})" fill="${hollow ? '#ffffff' : color}" fill-opacity="${hollow ? 1 : 0.85}" stroke="${color}" stroke-width="1.5"/>`;
}

/** A soft band as a legend key: a date known only to the week, month or year. */
export function legendBand(color: string): string {
  return `<rect x="-8" y="-4" width="16" height="8" rx="4" fill="${color}" fill-opacity="0.25"/>`;
}

/** A hatched band as a legend key: a quiet stretch squeezed out of the time axis. */
export function legendBreak(): string {
  return `<rect class="break" x="-5" y="-8" width="10" height="16"/>`;
}

/**
 * Two circles of the chart's own sizes as a legend key for "area by US dollars": the
 * smallest and the largest it draws, side by side in a box `size` px wide.
 */
export function legendSizes(
  smallPath: string,
  largePath: string,
  largeRadius: number,
  color: string,
) {
  return `<path d="${smallPath}" transform="translate(${n(-largeRadius)},${n(largeRadius * 0.6)})" fill="${color}" fill-opacity="0.85"/><path d="${largePath}" transform="translate(${n(largeRadius * 0.4)},0)" fill="${color}" fill-opacity="0.85"/>`;
}

/** A colour swatch as a legend key: a bar segment's kind. */
export function legendSwatch(color: string): string {
  return `<rect x="-6" y="-5" width="12" height="10" fill="${color}"/>`;
}

/** A character as a legend key (★ for a running total). */
export function legendGlyph(glyph: string): string {
  return `<text class="label" x="0" y="4" text-anchor="middle">${xmlEscape(glyph)}</text>`;
}

/**
 * Lays the legend out in rows across the width. Text is measured at an average 6.2 px a
 * character (11 px system sans): a little loose, never overlapping. A row is as tall as its
 * tallest key.
 */
function legendRows(items: readonly LegendItem[], width: number) {
  const placed: Array<{ item: LegendItem; x: number; row: number }> = [];
  const rowHeights: number[] = [];
  let x = 12;
  let row = 0;
  for (const item of items) {
    const size = item.size ?? 16;
    const w = size + 6 + item.label.length * 6.2 + 16;
    if (x + w > width - 12 && x > 12) {
      row++;
      x = 12;
    }
    placed.push({ item, x, row });
    rowHeights[row] = Math.max(rowHeights[row] ?? LEGEND_ROW, size + 4);
    x += w;
  }
  return { placed, rowHeights };
}

/** Wraps a chart body (drawn from y = 0) into a complete SVG document with its frame. */
function document(
  { width, bodyHeight, title, subtitle, sourceLine, legend = [], notes = [] }: Frame,
  body: string,
) {
  const { placed, rowHeights } = legendRows(legend, width);
  const notesSvg = notes.map(
    (line, i) =>
      `<text class="label secondary" x="12" y="${n(HEADER + bodyHeight + 14 + i * 15)}">${xmlEscape(line)}</text>\n`,
  );
  if (notes.length > 0) bodyHeight += notes.length * 15 + 6;
  const legendTop = HEADER + bodyHeight + 6;
  const rowTop = (row: number) => legendTop + rowHeights.slice(0, row).reduce((a, b) => a + b, 0);
  const legendSvg = placed
    .map(({ item, x, row }) => {
      const half = (item.size ?? 16) / 2;
      return `<g transform="translate(${n(x + half)},${n(rowTop(row) + rowHeights[row]! / 2)})">${item.key}<text class="label" x="${n(half + 6)}" y="4">${xmlEscape(item.label)}</text></g>`;
    })
    .join('\n');
  const legendHeight = rowHeights.reduce((a, b) => a + b, 0);
  // Whole pixels, so the PNG is exactly twice the picture and viewers agree on its size.
  const height = Math.ceil(HEADER + bodyHeight + (legendHeight ? legendHeight + 8 : 0) + FOOTER);
  width = Math.ceil(width);
  const svg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}">
<title>${xmlEscape(title)}</title>
<style>${STYLE}</style>
<rect width="100%" height="100%" fill="#ffffff"/>
<text class="title" x="12" y="26">${xmlEscape(title)}</text>
<text class="subtitle" x="12" y="46">${xmlEscape(subtitle)}</text>
<g transform="translate(0,${HEADER})">
${body}
</g>
${notesSvg.join('')}${legendSvg}
<text class="source" x="12" y="${n(height - 10)}">${xmlEscape(sourceLine)}</text>
</svg>
`;
  return { svg, width, height };
}

/** A timeline as drawn: lanes, axis, breaks and marks, in plot pixels. */
export interface TimelinePicture extends Omit<Frame, 'bodyHeight'> {
  labelWidth: number;
  plotWidth: number;
  axisHeight: number;
  lanes: Array<{ label: string; y: number; height: number }>;
  /** Labels start at x; `grid: false` is a label with no line (a month coming into view). */
  ticks: Array<{ x: number; label: string; grid?: boolean }>;
  breaks: Array<{ x0: number; x1: number }>;
  marks: Array<{
    /** The mark's symbol as a path around (0, 0). */
    path: string;
    cx: number;
    cy: number;
    rotate: number;
    color: string;
    hollow: boolean;
    /** A span [x0, x1] drawn as a soft band behind the mark, for week/month/year dates. */
    span: [number, number] | null;
    /** What the mark is, as its tooltip in an SVG viewer. */
    label?: string;
    /** Fill opacity when not the usual 0.85 (an aggregate: darker the more it holds). */
    fillOpacity?: number;
  }>;
  lanesHeight: number;
}

/** The timeline as a standalone SVG document. */
export function timelineSvg(picture: TimelinePicture) {
  const { labelWidth, plotWidth, axisHeight } = picture;
  const inPlot = (x: number) => x >= -1 && x <= plotWidth + 1;
  const parts: string[] = [];
  picture.lanes.forEach((lane, i) => {
    const y = axisHeight + lane.y;
    if (i % 2 === 0)
      parts.push(
        `<rect class="band" x="0" y="${n(y)}" width="${n(labelWidth + plotWidth)}" height="${n(lane.height)}"/>`,
      );
    parts.push(
      `<text class="label" x="4" y="${n(y + lane.height / 2 + 4)}">${xmlEscape(lane.label)}</text>`,
    );
  });
  parts.push(`<g transform="translate(${n(labelWidth)},0)">`);
  for (const b of picture.breaks) {
    const x0 = Math.max(0, b.x0);
    const x1 = Math.min(plotWidth, b.x1);
    if (x1 > x0)
      parts.push(
        `<rect class="break" x="${n(x0)}" y="${n(axisHeight)}" width="${n(x1 - x0)}" height="${n(picture.lanesHeight)}"/>`,
        // The axis is broken here: "//" on the axis line, as on screen.
        `<text class="tick" x="${n((x0 + x1) / 2)}" y="${n(axisHeight + 4)}" text-anchor="middle">//</text>`,
      );
  }
  parts.push(
    `<line class="axis" x1="0" x2="${n(plotWidth)}" y1="${n(axisHeight)}" y2="${n(axisHeight)}"/>`,
  );
  for (const tick of picture.ticks) {
    if (!inPlot(tick.x)) continue;
    if (tick.grid !== false)
      parts.push(
        `<line class="grid" x1="${n(tick.x)}" x2="${n(tick.x)}" y1="${n(axisHeight)}" y2="${n(axisHeight + picture.lanesHeight)}"/>`,
      );
    parts.push(
      `<text class="tick" x="${n(tick.x + 3)}" y="${n(axisHeight - 6)}">${xmlEscape(tick.label)}</text>`,
    );
  }
  for (const mark of picture.marks) {
    const cy = axisHeight + mark.cy;
    // A vague date's band shows wherever it reaches into the plot, even when its middle (where
    // the symbol sits) is outside: the window then holds part of the time it may have happened.
    if (mark.span && mark.span[1] >= 0 && mark.span[0] <= plotWidth) {
      const x0 = Math.max(0, mark.span[0]);
      const x1 = Math.min(plotWidth, mark.span[1]);
      parts.push(
        `<rect x="${n(x0)}" y="${n(cy - 5)}" width="${n(Math.max(2, x1 - x0))}" height="10" rx="5" fill="${mark.color}" fill-opacity="0.25"/>`,
      );
    }
    if (!inPlot(mark.cx)) continue;
    const title = mark.label ? `<title>${xmlEscape(mark.label)}</title>` : '';
    parts.push(
      `<path d="${mark.path}" transform="translate(${n(mark.cx)},${n(cy)}) rotate(${mark.rotate})" fill="${mark.hollow ? '#ffffff' : mark.color}" fill-opacity="${mark.hollow ? 1 : (mark.fillOpacity ?? 0.85)}" stroke="${mark.color}" stroke-width="${mark.fillOpacity === undefined ? 1.75 : 1}">${title}</path>`,
    );
  }
  parts.push('</g>');
  return document(
    { ...picture, bodyHeight: axisHeight + picture.lanesHeight + 8 },
    parts.join('\n'),
  );
}

/** A bar chart as drawn: one row per donor group, bars in chart pixels. */
export interface BarsPicture extends Omit<Frame, 'bodyHeight'> {
  labelWidth: number;
  barWidth: number;
  rowHeight: number;
  ticks: Array<{ x: number; label: string }>;
  rows: Array<{
    label: string;
    segments: Array<{
      x: number;
      y: number;
      width: number;
      height: number;
      color: string;
      /** The announcement the segment is, as its tooltip in an SVG viewer. */
      label?: string;
    }>;
    references: Array<{ x: number; offScale: boolean }>;
    /** The values written after the bars, a line each ("$350M", "delivered $240M"), or a note. */
    valueLines: string[];
    muted: boolean;
  }>;
}

/** The bar chart as a standalone SVG document. */
export function barChartSvg(picture: BarsPicture) {
  const { labelWidth, barWidth, rowHeight } = picture;
  const axis = 20;
  const LINE = 14;
  // A row grows to hold its value lines; the bars keep their place at its top.
  const heights = picture.rows.map((row) => Math.max(rowHeight, row.valueLines.length * LINE + 6));
  const tops = heights.map((_, i) => axis + heights.slice(0, i).reduce((a, b) => a + b, 0));
  const bottom = axis + heights.reduce((a, b) => a + b, 0);
  const parts: string[] = [];
  for (const tick of picture.ticks)
    parts.push(
      `<text class="tick" x="${n(labelWidth + tick.x)}" y="14" text-anchor="middle">${xmlEscape(tick.label)}</text>`,
      `<line class="grid" x1="${n(labelWidth + tick.x)}" x2="${n(labelWidth + tick.x)}" y1="${axis}" y2="${n(bottom)}"/>`,
    );
  picture.rows.forEach((row, i) => {
    const y = tops[i]!;
    parts.push(
      `<text class="label" x="4" y="${n(y + rowHeight / 2 + 4)}">${xmlEscape(row.label)}</text>`,
    );
    for (const s of row.segments)
      parts.push(
        `<rect x="${n(labelWidth + s.x)}" y="${n(y + s.y)}" width="${n(s.width)}" height="${n(s.height)}" fill="${s.color}" stroke="#ffffff" stroke-width="1">${s.label ? `<title>${xmlEscape(s.label)}</title>` : ''}</rect>`,
      );
    for (const ref of row.references)
      parts.push(
        `<line x1="${n(labelWidth + ref.x)}" x2="${n(labelWidth + ref.x)}" y1="${n(y + 1)}" y2="${n(y + rowHeight - 1)}" stroke="#1d232b" stroke-width="2" stroke-dasharray="${ref.offScale ? '3 2' : 'none'}"/>`,
        `<text class="label" x="${n(labelWidth + ref.x - 4)}" y="${n(y + 12)}" text-anchor="end">${ref.offScale ? '★ →' : '★'}</text>`,
      );
    row.valueLines.forEach((line, j) =>
      parts.push(
        `<text class="value${row.muted ? ' muted' : j > 0 ? ' secondary' : ''}" x="${n(labelWidth + barWidth + 8)}" y="${n(y + rowHeight / 2 + 4 + j * LINE)}">${xmlEscape(line)}</text>`,
      ),
    );
  });
  return document({ ...picture, bodyHeight: bottom + 6 }, parts.join('\n'));
}

/** The frame every downloaded chart shares (title, subtitle, legend, source line). */
export type ChartFrame = Frame;

/** Wraps a chart body (drawn from y = 0) in the shared frame, for charts drawn elsewhere. */
export const chartDocument = document;

/** Two decimals at most, as every downloaded picture writes its coordinates. */
export const svgNumber = n;

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
.band { fill: #f4f6f8; }
.grid { stroke: #e6e9ec; stroke-width: 1; }
.axis { stroke: #9aa4ae; stroke-width: 1; }
.break { fill: #eceff2; }
`;

interface Frame {
  width: number;
  /** Height of the chart body, between the header and the source line. */
  bodyHeight: number;
  title: string;
  subtitle: string;
  sourceLine: string;
}

const HEADER = 58;
const FOOTER = 30;

/** Wraps a chart body (drawn from y = 0) into a complete SVG document with its frame. */
function document({ width, bodyHeight, title, subtitle, sourceLine }: Frame, body: string) {
  const height = HEADER + bodyHeight + FOOTER;
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
  ticks: Array<{ x: number; label: string }>;
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
      );
  }
  parts.push(
    `<line class="axis" x1="0" x2="${n(plotWidth)}" y1="${n(axisHeight)}" y2="${n(axisHeight)}"/>`,
  );
  for (const tick of picture.ticks) {
    if (!inPlot(tick.x)) continue;
    parts.push(
      `<line class="grid" x1="${n(tick.x)}" x2="${n(tick.x)}" y1="${n(axisHeight)}" y2="${n(axisHeight + picture.lanesHeight)}"/>`,
      `<text class="tick" x="${n(tick.x)}" y="${n(axisHeight - 6)}" text-anchor="middle">${xmlEscape(tick.label)}</text>`,
    );
  }
  for (const mark of picture.marks) {
    if (!inPlot(mark.cx)) continue;
    const cy = axisHeight + mark.cy;
    if (mark.span) {
      const x0 = Math.max(0, mark.span[0]);
      const x1 = Math.min(plotWidth, mark.span[1]);
      parts.push(
        `<rect x="${n(x0)}" y="${n(cy - 5)}" width="${n(Math.max(2, x1 - x0))}" height="10" rx="5" fill="${mark.color}" fill-opacity="0.25"/>`,
      );
    }
    parts.push(
      `<path d="${mark.path}" transform="translate(${n(mark.cx)},${n(cy)}) rotate(${mark.rotate})" fill="${mark.hollow ? '#ffffff' : mark.color}" fill-opacity="${mark.hollow ? 1 : 0.85}" stroke="${mark.color}" stroke-width="1.75"/>`,
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
    segments: Array<{ x: number; y: number; width: number; height: number; color: string }>;
    references: Array<{ x: number; offScale: boolean }>;
    /** The value written after the bars ("$350M, delivered $240M"), or a note ("no sum printed"). */
    valueText: string;
    muted: boolean;
  }>;
}

/** The bar chart as a standalone SVG document. */
export function barChartSvg(picture: BarsPicture) {
  const { labelWidth, barWidth, rowHeight } = picture;
  const axis = 20;
  const parts: string[] = [];
  for (const tick of picture.ticks)
    parts.push(
      `<text class="tick" x="${n(labelWidth + tick.x)}" y="14" text-anchor="middle">${xmlEscape(tick.label)}</text>`,
      `<line class="grid" x1="${n(labelWidth + tick.x)}" x2="${n(labelWidth + tick.x)}" y1="${axis}" y2="${n(axis + picture.rows.length * rowHeight)}"/>`,
    );
  picture.rows.forEach((row, i) => {
    const y = axis + i * rowHeight;
    parts.push(
      `<text class="label" x="4" y="${n(y + rowHeight / 2 + 4)}">${xmlEscape(row.label)}</text>`,
    );
    for (const s of row.segments)
      parts.push(
        `<rect x="${n(labelWidth + s.x)}" y="${n(y + s.y)}" width="${n(s.width)}" height="${n(s.height)}" fill="${s.color}" stroke="#ffffff" stroke-width="1"/>`,
      );
    for (const ref of row.references)
      parts.push(
        `<line x1="${n(labelWidth + ref.x)}" x2="${n(labelWidth + ref.x)}" y1="${n(y + 1)}" y2="${n(y + rowHeight - 1)}" stroke="#1d232b" stroke-width="2" stroke-dasharray="${ref.offScale ? '3 2' : 'none'}"/>`,
        `<text class="label" x="${n(labelWidth + ref.x - 4)}" y="${n(y + 12)}" text-anchor="end">${ref.offScale ? '★ →' : '★'}</text>`,
      );
    parts.push(
      `<text class="value${row.muted ? ' muted' : ''}" x="${n(labelWidth + barWidth + 8)}" y="${n(y + rowHeight / 2 + 4)}">${xmlEscape(row.valueText)}</text>`,
    );
  });
  return document(
    { ...picture, bodyHeight: axis + picture.rows.length * rowHeight + 6 },
    parts.join('\n'),
  );
}

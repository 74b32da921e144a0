import type { Category, ExchangeRate } from '../../data/schema';
import { GDP_TABLE } from '../../data/gdp';
import { KIND_ORDER, KIND_STYLES } from '../../encoding/kind-style';
import { barChartSvg, legendGlyph, legendSwatch, type LegendItem } from '../../export/chart-svg';
import type { I18n } from '../../i18n/i18n';
import type { Metric } from '../../state/store';
import type { ChartPicture } from '../../ui/downloads';
import type { BarRow } from './bar-layout';
import type { BarScale } from './bar-scale';
import { rowValues, valueLines } from './bar-values';
import { absentSentence, type AbsentGroup } from './bar-absent';
import { drawnLabel, drawnRows, type DrawnSegment } from './bar-segments';

/** What the downloaded comparison shows: the chart as it stands on screen. */
export interface BarPictureInput {
  rows: readonly BarRow[];
  scale: BarScale;
  /** The bars' width on screen; the picture is at least 240 px wide whatever the screen. */
  barWidth: number;
  rowHeight: number;
  metric: Metric;
  category: Category;
  /** Aid announcements in view (deployments left out). */
  announcements: number;
  format: (value: number) => string;
  rates: ReadonlyMap<string, ExchangeRate>;
  i18n: I18n;
  sourceLine: string;
  /** The donor groups in view without a bar: named under the chart, as on screen. */
  absent: readonly AbsentGroup[];
}

/** Text broken into lines of at most `chars` characters, at spaces (a longer word alone). */
export function wrapLines(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The comparison as a standalone SVG document (names written out, no flags). */
export function barChartPicture(input: BarPictureInput): ChartPicture {
  const { rows, scale, rowHeight, metric, category, format, rates, i18n } = input;
  const { t } = i18n;
  const exportLabel = 190;
  const exportBars = Math.max(240, input.barWidth);
  const ex = scale.x.copy().range([0, exportBars]);
  // The same rectangles as on screen, at the picture's width: a few hundred at most.
  const drawn = drawnRows(rows, ex, metric !== 'count');
  const segment = (s: DrawnSegment, y: number, height: number) => ({
    x: ex(s.start),
    y,
    width: Math.max(1, ex(s.start + s.value) - ex(s.start)),
    height,
    color: KIND_STYLES[s.kind].color,
    label: drawnLabel(s, metric, format, rates, i18n),
  });
  const drawnKinds = new Set(
    rows.flatMap((row) =>
      [...row.committedSegments, ...row.deliveredSegments].map((s) => s.record.kind),
    ),
  );
  const legend: LegendItem[] = KIND_ORDER.filter((kind) => drawnKinds.has(kind)).map((kind) => ({
    key: legendSwatch(KIND_STYLES[kind].color),
    label: i18n.kind(kind),
  }));
  if (metric !== 'count' && rows.some((row) => row.deliveredSegments.length > 0))
    legend.unshift({
      key: '<rect x="-6" y="-6" width="12" height="7" fill="#9aa4ae"/><rect x="-6" y="2" width="12" height="4" fill="#9aa4ae"/>',
      label: t.downloads.barsKey,
    });
  if (rows.some((row) => row.references.length > 0))
    legend.push({ key: legendGlyph('★'), label: t.bars.referenceLabel(false) });
  const width = exportLabel + exportBars + 300;
  return barChartSvg({
    title: `${t.title}: ${t.bars.title}`,
    // The line under the chart on screen, wrapped at the picture's width (6.2 px a character).
    notes: wrapLines(absentSentence(input.absent, category, i18n), Math.floor((width - 24) / 6.2)),
    subtitle: `${t.bars.metrics[metric]}${metric === 'quantity' ? `: ${i18n.category(category)}` : ''} · ${t.summary.announcements(input.announcements)}`,
    legend,
    sourceLine:
      metric === 'gdp'
        ? `${input.sourceLine}. ${t.bars.gdpSourceLine(String(GDP_TABLE.year))}`
        : input.sourceLine,
    width,
    labelWidth: exportLabel,
    barWidth: exportBars,
    rowHeight,
    ticks: scale.ticks.map((tick) => ({ x: ex(tick), label: format(tick) })),
    rows: drawn.map(({ row, committed, delivered, references }) => ({
      label: i18n.group(row.donors),
      segments: [
        ...committed.map((s) => segment(s, 4, metric === 'count' ? rowHeight - 8 : 15)),
        ...delivered.map((s) => segment(s, 21, 9)),
      ],
      references: references.map((r) => ({
        x: r.value > scale.domainMax ? exportBars : ex(r.value),
        offScale: r.value > scale.domainMax,
      })),
      valueLines: valueLines(rowValues(row, metric, format, scale.domainMax, t, references), t),
      muted: row.committed === 0 && row.references.length === 0,
    })),
  });
}

import { chartDocument, legendGlyph, svgNumber as n, xmlEscape } from '../../export/chart-svg';
import type { LegendItem } from '../../export/chart-svg';
import { isoDayOf } from '../../data/days';
import type { I18n } from '../../i18n/i18n';
import type { ChartPicture } from '../../ui/downloads';
import { labelMargin, layoutRunning, tickLabels } from './running-layout';
import type { RunningMode, RunningSeriesSet } from './running-series';

/** The lines' colours in a download (the light theme's, as every downloaded chart). */
export const LINE_COLOURS = ['#0b5cad', '#b3470b', '#17795a', '#7a4fa0', '#a0417a', '#7d6300'];
export const OTHER_COLOUR = '#7d8791';

const PLOT_WIDTH = 760;
const PLOT_HEIGHT = 300;
const TOP = 16;
const AXIS = 22;

/** What the downloaded chart shows: the lines in view, drawn at a print width. */
export interface RunningPictureInput {
  set: RunningSeriesSet;
  window: [number, number];
  mode: RunningMode;
  /** Aid announcements in view. */
  announcements: number;
  i18n: I18n;
  sourceLine: string;
}

/** The running totals as a standalone SVG document (names written out, each step titled). */
export function runningPicture(input: RunningPictureInput): ChartPicture {
  const { set, i18n } = input;
  const { t } = i18n;
  const layout = layoutRunning(set, input.window, PLOT_WIDTH, PLOT_HEIGHT);
  const { y, lines } = layout;
  const left = labelMargin(layout.yTicks.map(i18n.usd));
  // Room for the longest end label ("Verenigde Staten 3,11 miljard dollar").
  const right = Math.min(
    360,
    16 +
      6.4 *
        Math.max(
          0,
          ...lines
            .filter((line) => line.labelY !== null)
            .map(
              (line) => `${i18n.group(line.series.donors)} ${i18n.usd(line.series.total)}`.length,
            ),
        ),
  );
  const mode = t.runningTotal.modes[input.mode];
  const startDay = i18n.day(isoDayOf(input.window[0]));
  const endDay = i18n.day(isoDayOf(input.window[1] - 1));
  const parts: string[] = [`<g transform="translate(${left},${TOP})">`];
  for (const tick of layout.yTicks)
    parts.push(
      `<line class="grid" x1="0" x2="${PLOT_WIDTH}" y1="${n(y(tick))}" y2="${n(y(tick))}"/>`,
      `<text class="tick" x="-6" y="${n(y(tick) + 3)}" text-anchor="end">${xmlEscape(i18n.usd(tick))}</text>`,
    );
  const labels = tickLabels(layout.xTicks, i18n.month, i18n.day);
  layout.xTicks.forEach((tick, i) =>
    parts.push(
      `<text class="tick" x="${n(layout.x(tick))}" y="${PLOT_HEIGHT + 16}" text-anchor="middle">${xmlEscape(labels[i]!)}</text>`,
    ),
  );
  parts.push(
    `<line class="axis" x1="0" x2="${PLOT_WIDTH}" y1="${PLOT_HEIGHT}" y2="${PLOT_HEIGHT}"/>`,
  );
  // Grey lines first, so the coloured ones are drawn over them.
  for (const line of [...lines].reverse()) {
    const colour = line.colour === null ? OTHER_COLOUR : LINE_COLOURS[line.colour]!;
    const name = i18n.group(line.series.donors);
    if (line.path)
      parts.push(
        `<path d="${line.path}" fill="none" stroke="${colour}" stroke-width="${line.colour === null ? 1.25 : 2}"><title>${xmlEscape(t.runningTotal.point(name, endDay, i18n.usd(line.series.total), mode))}</title></path>`,
      );
    for (const stop of line.stops.filter((s) => s.reference))
      parts.push(
        `<text class="label" x="${n(stop.x)}" y="${n(stop.y + 4)}" text-anchor="middle" fill="${colour}">${stop.offScale ? `★↑ ${xmlEscape(i18n.usd(stop.value))}` : '★'}<title>${xmlEscape(t.runningTotal.reference(name, i18n.recordDate(stop.record.date), i18n.usd(stop.value), stop.offScale))}</title></text>`,
      );
    if (line.labelY !== null)
      parts.push(
        `<text class="label" x="${PLOT_WIDTH + 6}" y="${n(line.labelY + 4)}">${xmlEscape(`${name} ${i18n.usd(line.series.total)}`)}</text>`,
      );
  }
  parts.push('</g>');
  const legend: LegendItem[] = lines
    .filter((line) => line.colour !== null)
    .map((line) => ({
      key: `<line x1="-7" x2="7" y1="0" y2="0" stroke="${LINE_COLOURS[line.colour!]!}" stroke-width="2"/>`,
      label: i18n.group(line.series.donors),
    }));
  const others = lines.filter((line) => line.colour === null && line.path).length;
  if (others > 0)
    legend.push({
      key: `<line x1="-7" x2="7" y1="0" y2="0" stroke="${OTHER_COLOUR}" stroke-width="1.25"/>`,
      label: t.runningTotal.others(others),
    });
  if (lines.some((line) => line.series.references.length > 0))
    legend.push({ key: legendGlyph('★'), label: t.runningTotal.referenceKey });
  const noSum = set.noSum.map((g) => i18n.group(g.donors));
  const width = left + PLOT_WIDTH + right;
  const noSumLines =
    noSum.length > 0 ? wrap(t.runningTotal.noSum(noSum.join(', '), noSum.length), width - 24) : [];
  return chartDocument(
    {
      width,
      bodyHeight: TOP + PLOT_HEIGHT + AXIS + noSumLines.length * 14,
      title: `${t.title}: ${t.runningTotal.title}`,
      subtitle: `${mode} · ${startDay} – ${endDay} · ${t.summary.announcements(input.announcements)}`,
      sourceLine: input.sourceLine,
      legend,
    },
    [
      ...parts,
      ...noSumLines.map(
        (line, i) =>
          `<text class="label secondary" x="12" y="${TOP + PLOT_HEIGHT + AXIS + 10 + i * 14}">${xmlEscape(line)}</text>`,
      ),
    ].join('\n'),
  );
}

/** Words in lines of at most `width` px of 11 px text (~6.2 px a character, as the legend). */
export function wrap(text: string, width: number): string[] {
  const max = Math.max(20, Math.floor(width / 6.2));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

import { describe, expect, it } from 'vitest';
import { SVG_NS, EVIL, SQUARE, parse, texts, titles, timeline, bars } from '../test/chart-pictures';
import {
  barChartSvg,
  timelineSvg,
  legendBand,
  legendGlyph,
  legendSwatch,
  legendSymbol,
} from './chart-svg';

describe('barChartSvg', () => {
  it('escapes row labels, value lines, ticks and segment tooltips', () => {
    const { svg } = barChartSvg(
      bars({
        title: EVIL,
        ticks: [{ x: 0, label: EVIL }],
        rows: [
          {
            label: EVIL,
            segments: [{ x: 0, y: 0, width: 10, height: 10, color: '#000000', label: EVIL }],
            references: [],
            valueLines: [EVIL, EVIL],
            muted: true,
          },
        ],
        legend: [{ key: legendSwatch('#000000'), label: EVIL }],
      }),
    );
    const doc = parse(svg);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    // Title, tick, row label, two value lines, legend label.
    expect(texts(doc).filter((t) => t === EVIL)).toHaveLength(6);
    expect(titles(doc).filter((t) => t === EVIL)).toHaveLength(2);
  });

  it('makes a row with three value lines taller than a row with one', () => {
    const row = bars().rows[0]!;
    const one = barChartSvg(bars({ rows: [{ ...row, valueLines: ['$350M'] }] }));
    const three = barChartSvg(
      bars({ rows: [{ ...row, valueLines: ['$350M', 'delivered $240M', 'running total $30B'] }] }),
    );
    expect(three.height).toBeGreaterThan(one.height);
    const doc = parse(three.svg);
    const lines = ['$350M', 'delivered $240M', 'running total $30B'].map((line) =>
      [...doc.getElementsByTagNameNS(SVG_NS, 'text')].find((t) => t.textContent === line)!,
    );
    const ys = lines.map((t) => Number(t.getAttribute('y')));
    expect(ys[1]).toBeGreaterThan(ys[0]!);
    expect(ys[2]).toBeGreaterThan(ys[1]!);
  });

  it('places the next row below a tall row, so their texts do not overlap', () => {
    const row = bars().rows[0]!;
    const doc = parse(
      barChartSvg(
        bars({
          rows: [
            { ...row, label: 'First', valueLines: ['a', 'b', 'c', 'd'] },
            { ...row, label: 'Second', valueLines: ['e'] },
          ],
        }),
      ).svg,
    );
    const y = (text: string) =>
      Number(
        [...doc.getElementsByTagNameNS(SVG_NS, 'text')]
          .find((t) => t.textContent === text)!
          .getAttribute('y'),
      );
    expect(y('Second')).toBeGreaterThan(y('d'));
    expect(y('e')).toBeGreaterThan(y('d'));
  });

  it('draws one bar segment per announcement and one mark per running total', () => {
    const doc = parse(barChartSvg(bars()).svg);
    const rects = [...doc.getElementsByTagNameNS(SVG_NS, 'rect')].filter(
      (r) => r.getElementsByTagNameNS(SVG_NS, 'title').length > 0,
    );
    expect(rects).toHaveLength(1);
    expect(rects[0]!.getAttribute('x')).toBe('140');
    expect(rects[0]!.getAttribute('width')).toBe('120');
    expect(texts(doc)).toContain('★ →');
  });
});

describe('legend keys', () => {
  it.each([
    ['legendSymbol', legendSymbol(SQUARE, '#1f77b4', 45)],
    ['legendSymbol hollow', legendSymbol(SQUARE, '#1f77b4', 0, true)],
    ['legendBand', legendBand('#2ca02c')],
    ['legendSwatch', legendSwatch('#ff7f0e')],
    ['legendGlyph', legendGlyph('★')],
  ])('%s is one well-formed SVG element that fits a legend row', (_name, key) => {
    const doc = parse(`<svg xmlns="${SVG_NS}"><g>${key}</g></svg>`);
    const g = doc.documentElement.firstElementChild!;
    expect(g.children).toHaveLength(1);
    expect(g.firstElementChild!.namespaceURI).toBe(SVG_NS);
  });

  it('draws a symbol filled in its colour, or white when hollow, turned as on the chart', () => {
    const element = (key: string) =>
      parse(`<svg xmlns="${SVG_NS}">${key}</svg>`).documentElement.firstElementChild!;
    const filled = element(legendSymbol(SQUARE, '#1f77b4', 45));
    expect(filled.getAttribute('d')).toBe(SQUARE);
    expect(filled.getAttribute('fill')).toBe('#1f77b4');
    expect(filled.getAttribute('transform')).toBe('rotate(45)');
    expect(element(legendSymbol(SQUARE, '#1f77b4', 0, true)).getAttribute('fill')).toBe('#ffffff');
    expect(element(legendBand('#2ca02c')).getAttribute('fill')).toBe('#2ca02c');
    expect(element(legendSwatch('#ff7f0e')).getAttribute('fill')).toBe('#ff7f0e');
  });

  it('escapes a glyph', () => {
    const doc = parse(`<svg xmlns="${SVG_NS}">${legendGlyph('<&>')}</svg>`);
    expect(doc.documentElement.textContent).toBe('<&>');
  });

  it('appears in the document next to its label', () => {
    const doc = parse(
      timelineSvg(timeline({ legend: [{ key: legendGlyph('★'), label: 'Running total' }] })).svg,
    );
    const entry = [...doc.getElementsByTagNameNS(SVG_NS, 'g')].find(
      (g) => g.textContent === '★Running total',
    );
    expect(entry).toBeDefined();
  });
});

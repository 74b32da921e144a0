import { describe, expect, it } from 'vitest';
import {
  SVG_NS,
  EVIL,
  SQUARE,
  parse,
  texts,
  titles,
  mark,
  timeline,
  bars,
  legend,
} from '../test/chart-pictures';
import { barChartSvg, timelineSvg, legendGlyph, xmlEscape } from './chart-svg';

describe('xmlEscape', () => {
  it.each([
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['"', '&quot;'],
    ["'", '&apos;'],
    ['&lt;', '&amp;lt;'],
    ['plain Київ ★', 'plain Київ ★'],
  ])('%j → %j', (text, escaped) => {
    expect(xmlEscape(text)).toBe(escaped);
  });

  it('reads back as the original text, in content and in attributes', () => {
    const doc = parse(
      `<svg xmlns="${SVG_NS}"><text a="${xmlEscape(EVIL)}" b='${xmlEscape(EVIL)}'>${xmlEscape(EVIL)}</text></svg>`,
    );
    const text = doc.getElementsByTagNameNS(SVG_NS, 'text')[0]!;
    expect(text.textContent).toBe(EVIL);
    expect(text.getAttribute('a')).toBe(EVIL);
    expect(text.getAttribute('b')).toBe(EVIL);
  });
});

describe.each([
  ['timelineSvg', () => timelineSvg(timeline())],
  ['barChartSvg', () => barChartSvg(bars())],
])('%s', (_name, draw) => {
  it('is a well-formed SVG document of whole-pixel size', () => {
    const { svg, width, height } = draw();
    const root = parse(svg).documentElement;
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(Number.isInteger(width)).toBe(true);
    expect(Number.isInteger(height)).toBe(true);
    expect(root.getAttribute('width')).toBe(String(width));
    expect(root.getAttribute('height')).toBe(String(height));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
  });

  it('carries its title, subtitle and source line as text', () => {
    const doc = parse(draw().svg);
    expect(texts(doc)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^(Military aid to Ukraine|Aid by donor)$/),
        expect.stringMatching(/^(Timeline, Jan 2022 – Feb 2023|US dollars)$/),
        'Source: five Dutch-language news articles',
      ]),
    );
  });

  it('references nothing outside itself', () => {
    const { svg } = draw();
    const doc = parse(svg);
    expect(doc.getElementsByTagNameNS(SVG_NS, 'image')).toHaveLength(0);
    expect(doc.getElementsByTagNameNS(SVG_NS, 'foreignObject')).toHaveLength(0);
    expect(doc.getElementsByTagNameNS(SVG_NS, 'script')).toHaveLength(0);
    for (const element of doc.getElementsByTagName('*'))
      for (const attribute of element.attributes)
        expect(attribute.localName, `${element.localName} ${attribute.name}`).not.toBe('href');
    expect(svg).not.toMatch(/url\(|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg")/);
  });
});

describe('timelineSvg', () => {
  it('escapes every text it is given: title, subtitle, source, lanes, ticks, legend, marks', () => {
    const { svg } = timelineSvg(
      timeline({
        title: EVIL,
        subtitle: EVIL,
        sourceLine: EVIL,
        lanes: [{ label: EVIL, y: 0, height: 40 }],
        ticks: [{ x: 10, label: EVIL }],
        legend: [{ key: legendGlyph(EVIL), label: EVIL }],
        marks: [mark({ label: EVIL })],
      }),
    );
    const doc = parse(svg);
    expect(doc.getElementsByTagNameNS(SVG_NS, 'script')).toHaveLength(0);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('b')).toHaveLength(0);
    // Title, subtitle, source, lane, tick, legend glyph and legend label.
    expect(texts(doc).filter((t) => t === EVIL)).toHaveLength(7);
    // The document's title and the mark's tooltip.
    expect(titles(doc).filter((t) => t === EVIL)).toHaveLength(2);
  });

  it('draws a mark, with its tooltip, at its place in the plot', () => {
    const doc = parse(timelineSvg(timeline()).svg);
    const paths = [...doc.getElementsByTagNameNS(SVG_NS, 'path')];
    expect(paths).toHaveLength(2);
    expect(paths[0]!.getAttribute('d')).toBe(SQUARE);
    expect(paths[0]!.getAttribute('transform')).toBe('translate(100,44) rotate(0)');
    expect(paths[0]!.textContent).toBe('United States, approval, $350M');
    expect(paths[1]!.getElementsByTagNameNS(SVG_NS, 'title')).toHaveLength(0);
  });

  it('draws a hollow mark white inside, and a filled one in its colour', () => {
    const doc = parse(
      timelineSvg(timeline({ marks: [mark({ hollow: true }), mark({ color: '#d62728' })] })).svg,
    );
    const [hollow, filled] = [...doc.getElementsByTagNameNS(SVG_NS, 'path')];
    expect(hollow!.getAttribute('fill')).toBe('#ffffff');
    expect(hollow!.getAttribute('stroke')).toBe('#1f77b4');
    expect(filled!.getAttribute('fill')).toBe('#d62728');
  });

  it('leaves out marks and ticks outside the plot', () => {
    const inside = mark({ cx: 250, label: 'inside' });
    const doc = parse(
      timelineSvg(
        timeline({
          marks: [
            mark({ cx: -50, label: 'before the window' }),
            inside,
            mark({ cx: 900, label: 'after the window' }),
          ],
          ticks: [
            { x: -40, label: 'Dec 2021' },
            { x: 100, label: 'Mar 2022' },
            { x: 700, label: 'Jun 2023' },
          ],
        }),
      ).svg,
    );
    expect(titles(doc)).not.toContain('before the window');
    expect(titles(doc)).not.toContain('after the window');
    expect(titles(doc)).toContain('inside');
    expect(doc.getElementsByTagNameNS(SVG_NS, 'path')).toHaveLength(1);
    expect(texts(doc)).toContain('Mar 2022');
    expect(texts(doc)).not.toContain('Dec 2021');
    expect(texts(doc)).not.toContain('Jun 2023');
  });

  it('draws the part of a date band that reaches into the plot, even when its middle is outside', () => {
    const doc = parse(
      timelineSvg(
        timeline({ marks: [mark({ cx: -50, span: [-300, 40], label: 'mostly before' })] }),
      ).svg,
    );
    const bands = [...doc.getElementsByTagNameNS(SVG_NS, 'rect')].filter(
      (r) => r.getAttribute('rx') === '5',
    );
    expect(bands).toHaveLength(1);
    expect(bands[0]!.getAttribute('x')).toBe('0');
    expect(bands[0]!.getAttribute('width')).toBe('40');
    expect(titles(doc)).not.toContain('mostly before');
  });

  it('keeps a mark’s date band and a squeezed break inside the plot', () => {
    const doc = parse(
      timelineSvg(
        timeline({
          marks: [mark({ cx: 10, span: [-100, 60] })],
          breaks: [{ x0: 450, x1: 800 }],
        }),
      ).svg,
    );
    const rects = [...doc.getElementsByTagNameNS(SVG_NS, 'rect')];
    const band = rects.find((r) => r.getAttribute('rx') === '5')!;
    expect(band.getAttribute('x')).toBe('0');
    expect(band.getAttribute('width')).toBe('60');
    const squeezed = rects.find((r) => r.getAttribute('class') === 'break')!;
    expect(Number(squeezed.getAttribute('x')) + Number(squeezed.getAttribute('width'))).toBe(500);
  });

  it('wraps the legend into more rows, and a taller document, when narrow', () => {
    const items = legend(6);
    const wide = timelineSvg(timeline({ width: 2000, legend: items }));
    const narrow = timelineSvg(timeline({ width: 400, legend: items }));
    const none = timelineSvg(timeline({ width: 400 }));
    expect(narrow.height).toBeGreaterThan(wide.height);
    expect(wide.height).toBeGreaterThan(none.height);
    // A legend row is the height its entries sit at.
    const rowsOf = (svg: string) =>
      new Set(
        [...parse(svg).getElementsByTagNameNS(SVG_NS, 'text')]
          .filter((t) => items.some((item) => item.label === t.textContent))
          .map((t) => (t.parentNode as Element).getAttribute('transform')!.split(',')[1]),
      ).size;
    expect(rowsOf(wide.svg)).toBe(1);
    expect(rowsOf(narrow.svg)).toBeGreaterThan(1);
    // Every item is written, however many rows.
    for (const item of items) expect(texts(parse(narrow.svg))).toContain(item.label);
  });

  it('gets taller with more lanes', () => {
    const short = timelineSvg(timeline({ lanesHeight: 80 }));
    const tall = timelineSvg(timeline({ lanesHeight: 400 }));
    expect(tall.height - short.height).toBe(320);
  });
});

import { expect } from 'vitest';
import {
  legendSwatch,
  type BarsPicture,
  type LegendItem,
  type TimelinePicture,
} from '../export/chart-svg';

// Pictures for the SVG writer's tests, and how to read what it wrote.

export const SVG_NS = 'http://www.w3.org/2000/svg';
export const EVIL = `Tom & Jerry's "<script>alert('x')</script>" <b>bold</b> > 1`;
export const SQUARE = 'M-5,-5h10v10h-10Z';

/** The document as an SVG viewer reads it, failing on any XML error. */
export function parse(svg: string): XMLDocument {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

export const texts = (doc: XMLDocument) =>
  [...doc.getElementsByTagNameNS(SVG_NS, 'text')].map((t) => t.textContent);
export const titles = (doc: XMLDocument) =>
  [...doc.getElementsByTagNameNS(SVG_NS, 'title')].map((t) => t.textContent);

export function mark(
  overrides: Partial<TimelinePicture['marks'][number]> = {},
): TimelinePicture['marks'][number] {
  return {
    path: SQUARE,
    cx: 100,
    cy: 20,
    rotate: 0,
    color: '#1f77b4',
    hollow: false,
    span: null,
    ...overrides,
  };
}

export function timeline(overrides: Partial<TimelinePicture> = {}): TimelinePicture {
  return {
    width: 640.4,
    title: 'Military aid to Ukraine',
    subtitle: 'Timeline, Jan 2022 – Feb 2023',
    sourceLine: 'Source: five Dutch-language news articles',
    labelWidth: 120,
    plotWidth: 500,
    axisHeight: 24,
    lanes: [
      { label: 'United States', y: 0, height: 40 },
      { label: 'United Kingdom', y: 40, height: 40 },
    ],
    ticks: [
      { x: 0, label: 'Jan 2022' },
      { x: 250, label: 'Jul 2022' },
    ],
    breaks: [{ x0: 300, x1: 340 }],
    marks: [mark({ label: 'United States, approval, $350M' }), mark({ cx: 400, cy: 60 })],
    lanesHeight: 80,
    ...overrides,
  };
}

export function bars(overrides: Partial<BarsPicture> = {}): BarsPicture {
  return {
    width: 600,
    title: 'Aid by donor',
    subtitle: 'US dollars',
    sourceLine: 'Source: five Dutch-language news articles',
    labelWidth: 140,
    barWidth: 300,
    rowHeight: 28,
    ticks: [
      { x: 0, label: '$0' },
      { x: 150, label: '$1B' },
    ],
    rows: [
      {
        label: 'United States',
        segments: [{ x: 0, y: 4, width: 120, height: 10, color: '#1f77b4', label: '$350M' }],
        references: [{ x: 290, offScale: true }],
        valueLines: ['$2.9B'],
        muted: false,
      },
    ],
    ...overrides,
  };
}

export const legend = (n: number): LegendItem[] =>
  Array.from({ length: n }, (_, i) => ({
    key: legendSwatch('#ff7f0e'),
    label: `Legend entry number ${i + 1}`,
  }));

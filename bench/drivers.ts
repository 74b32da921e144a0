// What differs between the explorer and the peers: where things are, what "drawn" means.
import type { Page } from '@playwright/test';
import { APP_PORT, PEER_PORT, type TargetName } from './config';

export interface Driver {
  url(file: string): string;
  /** Marks that together mean "drawn"; each must appear (after the given time). */
  marks: string[];
  /** Selector of the element that says the data could not be shown. */
  errorSelector: string;
  /** Selector of the element to click to filter to one donor. */
  donorFilter: string;
  /** Selector of the element that, when visible, is the tooltip. */
  tooltip: string;
  /** Where to wheel and drag: the middle of the plot, scrolled into view. */
  plotCentre(page: Page): Promise<{ x: number; y: number }>;
  /** Where a mark is on screen, to hover it. */
  markPoint(page: Page): Promise<{ x: number; y: number } | null>;
  /** Focuses a mark for the keyboard step; false when the page has no keyboard path. */
  focusMark?(page: Page): Promise<boolean>;
}

const centreOf = async (page: Page, selector: string, dx = 0) =>
  page.evaluate(
    ([sel, offset]) => {
      const element = document.querySelector(sel as string)!;
      element.scrollIntoView({ block: 'start' });
      const box = element.getBoundingClientRect();
      const x = box.left + (offset as number) + (box.width - (offset as number)) / 2;
      const y = box.top + Math.min(box.height / 2, (innerHeight - box.top) / 2);
      return { x, y };
    },
    [selector, dx] as const,
  );

export const DRIVERS: Record<TargetName, Driver> = {
  explorer: {
    url: (file) => `http://127.0.0.1:${APP_PORT}/?data=bench-data/${file}&lang=en`,
    marks: ['explorer:timeline-drawn', 'explorer:bars-drawn'],
    errorSelector: '.load-error span[lang="en"]',
    // By role and state, not by class, so a stylesheet's renames cannot break it.
    donorFilter: 'section[aria-labelledby="filters-title"] fieldset button[aria-pressed]',
    tooltip: '[role="tooltip"]',
    plotCentre: (page) => centreOf(page, '[role="group"].timeline', 172),
    // The marks are on a canvas: the one SVG element is the chart's tab stop (the first mark or
    // aggregate in view), where the pointer finds what the canvas drew under it.
    markPoint: (page) =>
      page.evaluate(() => {
        const mark = document.querySelector('.timeline [role="img"][tabindex="0"]');
        mark?.scrollIntoView({ block: 'center' });
        const box = mark?.getBoundingClientRect();
        if (!box || box.top < 120 || box.bottom > innerHeight - 20 || box.width === 0) return null;
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }),
    focusMark: async (page) =>
      page.evaluate(() => {
        const mark = document.querySelector<SVGElement>('.timeline [role="img"][tabindex="0"]');
        mark?.focus();
        return !!mark && document.activeElement === mark;
      }),
  },
  'vis-timeline': {
    url: (file) => `http://127.0.0.1:${PEER_PORT}/vis-timeline.html?data=bench-data/${file}`,
    marks: ['peer:drawn'],
    errorSelector: '[role="alert"]',
    donorFilter: '#filter-donor',
    tooltip: '.vis-tooltip',
    plotCentre: (page) => centreOf(page, '.vis-panel.vis-center'),
    markPoint: (page) =>
      page.evaluate(() => {
        for (const item of document.querySelectorAll('.vis-item.vis-point, .vis-item.vis-range')) {
          const box = item.getBoundingClientRect();
          if (box.top > 40 && box.bottom < innerHeight - 20 && box.width > 0)
            return { x: box.left + Math.min(box.width / 2, 4), y: box.top + box.height / 2 };
        }
        return null;
      }),
  },
  echarts: {
    url: (file) => `http://127.0.0.1:${PEER_PORT}/echarts.html?data=bench-data/${file}`,
    marks: ['peer:drawn'],
    errorSelector: '[role="alert"]',
    donorFilter: '#filter-donor',
    tooltip: '.bench-tooltip',
    plotCentre: async (page) => {
      const box = (await page.locator('#chart').boundingBox())!;
      return { x: box.x + 120 + (box.width - 140) / 2, y: box.y + 20 + 260 };
    },
    markPoint: (page) =>
      page.evaluate(
        () =>
          (
            window as unknown as { benchHooks?: { markPoint(): { x: number; y: number } | null } }
          ).benchHooks?.markPoint() ?? null,
      ),
  },
};

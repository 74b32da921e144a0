// The timeline draws its marks on a canvas: these find a record's mark where the canvas drew
// it (the chart tells where through the canvas's `markCentre`), and hover, click or tap there,
// as a reader's pointer would.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

type Point = { x: number; y: number };

/** Where the record's mark is drawn, scrolled into the viewport first; null when not drawn. */
export async function markPoint(page: Page, id: string): Promise<Point | null> {
  const canvas = page.locator('canvas.timeline-canvas');
  if ((await canvas.count()) === 0) return null;
  return canvas.evaluate((element, recordId) => {
    const find = () =>
      (element as unknown as { markCentre?(id: string): Point | null }).markCentre?.(recordId) ??
      null;
    const point = find();
    if (!point) return null;
    if (point.y < 60 || point.y > innerHeight - 60) window.scrollBy(0, point.y - innerHeight / 2);
    return find();
  }, id);
}

/** A record's mark on the timeline. */
export function timelineMark(page: Page, id: string) {
  const at = async () => {
    let point: Point | null = null;
    await expect.poll(async () => (point = await markPoint(page, id))).not.toBeNull();
    return point!;
  };
  return {
    hover: async () => {
      const { x, y } = await at();
      await page.mouse.move(x, y);
    },
    click: async () => {
      const { x, y } = await at();
      await page.mouse.click(x, y);
    },
    tap: async () => {
      const { x, y } = await at();
      await page.touchscreen.tap(x, y);
    },
    /** Passes once the mark is drawn (in the plot, not summed into an aggregate). */
    toBeDrawn: async () => {
      await at();
    },
  };
}

/** Passes once the timeline's canvas has drawn at least one mark. */
export async function expectMarksDrawn(page: Page) {
  await expect(page.locator('canvas.timeline-canvas')).toHaveAttribute('data-marks', /^[1-9]/);
}

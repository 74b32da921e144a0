import { describe, expect, it } from 'vitest';
import { visibleBand } from './use-visible-band';

describe('visibleBand', () => {
  it('covers the window and some rows beyond it, in steps', () => {
    // The plot starts 100 px below the window's top; the window is 800 px tall.
    expect(visibleBand(100, 800, 20_000)).toEqual([0, 1200]);
    // Scrolled 5,000 px into the plot.
    expect(visibleBand(-5000, 800, 20_000)).toEqual([4600, 6200]);
  });

  it('never reaches past the plot, and keeps a band when the plot is off screen', () => {
    expect(visibleBand(-19_900, 800, 20_000)).toEqual([19_400, 20_000]);
    expect(visibleBand(5000, 800, 20_000)).toEqual([0, 200]);
    expect(visibleBand(0, 800, 300)).toEqual([0, 300]);
  });
});

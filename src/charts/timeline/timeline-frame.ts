// What the timeline on screen and its downloaded picture share (timeline-picture.ts, the
// picture's writer, is a chunk of its own, loaded on the first download).

/** The axis's height above the lanes, on screen and in the picture. */
export const AXIS_HEIGHT = 30;

/** The legend's small circle: a twentieth of the largest mark's dollars, so of its area. */
export function legendSmallArea(maxArea: number): number {
  return Math.max(50, maxArea / 20);
}

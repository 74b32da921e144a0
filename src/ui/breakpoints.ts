/**
 * The page's two breakpoints, defined once. The code reads the numbers; the stylesheets name them
 * as custom media, `@media (--narrow)` and `@media (--wide)`, which the build replaces with
 * {@link CUSTOM_MEDIA} (scripts/custom-media.ts, a plugin in vite.config.ts).
 */

/** A page this wide or narrower (CSS px) is laid out for a phone; so is a chart narrower than it. */
export const NARROW_MAX_WIDTH = 600;

/** From this width on, the filters stand beside the charts instead of above them. */
export const WIDE_MIN_WIDTH = 1100;

/** Each custom media name the stylesheets may use, and the media query it stands for. */
export const CUSTOM_MEDIA: Readonly<Record<string, string>> = {
  narrow: `(max-width: ${NARROW_MAX_WIDTH}px)`,
  wide: `(min-width: ${WIDE_MIN_WIDTH}px)`,
};

/** Whether the window is laid out for a phone now (false where media queries cannot be asked). */
export function isNarrowScreen(): boolean {
  return typeof matchMedia === 'function' && matchMedia(CUSTOM_MEDIA.narrow!).matches;
}

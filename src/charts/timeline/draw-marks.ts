import { KIND_ORDER, KIND_STYLES, markPath } from '../../encoding/kind-style';
import type { MarkTable } from './mark-table';
import type { Aggregate, LevelOfDetail } from './level-of-detail';

/** The theme's colours as the canvas needs them (resolved from the CSS variables). */
export interface Palette {
  /** Per kind, in KIND_ORDER. */
  kinds: string[];
  card: string;
  ink: string;
}

/** Reads the theme's colours through `probe` (an element in the page): `light-dark()` resolved. */
export function readPalette(probe: HTMLElement): Palette {
  const resolve = (value: string) => {
    probe.style.color = value;
    return getComputedStyle(probe).color;
  };
  return {
    kinds: KIND_ORDER.map((kind) => resolve(KIND_STYLES[kind].paint)),
    card: resolve('var(--card)'),
    ink: resolve('var(--ink)'),
  };
}

/** `rgb(r, g, b)` with an alpha; any other form is returned as is. */
export function withAlpha(color: string, alpha: number): string {
  const match = /^rgba?\(([^,]+),([^,]+),([^,)]+)/.exec(color);
  return match ? `rgba(${match[1]},${match[2]},${match[3]}, ${alpha})` : color;
}

/** The symbol of each kind at area 100 px², as a Path2D: a mark of area A is it scaled by √(A/100). */
let symbols: Path2D[] | null = null;
const UNIT_AREA = 100;
function symbolPaths(): Path2D[] {
  symbols ??= KIND_ORDER.map((kind) => new Path2D(markPath(KIND_STYLES[kind].shape, UNIT_AREA)));
  return symbols;
}

const DIM_ALPHA = 0.15;

/**
 * Draws one frame of marks on the canvas: the soft bands of vague dates, the aggregates, then
 * the marks kind by kind (one path per kind and style: filled, hollow, dimmed), in plot pixels.
 */
export function drawMarks(
  ctx: CanvasRenderingContext2D,
  table: MarkTable,
  lod: LevelOfDetail,
  palette: Palette,
  options: {
    width: number;
    /** The rows drawn: the canvas covers plot pixels [top, top + height). */
    top: number;
    height: number;
    dpr: number;
    k: number;
    tx: number;
    dimmed: (slot: number) => boolean;
  },
) {
  const { dpr, k, tx, dimmed } = options;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, options.width, options.height);
  ctx.setTransform(dpr, 0, 0, dpr, 0, -options.top * dpr);

  for (let j = 0; j < lod.count; j++) {
    const i = lod.slots[j]!;
    if (!table.span[i]) continue;
    const x0 = table.x0[i]! * k + tx;
    const x1 = table.x1[i]! * k + tx;
    const color = palette.kinds[table.kind[i]!]!;
    const gradient = ctx.createLinearGradient(x0, 0, Math.max(x1, x0 + 2), 0);
    gradient.addColorStop(0, withAlpha(color, 0));
    gradient.addColorStop(0.2, withAlpha(color, 0.35));
    gradient.addColorStop(0.8, withAlpha(color, 0.35));
    gradient.addColorStop(1, withAlpha(color, 0));
    ctx.globalAlpha = dimmed(i) ? DIM_ALPHA : 1;
    ctx.fillStyle = gradient;
    ctx.beginPath();
    ctx.roundRect(x0, lod.y[j]! - 5, Math.max(2, x1 - x0), 10, 5);
    ctx.fill();
  }

  for (const group of lod.aggregates) drawAggregate(ctx, group, palette, dimmed);

  const unit = symbolPaths();
  KIND_ORDER.forEach((kind, kindIndex) => {
    const style = KIND_STYLES[kind];
    // Four batches: filled or hollow (no sum), dimmed or not.
    const batches = [new Path2D(), new Path2D(), new Path2D(), new Path2D()];
    const used = [false, false, false, false];
    for (let j = 0; j < lod.count; j++) {
      const i = lod.slots[j]!;
      if (table.kind[i] !== kindIndex) continue;
      const batch = (Number.isNaN(table.usd[i]!) ? 1 : 0) + (dimmed(i) ? 2 : 0);
      const s = Math.sqrt(table.area[i]! / UNIT_AREA);
      const matrix = new DOMMatrix([1, 0, 0, 1, lod.x[j]!, lod.y[j]!]);
      if (style.rotate) matrix.rotateSelf(style.rotate);
      batches[batch]!.addPath(unit[kindIndex]!, matrix.scaleSelf(s, s));
      used[batch] = true;
    }
    const color = palette.kinds[kindIndex]!;
    ctx.lineWidth = 1.75;
    ctx.strokeStyle = color;
    batches.forEach((path, b) => {
      if (!used[b]) return;
      const hollow = b % 2 === 1;
      const alpha = b >= 2 ? DIM_ALPHA : 1;
      ctx.globalAlpha = alpha * (hollow ? 1 : 0.85);
      ctx.fillStyle = hollow ? palette.card : color;
      ctx.fill(path);
      ctx.globalAlpha = alpha;
      ctx.stroke(path);
    });
  });
  ctx.globalAlpha = 1;
}

/** The box an aggregate is drawn in, in plot pixels (placed by levelOfDetail). */
export function aggregateBox(group: Aggregate) {
  return group.box;
}

/** How dark an aggregate is drawn: more announcements, darker (log scale, 1 to 1000+). */
export function aggregateOpacity(count: number): number {
  return 0.2 + 0.55 * Math.min(1, Math.log10(Math.max(count, 1)) / 3);
}

function drawAggregate(
  ctx: CanvasRenderingContext2D,
  group: Aggregate,
  palette: Palette,
  dimmed: (slot: number) => boolean,
) {
  const box = aggregateBox(group);
  const faint = group.members.every(dimmed);
  ctx.globalAlpha = faint ? DIM_ALPHA : 1;
  ctx.beginPath();
  ctx.roundRect(box.x, box.y, box.width, box.height, Math.min(5, box.width / 2));
  ctx.fillStyle = withAlpha(palette.ink, aggregateOpacity(group.members.length));
  ctx.fill();
  ctx.strokeStyle = palette.ink;
  ctx.lineWidth = 1;
  ctx.stroke();
  // Only where the box has room for it (levelOfDetail decides); its description says it always.
  if (!group.countShown) return;
  ctx.font = '600 10px system-ui, sans-serif';
  ctx.fillStyle = aggregateOpacity(group.members.length) >= 0.45 ? palette.card : palette.ink;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(String(group.members.length), box.x + box.width / 2, group.y);
}

import { KIND_ORDER, KIND_STYLES, markPath } from '../../encoding/kind-style';
import type { I18n } from '../../i18n/i18n';
import { isoDayOf } from '../../data/days';
import type { MarkTable } from './mark-table';
import type { Aggregate } from './level-of-detail';
import { aggregateBox } from './draw-marks';

/**
 * One mark drawn in SVG over the canvas (the focused, hovered or pinned one): its soft band,
 * the ring that shows focus or emphasis, and its symbol, as on the canvas.
 */
export function MarkShape({
  table,
  slot,
  k,
  tx,
  x,
  y,
}: {
  table: MarkTable;
  slot: number;
  k: number;
  tx: number;
  x: number;
  y: number;
}) {
  const kind = KIND_ORDER[table.kind[slot]!]!;
  const style = KIND_STYLES[kind];
  const hollow = Number.isNaN(table.usd[slot]!);
  const x0 = table.x0[slot]! * k + tx;
  const x1 = table.x1[slot]! * k + tx;
  return (
    <>
      {table.span[slot] === 1 && (
        <rect
          x={x0}
          y={y - 5}
          width={Math.max(2, x1 - x0)}
          height={10}
          fill={`url(#soft-${kind})`}
          rx={5}
        />
      )}
      <circle cx={x} cy={y} r={table.radius[slot]! + 5} className="focus-ring" />
      <path
        d={markPath(style.shape, table.area[slot]!)}
        transform={`translate(${x},${y}) rotate(${style.rotate})`}
        style={{ fill: hollow ? 'var(--card)' : style.paint, stroke: style.paint }}
        fillOpacity={hollow ? 1 : 0.85}
        strokeWidth={1.75}
      />
    </>
  );
}

/** An aggregate's outline in SVG, for focus and emphasis (the canvas draws its fill). */
export function AggregateShape({ aggregate }: { aggregate: Aggregate }) {
  const box = aggregateBox(aggregate);
  return (
    <rect
      x={box.x - 3}
      y={box.y - 3}
      width={box.width + 6}
      height={box.height + 6}
      rx={6}
      className="focus-ring"
    />
  );
}

/** The first and last day an aggregate's members cover, as ISO days. */
export function aggregateDays(table: MarkTable, aggregate: Aggregate): [string, string] {
  let from = Infinity;
  let to = -Infinity;
  for (const i of aggregate.members) {
    from = Math.min(from, table.t0[i]!);
    to = Math.max(to, table.t1[i]! - 1);
  }
  return [isoDayOf(from), isoDayOf(to)];
}

/**
 * What an aggregate is, in words: how many, when, their dollars together, the kinds among
 * them with their counts, and what opening it does (zoom in or list them).
 */
export function aggregateLabel(table: MarkTable, aggregate: Aggregate, i18n: I18n): string {
  const [from, to] = aggregateDays(table, aggregate);
  const perKind = new Array<number>(KIND_ORDER.length).fill(0);
  for (const i of aggregate.members) perKind[table.kind[i]!]!++;
  const kinds = KIND_ORDER.flatMap((kind, n) =>
    perKind[n] ? [`${i18n.kind(kind).toLowerCase()} (${i18n.number(perKind[n])})`] : [],
  ).join(', ');
  return i18n.t.timeline.aggregateLabel(
    aggregate.members.length,
    aggregate.usd > 0 ? i18n.usd(aggregate.usd) : null,
    i18n.day(from),
    i18n.day(to),
    kinds,
    aggregate.opens,
  );
}

/** The tooltip of a hovered or focused aggregate, above the point it hangs from. */
export function AggregateTooltip({
  text,
  anchor,
}: {
  text: string;
  anchor: { x: number; y: number };
}) {
  return (
    <div role="tooltip" className="aggregate-tooltip" style={{ left: anchor.x, top: anchor.y }}>
      {text}
    </div>
  );
}

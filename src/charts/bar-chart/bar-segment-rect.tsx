import { memo, useMemo } from 'react';
import { useViewStore } from '../../state/store';
import { KIND_STYLES } from '../../encoding/kind-style';
import type { DrawnSegment } from './bar-segments';

interface SegmentRectProps {
  segment: DrawnSegment;
  x: number;
  width: number;
  y: number;
  height: number;
  label: string;
  focusable: boolean;
  refFor: (element: SVGRectElement | null) => void;
  onShow: () => void;
  onHide: () => void;
  onFocus: () => void;
  /** Under a search, none of its announcements matches: drawn faint. */
  dimmed?: boolean;
}

/**
 * One rectangle of a bar. It follows the hovered record itself (a selector per rectangle), so a
 * hover re-draws the one or two rectangles it concerns, not the chart. A rectangle of several
 * announcements says how many in its label and in a `<title>` (the browser's tooltip).
 */
export const SegmentRect = memo(function SegmentRect({
  segment,
  x,
  width,
  y,
  height,
  label,
  focusable,
  refFor,
  onShow,
  onHide,
  onFocus,
  dimmed = false,
}: SegmentRectProps) {
  const several = segment.records.length > 1;
  const ids = useMemo(
    () => (several ? new Set(segment.records.map((r) => r.id)) : null),
    [several, segment],
  );
  const emphasised = useViewStore(
    (s) => s.hoveredId !== null && (ids ? ids.has(s.hoveredId) : segment.record.id === s.hoveredId),
  );
  return (
    <rect
      ref={refFor}
      x={x}
      y={y}
      width={width}
      height={height}
      fillOpacity={segment.bar === 'c' ? 0.85 : 1}
      style={{ fill: KIND_STYLES[segment.kind].paint, stroke: 'var(--card)' }}
      strokeWidth={1}
      role="img"
      aria-label={label}
      tabIndex={focusable ? 0 : -1}
      className={`bar-segment${several ? ' merged' : ''}${emphasised ? ' emphasised' : ''}${dimmed ? ' dimmed' : ''}`}
      onPointerEnter={onShow}
      onPointerLeave={onHide}
      onFocus={onFocus}
      onBlur={onHide}
    >
      {several && <title>{label}</title>}
    </rect>
  );
});

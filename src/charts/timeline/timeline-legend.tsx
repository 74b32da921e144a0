import { symbolCircle } from 'd3-shape';
import { KIND_STYLES, markPath } from '../../encoding/kind-style';
import { useViewStore } from '../../state/store';
import { useI18n } from '../../ui/use-i18n';
import { useOpenOnWide } from '../../ui/use-open-on-wide';
import { legendSmallArea } from './timeline-frame';

/**
 * How to read the timeline: the help (gestures, keys, what the axis in use does to durations)
 * and the legend, in a disclosure that starts open on a wide screen and folded on a phone.
 */
export function TimelineHowTo({ maxUsd, maxArea }: { maxUsd: number; maxArea: number }) {
  const { t } = useI18n();
  const linear = useViewStore((s) => s.axisMode) === 'linear';
  const [open, setOpen] = useOpenOnWide();
  return (
    <details className="timeline-howto" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t.timeline.howToRead}</summary>
      <p id="timeline-help" className="card-hint">
        {linear ? t.timeline.helpLinear : t.timeline.help}
      </p>
      <TimelineLegend maxUsd={maxUsd} maxArea={maxArea} squeezed={!linear} />
    </details>
  );
}

/**
 * What size, fill and span mean, and the hatched break where the axis is squeezed; kinds are
 * keyed by the filter chips' shapes.
 */
export function TimelineLegend({
  maxUsd,
  maxArea,
  squeezed,
}: {
  maxUsd: number;
  maxArea: number;
  squeezed: boolean;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const color = KIND_STYLES.pledge.paint;
  const small = legendSmallArea(maxArea);
  return (
    <ul className="timeline-legend" aria-label={t.timeline.legend}>
      {maxUsd > 0 && (
        <li>
          <svg width={46} height={36} aria-hidden="true">
            <path
              d={markPath(symbolCircle, small)}
              transform="translate(8,24)"
              style={{ fill: color }}
              fillOpacity={0.85}
            />
            <path
              d={markPath(symbolCircle, maxArea)}
              transform="translate(29,18)"
              style={{ fill: color }}
              fillOpacity={0.85}
            />
          </svg>
          {t.timeline.legendArea(i18n.usd(maxUsd / 20), i18n.usd(maxUsd))}
        </li>
      )}
      <li>
        <svg width={18} height={18} aria-hidden="true">
          <path
            d={markPath(symbolCircle, 70)}
            transform="translate(9,9)"
            style={{ fill: 'var(--card)', stroke: color }}
            strokeWidth={1.75}
          />
        </svg>
        {t.timeline.legendHollow}
      </li>
      <li>
        <svg width={54} height={14} aria-hidden="true">
          <rect x={1} y={2} width={52} height={10} rx={5} fill="url(#legend-soft)" />
          <defs>
            <linearGradient id="legend-soft" x1="0" x2="1">
              <stop offset="0" style={{ stopColor: color }} stopOpacity="0" />
              <stop offset="0.2" style={{ stopColor: color }} stopOpacity="0.35" />
              <stop offset="0.8" style={{ stopColor: color }} stopOpacity="0.35" />
              <stop offset="1" style={{ stopColor: color }} stopOpacity="0" />
            </linearGradient>
          </defs>
          <path
            d={markPath(symbolCircle, 40)}
            transform="translate(27,7)"
            style={{ fill: 'var(--card)', stroke: color }}
            strokeWidth={1.5}
          />
        </svg>
        {t.timeline.legendBand}
      </li>
      {squeezed && (
        <li>
          <svg width={30} height={14} aria-hidden="true">
            <rect x={1} y={2} width={28} height={10} fill="url(#break-hatch-legend)" />
            <defs>
              <HatchPattern id="break-hatch-legend" />
            </defs>
          </svg>
          {t.timeline.legendBreak}
        </li>
      )}
      <li>{t.timeline.legendShape}</li>
    </ul>
  );
}

/** The diagonal hatch of a squeezed quiet stretch, as an SVG pattern to fill with. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <pattern
      id={id}
      width="6"
      height="6"
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <line x1="0" y1="0" x2="0" y2="6" style={{ stroke: 'var(--hatch)' }} strokeWidth="2" />
    </pattern>
  );
}

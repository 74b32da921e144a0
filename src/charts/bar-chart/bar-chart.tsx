import { memo, useMemo, type KeyboardEvent } from 'react';
import type { Announcement, Category, ExchangeRate } from '../../data/schema';
import { Flag } from '../../ui/flag';
import { recordLabel } from '../../ui/record-label';
import { ChartDownloads } from '../../ui/downloads';
import { GDP_BY_CODE } from '../../data/gdp';
import { useI18n } from '../../ui/use-i18n';
import { useSourceLine } from '../../ui/source-line';
import { RadioGroup } from '../../ui/radio-group';
import { METRICS, useViewStore } from '../../state/store';
import { toUsd } from '../../transforms/to-usd';
import { useChartWidth } from '../shared/use-chart-size';
import { useRovingFocus } from '../shared/use-roving-focus';
import { layoutBars, quantityUnit, type BarRow } from './bar-layout';
import { drawnLabel, drawnRows, type DrawnSegment } from './bar-segments';
import { SegmentRect } from './bar-segment-rect';
import { barScaleFitting, isOffScale } from './bar-scale';
import { metricFormat, rowValues } from './bar-values';
import { BarAbsent, BarEmpty, BarHelp, BarValues, CountingNote } from './bar-notes';
import { absentGroups, categoriesWithQuantities, hasBar } from './bar-absent';
import { focusOrder, nextFocusKey } from './bar-navigation';
import { useDrawnMark } from '../shared/drawn-mark';
import '../../ui/card.css';
import '../shared/chart.css';
import './bar-chart.css';

/** A chart this wide or narrower writes donor codes ("US") and three ticks. */
const NARROW_BARS = 480;

interface BarChartProps {
  /** Records that pass the filters and the time window. */
  records: readonly Announcement[];
  /** All records, to offer only categories that have quantities. */
  allRecords: readonly Announcement[];
  rates: ReadonlyMap<string, ExchangeRate>;
  /** The records the search found (others' segments dimmed); null: no search. */
  matches?: ReadonlySet<string> | null;
}

/**
 * Aid by donor group, one segment per record, under the stated counting rules. Memoised: a
 * render of the page that leaves its records as they were (a window not yet applied) skips it.
 */
export const BarChart = memo(function BarChart({
  records,
  allRecords,
  rates,
  matches = null,
}: BarChartProps) {
  const { ref, width, measured } = useChartWidth<HTMLDivElement>();
  useDrawnMark('bars', measured, allRecords.length);
  const metric = useViewStore((s) => s.metric);
  const setMetric = useViewStore((s) => s.setMetric);
  const category = useViewStore((s) => s.quantityCategory);
  const setCategory = useViewStore((s) => s.setQuantityCategory);
  const setHoveredGroup = useViewStore((s) => s.setHoveredGroup);
  const setHovered = useViewStore((s) => s.setHovered);
  const donorFilter = useViewStore((s) => s.donors);
  const setDonors = useViewStore((s) => s.setDonors);
  const pin = useViewStore((s) => s.pin);
  const i18n = useI18n();
  const sourceLine = useSourceLine();
  const { t } = i18n;

  // Donors with nothing to draw are named once under the chart, not given an empty row each.
  const { rows, absent, anyAid } = useMemo(() => {
    const laid = layoutBars(records, rates, metric, category, GDP_BY_CODE);
    const absent = absentGroups(laid, records, metric, category);
    return { rows: laid.filter(hasBar), absent, anyAid: laid.length + absent.length > 0 };
  }, [records, rates, metric, category]);
  const unit = metric === 'quantity' ? quantityUnit(records, category) : null;
  const quantityCategories = useMemo(() => categoriesWithQuantities(allRecords), [allRecords]);
  // Beside the per-donor table (issue 15, point 4) the chart is about 520 px: names still fit.
  const narrow = width < NARROW_BARS;
  // Beside the table (under 640 px) the names and the values take less room, the bars more.
  const labelWidth = narrow ? 96 : width < 640 ? 136 : 190;
  const valueWidth = narrow ? 84 : width < 640 ? 124 : 150;
  const barWidth = Math.max(80, width - labelWidth - valueWidth - 16);
  // Stable while the metric, unit and language are: the scale and the drawn rows depend on it.
  const format = useMemo(() => metricFormat(metric, unit, i18n), [metric, unit, i18n]);
  const scale = useMemo(
    () => barScaleFitting(rows, barWidth, narrow ? 3 : 5, format),
    [rows, barWidth, narrow, format],
  );
  const { x, ticks } = scale;
  // One rectangle per announcement where they can be told apart, per donor and kind where not:
  // a few hundred rectangles however many announcements.
  const drawn = useMemo(() => drawnRows(rows, x, metric !== 'count'), [rows, x, metric]);
  // Labels for what is drawn only (a few hundred, however many announcements), once per drawing.
  const labels = useMemo(() => {
    const labels = new Map<string, string>();
    for (const { committed, delivered } of drawn)
      for (const segment of [...committed, ...delivered])
        labels.set(segment.key, drawnLabel(segment, metric, format, rates, i18n));
    return labels;
  }, [drawn, metric, format, rates, i18n]);

  // Roving focus over segments: one tab stop, arrows move.
  const order = useMemo(() => focusOrder(drawn), [drawn]);
  const focus = useRovingFocus<SVGRectElement>(order.map((part) => part.key));
  const showTooltip = (key: string, record: Announcement) =>
    setHovered(record.id, focus.anchorOf(key));
  const onKeyDown = (event: KeyboardEvent) => {
    const current = order.find((part) => part.key === focus.focusKey);
    if (!current) return;
    if (event.key === 'Enter' || event.key === ' ') pin(current.record.id);
    else {
      const next = nextFocusKey(order, rows, current.key, event.key);
      if (next === null) return;
      focus.moveTo(next);
    }
    event.preventDefault();
  };

  const isFiltered = (row: BarRow) =>
    donorFilter.length === row.donors.length && row.donors.every((d) => donorFilter.includes(d));

  const segmentRect = (segment: DrawnSegment, y: number, height: number) => {
    const { key } = segment;
    const x0 = x(segment.start);
    return (
      <SegmentRect
        key={key}
        segment={segment}
        x={x0}
        width={Math.max(1, x(segment.start + segment.value) - x0)}
        y={y}
        height={height}
        label={labels.get(key)!}
        focusable={key === focus.focusKey}
        refFor={focus.refFor(key)}
        onShow={() => showTooltip(key, segment.record)}
        onHide={() => setHovered(null)}
        dimmed={matches !== null && !segment.records.some((r) => matches.has(r.id))}
        onFocus={() => {
          focus.setActive(key);
          showTooltip(key, segment.record);
        }}
      />
    );
  };

  const rowHeight = metric === 'count' ? 26 : 34;
  /** The chart as it stands, as a standalone SVG document. */
  const draw = async () =>
    (await import('./bar-picture')).barChartPicture({
      rows,
      scale,
      barWidth,
      rowHeight,
      metric,
      category,
      announcements: records.filter((r) => r.kind !== 'deployment').length,
      format,
      rates,
      i18n,
      sourceLine,
      absent,
    });
  return (
    <section className="card chart-card" aria-labelledby="bars-title">
      <div className="card-header">
        <h2 id="bars-title">{t.bars.title}</h2>
        <div className="card-controls">
          <RadioGroup
            label={t.bars.compare}
            options={METRICS.map((value) => ({ value, label: t.bars.metrics[value] }))}
            value={metric}
            onChange={setMetric}
          />
          <ChartDownloads
            name="ukraine-aid-by-donor"
            chartTitle={t.bars.title}
            draw={draw}
            empty={rows.length === 0}
          />
          {metric === 'quantity' && (
            <label className="bar-select">
              {t.bars.category}{' '}
              <select value={category} onChange={(e) => setCategory(e.target.value as Category)}>
                {/* A category without quantities (from a shared link) is shown as chosen, so
                    picking another one is a change. */}
                {(quantityCategories.includes(category)
                  ? quantityCategories
                  : [...quantityCategories, category]
                ).map((c) => (
                  <option key={c} value={c}>
                    {i18n.category(c)}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      </div>
      <BarHelp metric={metric} category={category} unit={unit} />
      <div ref={ref} className="chart-frame" onKeyDown={onKeyDown}>
        {rows.length === 0 ? (
          <BarEmpty metric={metric} category={category} anyAid={anyAid} />
        ) : (
          <div
            role="group"
            aria-label={t.bars.groupLabel(t.bars.metrics[metric])}
            aria-describedby="bars-help"
          >
            <svg width={width} height={22} aria-hidden="true" className="chart-axis">
              {ticks.map((t) => (
                <text key={t} x={labelWidth + x(t)} y={14} textAnchor="middle">
                  {format(t)}
                </text>
              ))}
            </svg>
            {drawn.map(({ row, committed, delivered, references }) => (
              <div
                key={row.group}
                className={`bar-row${isFiltered(row) ? ' selected' : ''}`}
                onPointerEnter={() => setHoveredGroup(row.group)}
                onPointerLeave={() => setHoveredGroup(null)}
              >
                <button
                  type="button"
                  className="bar-label"
                  style={{ width: labelWidth }}
                  aria-pressed={isFiltered(row)}
                  // The name holds the label shown (WCAG 2.5.3): "US: filter to United States".
                  aria-label={
                    narrow
                      ? t.bars.filterToShown(row.donors.join('+'), i18n.group(row.donors))
                      : t.bars.filterTo(i18n.group(row.donors))
                  }
                  onClick={() => setDonors(isFiltered(row) ? [] : row.donors)}
                  onFocus={() => setHoveredGroup(row.group)}
                  onBlur={() => setHoveredGroup(null)}
                >
                  {(!narrow || row.donors.length === 1) && (
                    <span className="lane-flags">
                      {row.donors.map((code) => (
                        <Flag key={code} code={code} />
                      ))}
                    </span>
                  )}
                  <span className="lane-name">
                    {narrow ? row.donors.join('+') : i18n.group(row.donors)}
                  </span>
                </button>
                <svg
                  width={barWidth + 8}
                  height={rowHeight}
                  className="bar-plot"
                  onClick={() => setDonors(isFiltered(row) ? [] : row.donors)}
                >
                  {ticks.map((t) => (
                    <line key={t} x1={x(t)} x2={x(t)} y2={rowHeight} className="chart-grid" />
                  ))}
                  {committed.map((s) => segmentRect(s, 4, metric === 'count' ? rowHeight - 8 : 15))}
                  {delivered.map((s) => segmentRect(s, 21, 9))}
                  {references.map(({ key, record, value, count }) => {
                    const offScale = isOffScale(value, scale);
                    const rx = offScale ? barWidth : x(value);
                    return (
                      <g key={key} className={`bar-reference${offScale ? ' off-scale' : ''}`}>
                        <line x1={rx} x2={rx} y1={1} y2={rowHeight - 1} />
                        <rect
                          ref={focus.refFor(key)}
                          x={rx - 6}
                          y={0}
                          width={12}
                          height={rowHeight}
                          fill="transparent"
                          role="img"
                          aria-label={`${count > 1 ? `${t.bars.referencesMerged(count)} ` : ''}${t.bars.referenceLabel(offScale)}: ${recordLabel(record, toUsd(record, rates), i18n)}`}
                          tabIndex={key === focus.focusKey ? 0 : -1}
                          className="bar-segment"
                          onPointerEnter={() => showTooltip(key, record)}
                          onPointerLeave={() => setHovered(null)}
                          onFocus={() => {
                            focus.setActive(key);
                            showTooltip(key, record);
                          }}
                          onBlur={() => setHovered(null)}
                        />
                        <text
                          x={rx + (rx + 20 > barWidth ? -4 : 4)}
                          y={12}
                          textAnchor={rx + 20 > barWidth ? 'end' : 'start'}
                        >
                          {offScale ? '★ →' : '★'}
                        </text>
                      </g>
                    );
                  })}
                </svg>
                <BarValues
                  values={rowValues(row, metric, format, scale.domainMax, t, references)}
                  narrow={narrow}
                  width={valueWidth}
                  deliveredWord={t.bars.delivered}
                />
              </div>
            ))}
          </div>
        )}
      </div>
      <BarAbsent groups={absent} category={category} />
      <CountingNote metric={metric} />
    </section>
  );
});

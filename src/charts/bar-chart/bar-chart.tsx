import { scaleLinear } from 'd3-scale';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { CATEGORIES, type Announcement, type Category, type ExchangeRate } from '../../data/schema';
import { Flag } from '../../components/flag';
import { recordLabel } from '../../components/record-label';
import { ChartDownloads, type ChartPicture } from '../../components/downloads';
import { GDP_BY_CODE, GDP_TABLE } from '../../data/gdp';
import { ORGANISATION_CODES } from '../../data/codes';
import type { Messages } from '../../i18n/messages';
import { barChartSvg, legendGlyph, legendSwatch, type LegendItem } from '../../export/chart-svg';
import { useI18n } from '../../i18n/use-i18n';
import { useSourceLine } from '../../components/source-line';
import { RadioGroup } from '../../components/radio-group';
import { METRICS, useViewStore } from '../../state/store';
import { toUsd } from '../../transforms/to-usd';
import { KIND_ORDER, KIND_STYLES } from '../shared/kind-style';
import { useChartWidth } from '../shared/use-chart-size';
import { useDrawnMark } from '../shared/drawn-mark';
import { layoutBars, quantityUnit, type BarRow, type Segment } from './bar-layout';

interface BarChartProps {
  /** Records that pass the filters and the time window. */
  records: readonly Announcement[];
  /** All records, to offer only categories that have quantities. */
  allRecords: readonly Announcement[];
  rates: ReadonlyMap<string, ExchangeRate>;
}

/** A donor group with a GDP to divide by: one country in the GDP table. */
function hasGdp(row: BarRow): boolean {
  return row.donors.length === 1 && GDP_BY_CODE.has(row.donors[0]!);
}

const ORGANISATIONS: ReadonlySet<string> = new Set(ORGANISATION_CODES);

/** Why a row has no share of GDP: not one country, or a country the table lacks. */
function noGdpReason(row: BarRow, t: Messages): string {
  return row.donors.length === 1 && !ORGANISATIONS.has(row.donors[0]!)
    ? t.bars.noGdpFigure(String(GDP_TABLE.year))
    : t.bars.noGdp;
}

/** Aid by donor group, one segment per record, under the stated counting rules. */
export function BarChart({ records, allRecords, rates }: BarChartProps) {
  const { ref, width, measured } = useChartWidth<HTMLDivElement>();
  useDrawnMark('bars', measured, allRecords.length);
  const metric = useViewStore((s) => s.metric);
  const setMetric = useViewStore((s) => s.setMetric);
  const category = useViewStore((s) => s.quantityCategory);
  const setCategory = useViewStore((s) => s.setQuantityCategory);
  const setHoveredGroup = useViewStore((s) => s.setHoveredGroup);
  const setHovered = useViewStore((s) => s.setHovered);
  const hoveredId = useViewStore((s) => s.hoveredId);
  const donorFilter = useViewStore((s) => s.donors);
  const setDonors = useViewStore((s) => s.setDonors);
  const pin = useViewStore((s) => s.pin);
  const i18n = useI18n();
  const sourceLine = useSourceLine();
  const { t } = i18n;

  const rows = useMemo(
    () => layoutBars(records, rates, metric, category, GDP_BY_CODE),
    [records, rates, metric, category],
  );
  const unit = metric === 'quantity' ? quantityUnit(records, category) : null;
  const quantityCategories = useMemo(
    () =>
      CATEGORIES.filter((c) =>
        allRecords.some(
          (r) =>
            r.kind !== 'deployment' &&
            r.items.some((i) => i.category === c && i.quantity !== undefined),
        ),
      ),
    [allRecords],
  );
  const narrow = width < 600;
  const labelWidth = narrow ? 96 : 190;
  const valueWidth = narrow ? 84 : 150;
  const barWidth = Math.max(80, width - labelWidth - valueWidth - 16);
  // The scale fits the bars. A running total far beyond them (the Pentagon's $30B against the
  // articles' $3B) would squash every bar to a sliver, so it is drawn at the edge, marked off scale.
  const barMax = Math.max(0, ...rows.map((r) => Math.max(r.committed, r.delivered)));
  const refMax = Math.max(0, ...rows.flatMap((r) => r.references.map((ref) => ref.value)));
  // With nothing to draw the scale still needs a span; otherwise it fits the data, whatever its
  // unit (dollars, counts, or a share of GDP far below 1%).
  const max = (barMax === 0 ? refMax : Math.max(barMax, refMax <= barMax * 2 ? refMax : 0)) || 1;
  const x = scaleLinear().domain([0, max]).range([0, barWidth]).nice();
  const domainMax = x.domain()[1]!;
  const format = (value: number) =>
    metric === 'usd'
      ? i18n.usd(value)
      : metric === 'gdp'
        ? i18n.percent(value)
        : `${i18n.number(Math.round(value))}${unit && unit !== 'pieces' ? ` ${t.units[unit as keyof typeof t.units]}` : ''}`;
  const ticks = x.ticks(narrow ? 3 : 5);

  // Roving focus over segments: one tab stop, arrows move.
  // Every focusable part of the chart in reading order: committed, delivered, running totals.
  const segmentsInOrder = rows.flatMap((row) => [
    ...row.committedSegments.map((s) => ({
      row: row.group,
      id: `${row.group}:c:${s.record.id}`,
      record: s.record,
    })),
    ...row.deliveredSegments.map((s) => ({
      row: row.group,
      id: `${row.group}:d:${s.record.id}`,
      record: s.record,
    })),
    ...row.references.map((r) => ({
      row: row.group,
      id: `${row.group}:r:${r.record.id}`,
      record: r.record,
    })),
  ]);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const refs = useRef(new Map<string, SVGRectElement>());
  const focusKey = segmentsInOrder.some((s) => s.id === activeKey)
    ? activeKey
    : segmentsInOrder[0]?.id;

  const showTooltip = (key: string, record: Announcement) => {
    const box = refs.current.get(key)?.getBoundingClientRect();
    setHovered(record.id, box ? { x: box.left + box.width / 2, y: box.top } : null);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const at = segmentsInOrder.findIndex((s) => s.id === focusKey);
    if (at < 0) return;
    let next = at;
    if (event.key === 'ArrowRight') next = Math.min(segmentsInOrder.length - 1, at + 1);
    else if (event.key === 'ArrowLeft') next = Math.max(0, at - 1);
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const rowIndex = rows.findIndex((r) => r.group === segmentsInOrder[at]!.row);
      const target = rows[rowIndex + (event.key === 'ArrowDown' ? 1 : -1)];
      if (target) next = segmentsInOrder.findIndex((s) => s.row === target.group);
    } else if (event.key === 'Enter' || event.key === ' ') {
      pin(segmentsInOrder[at]!.record.id);
    } else return;
    event.preventDefault();
    const key = segmentsInOrder[next]!.id;
    setActiveKey(key);
    refs.current.get(key)?.focus();
  };

  const isFiltered = (row: BarRow) =>
    donorFilter.length === row.donors.length && row.donors.every((d) => donorFilter.includes(d));

  const segmentRect = (
    row: BarRow,
    segment: Segment,
    kind: 'c' | 'd',
    y: number,
    height: number,
  ) => {
    const key = `${row.group}:${kind}:${segment.record.id}`;
    const style = KIND_STYLES[segment.record.kind];
    const x0 = x(segment.start);
    const w = Math.max(1, x(segment.start + segment.value) - x0);
    const usd = toUsd(segment.record, rates);
    return (
      <rect
        key={key}
        ref={(el) => {
          if (el) refs.current.set(key, el);
          else refs.current.delete(key);
        }}
        x={x0}
        y={y}
        width={w}
        height={height}
        fillOpacity={kind === 'c' ? 0.85 : 1}
        style={{ fill: style.paint, stroke: 'var(--card)' }}
        strokeWidth={1}
        role="img"
        aria-label={`${kind === 'd' ? t.bars.segmentDelivered : metric === 'count' ? t.bars.segmentAnnouncement : t.bars.segmentCommitted}: ${recordLabel(segment.record, usd, i18n)}`}
        tabIndex={key === focusKey ? 0 : -1}
        className={`segment${hoveredId === segment.record.id ? ' emphasised' : ''}`}
        onPointerEnter={() => showTooltip(key, segment.record)}
        onPointerLeave={() => setHovered(null)}
        onFocus={() => {
          setActiveKey(key);
          showTooltip(key, segment.record);
        }}
        onBlur={() => setHovered(null)}
      />
    );
  };

  const rowHeight = metric === 'count' ? 26 : 34;
  /** What a row says after its bars, in words (the same words as on screen). */
  const valueLines = (row: BarRow) => {
    const parts: string[] = [];
    if (row.committed > 0) parts.push(format(row.committed));
    else if (row.references.length === 0)
      parts.push(metric === 'gdp' && !hasGdp(row) ? noGdpReason(row, t) : t.bars.noSum);
    if (metric !== 'count' && row.delivered > 0)
      parts.push(`${t.bars.delivered} ${format(row.delivered)}`);
    for (const r of row.references)
      parts.push(
        `★ ${format(r.value)} ${t.bars.runningTotal}${r.value > domainMax ? ` ${t.bars.offScale}` : ''}`,
      );
    return parts;
  };
  /** The chart as it stands, as a standalone SVG document (names written out, no flags). */
  const draw = (): ChartPicture => {
    const exportLabel = 190;
    const exportBars = Math.max(240, barWidth);
    const ex = x.copy().range([0, exportBars]);
    const segment = (s: Segment, y: number, height: number, delivered = false) => ({
      x: ex(s.start),
      y,
      width: Math.max(1, ex(s.start + s.value) - ex(s.start)),
      height,
      color: KIND_STYLES[s.record.kind].color,
      label: `${delivered ? t.bars.segmentDelivered : metric === 'count' ? t.bars.segmentAnnouncement : t.bars.segmentCommitted}: ${recordLabel(s.record, toUsd(s.record, rates), i18n)}`,
    });
    const drawnKinds = new Set(
      rows.flatMap((row) =>
        [...row.committedSegments, ...row.deliveredSegments].map((s) => s.record.kind),
      ),
    );
    const legend: LegendItem[] = KIND_ORDER.filter((kind) => drawnKinds.has(kind)).map((kind) => ({
      key: legendSwatch(KIND_STYLES[kind].color),
      label: i18n.kind(kind),
    }));
    if (metric !== 'count' && rows.some((row) => row.deliveredSegments.length > 0))
      legend.unshift({
        key: '<rect x="-6" y="-6" width="12" height="7" fill="#9aa4ae"/><rect x="-6" y="2" width="12" height="4" fill="#9aa4ae"/>',
        label: t.downloads.barsKey,
      });
    if (rows.some((row) => row.references.length > 0))
      legend.push({ key: legendGlyph('★'), label: t.bars.referenceLabel(false) });
    return barChartSvg({
      title: `${t.title}: ${t.bars.title}`,
      subtitle: `${t.bars.metrics[metric]}${metric === 'quantity' ? `: ${i18n.category(category)}` : ''} · ${t.summary.announcements(records.filter((r) => r.kind !== 'deployment').length)}`,
      legend,
      sourceLine:
        metric === 'gdp'
          ? `${sourceLine}. ${t.bars.gdpSourceLine(String(GDP_TABLE.year))}`
          : sourceLine,
      width: exportLabel + exportBars + 300,
      labelWidth: exportLabel,
      barWidth: exportBars,
      rowHeight,
      ticks: ticks.map((tick) => ({ x: ex(tick), label: format(tick) })),
      rows: rows.map((row) => ({
        label: i18n.group(row.donors),
        segments: [
          ...row.committedSegments.map((s) =>
            segment(s, 4, metric === 'count' ? rowHeight - 8 : 15),
          ),
          ...(metric === 'count' ? [] : row.deliveredSegments.map((s) => segment(s, 21, 9, true))),
        ],
        references: row.references.map((r) => ({
          x: r.value > domainMax ? exportBars : ex(r.value),
          offScale: r.value > domainMax,
        })),
        valueLines: valueLines(row),
        muted: row.committed === 0 && row.references.length === 0,
      })),
    });
  };
  return (
    <section className="card chart-card" aria-labelledby="bars-title">
      <div className="chart-header">
        <h2 id="bars-title">{t.bars.title}</h2>
        <div className="chart-controls">
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
            <label className="select-label">
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
      <p className="hint" id="bars-help">
        {metric === 'usd' && t.bars.helpUsd}
        {metric === 'gdp' && t.bars.helpGdp(String(GDP_TABLE.year), t.bars.gdpSource)}
        {metric === 'count' && t.bars.helpCount}
        {metric === 'quantity' &&
          t.bars.helpQuantity(
            i18n.category(category),
            unit ? t.units[unit as keyof typeof t.units] : null,
          )}
        {t.bars.helpEach}
      </p>
      <div ref={ref} className="chart-frame" onKeyDown={onKeyDown}>
        {rows.length === 0 ? (
          <p className="empty">{t.bars.empty}</p>
        ) : (
          <div
            role="group"
            aria-label={t.bars.groupLabel(t.bars.metrics[metric])}
            aria-describedby="bars-help"
          >
            <svg width={width} height={22} aria-hidden="true" className="axis">
              {ticks.map((t) => (
                <text key={t} x={labelWidth + x(t)} y={14} textAnchor="middle">
                  {format(t)}
                </text>
              ))}
            </svg>
            {rows.map((row) => (
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
                  aria-label={t.bars.filterTo(i18n.group(row.donors))}
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
                  className="bars"
                  onClick={() => setDonors(isFiltered(row) ? [] : row.donors)}
                >
                  {ticks.map((t) => (
                    <line key={t} x1={x(t)} x2={x(t)} y1={0} y2={rowHeight} className="grid" />
                  ))}
                  {row.committedSegments.map((s) =>
                    segmentRect(row, s, 'c', 4, metric === 'count' ? rowHeight - 8 : 15),
                  )}
                  {metric !== 'count' &&
                    row.deliveredSegments.map((s) => segmentRect(row, s, 'd', 21, 9))}
                  {row.references.map(({ record, value }) => {
                    const key = `${row.group}:r:${record.id}`;
                    const offScale = value > domainMax;
                    const rx = offScale ? barWidth : x(value);
                    return (
                      <g key={key} className={`reference${offScale ? ' off-scale' : ''}`}>
                        <line x1={rx} x2={rx} y1={1} y2={rowHeight - 1} />
                        <rect
                          ref={(el) => {
                            if (el) refs.current.set(key, el);
                            else refs.current.delete(key);
                          }}
                          x={rx - 6}
                          y={0}
                          width={12}
                          height={rowHeight}
                          fill="transparent"
                          role="img"
                          aria-label={`${t.bars.referenceLabel(offScale)}: ${recordLabel(record, toUsd(record, rates), i18n)}`}
                          tabIndex={key === focusKey ? 0 : -1}
                          className="segment"
                          onPointerEnter={() => showTooltip(key, record)}
                          onPointerLeave={() => setHovered(null)}
                          onFocus={() => {
                            setActiveKey(key);
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
                <span className="bar-value" style={{ width: valueWidth }}>
                  {row.committed > 0
                    ? format(row.committed)
                    : row.references.length === 0 && (
                        <span className="muted">
                          {metric === 'gdp' && !hasGdp(row)
                            ? noGdpReason(row, t)
                            : narrow
                              ? t.bars.noSumShort
                              : t.bars.noSum}
                        </span>
                      )}
                  {metric !== 'count' && row.delivered > 0 && (
                    <span className="delivered">
                      {' '}
                      {narrow ? '' : `${t.bars.delivered} `}
                      {format(row.delivered)}
                    </span>
                  )}
                  {row.references.map((r) => (
                    <span key={r.record.id} className="delivered">
                      {' '}
                      ★ {format(r.value)} {t.bars.runningTotal}
                      {r.value > domainMax ? ` ${t.bars.offScale}` : ''}
                    </span>
                  ))}
                </span>
              </div>
            ))}
          </div>
        )}
      </div>
      <details className="counting-note">
        <summary>{t.bars.howCounted}</summary>
        <ul>
          {t.bars.rules.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
          {metric === 'gdp' && (
            <li>
              {t.bars.helpGdp(String(GDP_TABLE.year), t.bars.gdpSource)}{' '}
              <span lang="en">
                {GDP_TABLE.source}. {GDP_TABLE.note}
              </span>
            </li>
          )}
        </ul>
      </details>
    </section>
  );
}

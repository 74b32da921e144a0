import { csvDocument } from '../../export/records-export';
import { isoDayOf } from '../../data/days';
import type { Language } from '../../i18n/language';
import { groupName } from '../../i18n/format';
import type { RunningMode, RunningSeriesSet } from './running-series';

/** The columns of the series CSV, in order (names fixed, in English, as every download's). */
export const RUNNING_CSV_COLUMNS = [
  'series',
  'donor_codes',
  'donor_names',
  'date',
  'point',
  'running_total_usd',
  'added_usd',
  'record_id',
  'kind',
] as const;

const usd = (value: number) => String(Math.round(value * 100) / 100);

/**
 * The lines as a spreadsheet reads them: one row per step (every step, not the thinned drawing)
 * and per reported running total (`point` = `reported`, never added, `added_usd` empty), line
 * by line in the chart's order, each in date order. Same conventions as the records CSV.
 */
export function runningToCsv(set: RunningSeriesSet, mode: RunningMode, language: Language): string {
  const rows: string[][] = [];
  for (const series of set.series) {
    const names = groupName(series.donors, language);
    const row = (
      t: number,
      point: string,
      total: number,
      added: string,
      id: string,
      kind: string,
    ) => [mode, series.group, names, isoDayOf(t), point, usd(total), added, id, kind];
    const steps = series.points.map((p) => ({
      at: p.t,
      row: row(p.t, 'step', p.value, usd(p.added), p.record.id, p.record.kind),
    }));
    const refs = series.references.map((r) => ({
      at: r.t,
      row: row(r.t, 'reported', r.value, '', r.record.id, r.record.kind),
    }));
    rows.push(...[...steps, ...refs].sort((a, b) => a.at - b.at).map((e) => e.row));
  }
  return csvDocument(RUNNING_CSV_COLUMNS, rows);
}

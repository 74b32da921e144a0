import { useContext, useState } from 'react';
import type { Announcement, ExchangeRate, SourceMeta } from '../data/schema';
import type { I18n } from '../i18n/i18n';
import { useI18n } from './use-i18n';
import { DatasetNameContext, useSourceLine } from './source-line';
import { readParam } from '../data/address';
import './controls.css';

/** Today in the reader's own time zone, for file names (not UTC: 00:30 in Amsterdam is today). */
const today = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

/** The writers, loaded on the first download (a chunk of their own). */
type Writers = typeof import('../export/writers');
const writers = (): Promise<Writers> => import('../export/writers');

/** Why a download failed, in the reader's language. */
function failure(reason: unknown, w: Writers | null, t: I18n['t']): string {
  return t.downloads.failed(
    w && reason instanceof w.PictureError
      ? t.downloads.pictureFailed[reason.step]
      : reason instanceof Error
        ? reason.message
        : String(reason),
  );
}

/** CSV (a record a row, and an item a row) and JSON of the records in view, in the table's order. */
export function TableDownloads({
  records,
  rates,
  sources,
  exchangeRates,
}: {
  records: readonly Announcement[];
  rates: ReadonlyMap<string, ExchangeRate>;
  sources: readonly SourceMeta[];
  exchangeRates: readonly ExchangeRate[];
}) {
  const { t, language } = useI18n();
  const sourceLine = useSourceLine();
  const datasetName = useContext(DatasetNameContext);
  const disabled = records.length === 0;
  return (
    <div role="group" aria-label={`${t.downloads.label}: ${t.views.table}`} className="downloads">
      <span className="segmented-label" aria-hidden="true">
        {t.downloads.label}
      </span>
      <TextDownload
        label={t.downloads.csv}
        disabled={disabled}
        stem="ukraine-aid-records"
        ext="csv"
        type="text/csv;charset=utf-8"
        text={(w) => w.recordsToCsv(records, rates, sources)}
      />
      <TextDownload
        label={t.downloads.itemsCsv}
        hint={t.downloads.itemsCsvHint}
        disabled={disabled}
        stem="ukraine-aid-items"
        ext="csv"
        type="text/csv;charset=utf-8"
        text={(w) => w.itemsToCsv(records, language)}
      />
      <TextDownload
        label={t.downloads.json}
        disabled={disabled}
        stem="ukraine-aid-records"
        ext="json"
        type="application/json;charset=utf-8"
        text={(w) =>
          w.recordsToJson({
            records,
            rates,
            sources,
            exchangeRates,
            title: t.title,
            sourceLine: sourceLine,
            // The address restores the view of the built-in data or of a ?data= dataset; a
            // file from the reader's disk has no address that brings it back.
            url:
              datasetName !== null && readParam(window.location.search, 'data') === null
                ? null
                : window.location.href,
            exportedAt: new Date().toISOString(),
          })
        }
      />
    </div>
  );
}

/** A button that saves a text file, written only when it is pressed. */
function TextDownload({
  label,
  hint,
  disabled,
  stem,
  ext,
  type,
  text,
}: {
  label: string;
  hint?: string;
  disabled: boolean;
  /** The file is named `<stem>-<today>.<ext>`, dated when it is saved. */
  stem: string;
  ext: 'csv' | 'json';
  type: string;
  /** The file's text; a chart may load the code that writes it on demand (a promise). */
  text: (writers: Writers) => string | Promise<string>;
}) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setError(null);
    let w: Writers | null = null;
    try {
      w = await writers();
      w.downloadText(w.exportFileName(stem, ext, today()), await text(w), type);
    } catch (reason) {
      setError(failure(reason, w, t));
    }
  };
  return (
    <>
      <button
        type="button"
        className="control-button"
        disabled={disabled}
        title={hint}
        onClick={() => void save()}
      >
        {label}
      </button>
      {error && (
        <span role="alert" className="download-error">
          {error}
        </span>
      )}
    </>
  );
}

/** A chart drawn as a standalone SVG document, and the size it is drawn at. */
export interface ChartPicture {
  svg: string;
  width: number;
  height: number;
}

/** SVG and PNG (twice the screen's resolution) of a chart, self-contained. */
export function ChartDownloads({
  name,
  chartTitle,
  draw,
  empty = false,
  csv,
}: {
  /** The file name's stem, e.g. "ukraine-aid-timeline". */
  name: string;
  chartTitle: string;
  /** The picture; a chart may load its drawing code on demand (a promise). */
  draw: () => ChartPicture | Promise<ChartPicture>;
  /** Nothing is drawn: there is no picture worth saving. */
  empty?: boolean;
  /** The chart's numbers as a CSV too, written when the button is pressed. */
  csv?: { text: () => string | Promise<string>; hint: string };
}) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const save = async (format: 'svg' | 'png') => {
    setError(null);
    let w: Writers | null = null;
    try {
      w = await writers();
      const picture = await draw();
      const file = w.exportFileName(name, format, today());
      if (format === 'svg') w.downloadText(file, picture.svg, 'image/svg+xml');
      else {
        const scale = 2 * Math.max(1, window.devicePixelRatio || 1);
        w.downloadBlob(
          file,
          await w.svgToPngBlob(picture.svg, picture.width, picture.height, scale),
        );
      }
    } catch (reason) {
      setError(failure(reason, w, t));
    }
  };
  return (
    <div role="group" aria-label={`${t.downloads.label}: ${chartTitle}`} className="downloads">
      <span className="segmented-label" aria-hidden="true">
        {t.downloads.label}
      </span>
      <button
        type="button"
        className="control-button"
        disabled={empty}
        onClick={() => void save('svg')}
      >
        {t.downloads.svg}
      </button>
      <button
        type="button"
        className="control-button"
        disabled={empty}
        onClick={() => void save('png')}
      >
        {t.downloads.png}
      </button>
      {csv && (
        <TextDownload
          label={t.downloads.csv}
          hint={csv.hint}
          disabled={empty}
          stem={name}
          ext="csv"
          type="text/csv;charset=utf-8"
          text={csv.text}
        />
      )}
      {error && (
        <span role="alert" className="download-error">
          {error}
        </span>
      )}
    </div>
  );
}

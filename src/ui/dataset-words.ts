import { isolate } from '../data/bidi';
import type { UserDataset } from '../data/load-user-dataset';
import type { I18n } from '../i18n/i18n';
import { summarise } from '../transforms/summary';

/** How the page names and introduces the dataset on show: the heading, the lede, the footer. */
export interface DatasetWords {
  /** The page's heading (h1). */
  title: string;
  /** The browser tab's title. */
  documentTitle: string;
  lede: string;
  footer: string;
}

/**
 * The words for the built-in dataset (the five articles), or for a reader's own file: its name,
 * how many records and sources it holds, their date span, and where its dollars come from. A
 * reader's file is never described as the five curated articles.
 */
export function datasetWords(i18n: I18n, own: UserDataset | null): DatasetWords {
  const { t } = i18n;
  const dataset = own?.result.dataset;
  if (!own || !dataset)
    return { title: t.title, documentTitle: t.title, lede: t.lede, footer: t.footer };
  const name = isolate(own.name);
  const summary = summarise(dataset.announcements);
  const span =
    summary.firstDate && summary.lastDate
      ? `${i18n.day(summary.firstDate)} – ${i18n.day(summary.lastDate)}`
      : null;
  const checked = dataset.sources.filter((source) => own.verifiedSources.has(source.id)).length;
  return {
    title: t.own.title(name),
    documentTitle: t.own.documentTitle(name),
    lede: t.own.lede({
      name,
      records: summary.records,
      sources: dataset.sources.length,
      span,
      checked,
    }),
    footer: t.own.footer(name, own.format),
  };
}

import { isolate } from './bidi';
import { fileProblem, type Problem } from './problem';
import { rateKey } from './rates';
import type { Dataset, SourceMeta } from './schema';

/** Texts of the articles, by source id. */
export type SourceTexts = ReadonlyMap<string, string>;

/**
 * The earliest date an event may carry. Russia's war on Ukraine, and the military aid this tool
 * is about, began in 2014; an earlier date in a dataset is almost always a typo (2002 for 2022).
 */
export const EARLIEST_DATE = '2014-01-01';

/** The dates (YYYY-MM-DD) or months (YYYY-MM), inclusive, a dataset may carry. */
export interface DateRange {
  min: string;
  max: string;
}

/**
 * What is wrong with a date or month outside `range`, or null. `now` names the range's end in
 * the message: "today" for days, "this month" for months.
 */
export function outOfRange(date: string, { min, max }: DateRange, now = 'today'): string | null {
  if (date < min)
    return `${date} is before ${min}, when the war this tool covers began; is the year a typo?`;
  if (date > max) return `${date} is in the future (${now} is ${max}); is the year a typo?`;
  return null;
}

/**
 * Checks the file's list of sources (ids unique, publication months in range and as the
 * article's date line says, a text for each when `requireTexts`); returns the sources by id.
 */
export function checkSources(
  sources: readonly SourceMeta[],
  texts: SourceTexts,
  problems: Problem[],
  requireTexts: boolean,
  range: DateRange,
): Map<string, SourceMeta> {
  const months: DateRange = { min: range.min.slice(0, 7), max: range.max.slice(0, 7) };
  const byId = new Map<string, SourceMeta>();
  sources.forEach((source, i) => {
    const outside = outOfRange(source.published, months, 'this month');
    if (outside) problems.push(fileProblem(`sources[${i}].published`, outside));
    if (byId.has(source.id)) {
      problems.push(fileProblem(`sources[${i}].id`, `duplicate source id "${isolate(source.id)}"`));
      return;
    }
    byId.set(source.id, source);
    const text = texts.get(source.id);
    if (text === undefined) {
      if (!requireTexts) return;
      problems.push(
        fileProblem(
          `sources[${i}].file`,
          `no text found for source "${isolate(source.id)}" (${isolate(source.file)})`,
        ),
      );
      return;
    }
    const dateLine = /^\s*date (\d{4}-\d{2})/.exec(text);
    if (dateLine && dateLine[1] !== source.published)
      problems.push(
        fileProblem(
          `sources[${i}].published`,
          `is ${source.published} but the text's date line says ${dateLine[1]}`,
        ),
      );
  });
  return byId;
}

/** Reports a second exchange rate for the same currency and month. */
export function checkRateDuplicates(rates: Dataset['exchangeRates'], problems: Problem[]) {
  const seen = new Set<string>();
  rates.forEach((rate, i) => {
    const key = rateKey(rate.currency, rate.month);
    if (seen.has(key))
      problems.push(
        fileProblem(`exchangeRates[${i}]`, `second rate for ${rate.currency} in ${rate.month}`),
      );
    seen.add(key);
  });
}

import type { ArticleInput, FoundDate } from './candidate';
import { firstDay, formatDay, formatMonth, lastDay } from './calendar';
import {
  ABSOLUTE_MATCHERS,
  day,
  span,
  type Context,
  type Matcher,
  type Resolved,
} from './date-matchers';
import { RELATIVE_MATCHERS } from './date-matchers-relative';

/**
 * Date phrases and the dates they give, worked out from the phrase and the article's
 * publication date: "24 februari", "in augustus", "in 2019", "vrijdag", "vorige week", "twee
 * dagen nadat … op 24 februari", "binnen de zes dagen na de invasie", "een paar maanden
 * geleden", "gisteren", and their English equivalents. Each comes with the reasoning in words.
 *
 * A weekday or "vorige week" needs the article's day. It is the publication date when that
 * names a day; otherwise the latest day the text itself dates within its publication month
 * ("de eerste verjaardag van het Russische offensief" in February 2023). When neither is known,
 * the phrase gives the span it may fall in, at the grain of a month, and says so.
 */

const MATCHERS: Matcher[] = [...ABSOLUTE_MATCHERS, ...RELATIVE_MATCHERS];

/** The day weekdays are counted from: the publication day, or the latest day the text dates in its month. */
function referenceOf(article: ArticleInput, hits: readonly FoundDate[]): Context['reference'] {
  if (/^\d{4}-\d{2}-\d{2}$/.test(article.published))
    return {
      day: article.published,
      strict: true,
      why: `published ${formatDay(article.published)}`,
    };
  const month = article.published.slice(0, 7);
  const inMonth = hits.filter(
    (h) => h.date.precision === 'day' && h.date.start.slice(0, 7) === month,
  );
  const latest = inMonth.sort((a, b) => (a.date.start < b.date.start ? 1 : -1))[0];
  if (!latest) return null;
  return {
    day: latest.date.start,
    strict: false,
    why: `whose latest dated event is ${formatDay(latest.date.start)} ('${latest.text}')`,
  };
}

function scan(article: ArticleInput, reference: Context['reference']): FoundDate[] {
  const ctx: Context = { article, month: article.published.slice(0, 7), reference, previous: null };
  const raw: Array<{
    start: number;
    end: number;
    text: string;
    matcher: Matcher;
    m: RegExpMatchArray;
  }> = [];
  for (const matcher of MATCHERS)
    for (const m of article.text.matchAll(matcher.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (raw.some((r) => start < r.end && r.start < end)) continue;
      raw.push({ start, end, text: m[0], matcher, m });
    }
  raw.sort((a, b) => a.start - b.start);
  const found: FoundDate[] = [];
  for (const r of raw) {
    const resolved = r.matcher.resolve(r.m, ctx);
    if (!resolved || resolved.date.end.slice(0, 7) > ctx.month) continue; // events, not plans
    found.push({ start: r.start, end: r.end, text: r.text, ...resolved });
    if (resolved.date.precision === 'day')
      ctx.previous = { day: resolved.date.start, text: r.text };
  }
  return found;
}

const cache = new Map<string, { found: FoundDate[]; reference: Context['reference'] }>();

function analyse(article: ArticleInput) {
  const key = `${article.published}\u0000${article.language}\u0000${article.text}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const reference = referenceOf(article, scan(article, null));
  const result = { found: scan(article, reference), reference };
  if (cache.size > 20) cache.clear();
  cache.set(key, result);
  return result;
}

/** Every date phrase of the article, in order, each with its date and how it was worked out. */
export function findDates(article: ArticleInput): FoundDate[] {
  return analyse(article).found;
}

/**
 * The date of a sentence that names none, when nothing before it does either: the article's
 * day, or its latest dated event, when known; otherwise its month.
 */
export function articleDate(article: ArticleInput): Resolved {
  const { reference } = analyse(article);
  const month = article.published.slice(0, 7);
  if (reference)
    return day(
      reference.day,
      'inferred',
      `no date in the text: the article's day, ${reference.why.replace(/^whose /, 'its ')}: ${formatDay(reference.day)}`,
    );
  return span(
    firstDay(month),
    lastDay(month),
    'month',
    'inferred',
    `no date in the text: the article's month, ${formatMonth(month)}`,
  );
}

import type { ArticleInput, FoundDate } from './candidate';
import { addDays, firstDay, formatDay, formatMonth, lastDay } from './calendar';
import { EVENTS, MONTH, monthNumber, smallNumber } from './date-words';

/** The shared parts of the date matchers, and those that read a date printed in the text. */

export type Resolved = { date: FoundDate['date']; reasoning: string };
export interface Context {
  article: ArticleInput;
  month: string;
  /** The day "vrijdag" and "vorige week" count from, and where it comes from. */
  reference: { day: string; strict: boolean; why: string } | null;
  /** The last single day found so far, for "twee dagen later". */
  previous: { day: string; text: string } | null;
}

export const N = '(\\d{1,2}|[\\p{L}]+(?:-[\\p{L}]+)?)';
export const EVENT = `(?:${EVENTS.map((e) => e.pattern).join('|')})`;
export const DAY_MONTH = `(?:(\\d{1,2})\\s+(${MONTH})(?:,?\\s+(\\d{4}))?|(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s+(\\d{4}))?)(?!\\d)`;
export const W = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${s})(?![\\p{L}\\p{N}])`, 'gu');

export const day = (d: string, basis: 'explicit' | 'inferred', reasoning: string): Resolved => ({
  date: { start: d, end: d, precision: 'day', basis },
  reasoning,
});
export const span = (
  start: string,
  end: string,
  precision: 'week' | 'month' | 'year',
  basis: 'explicit' | 'inferred',
  reasoning: string,
): Resolved => ({ date: { start, end, precision, basis }, reasoning });

export const ofArticle = (ctx: Context) => `in an article of ${formatMonth(ctx.month)}`;

/** The day a "24 februari" (or "February 24") match names; its year inferred when not printed. */
export function dayMonth(
  m: RegExpMatchArray,
  at: number,
  ctx: Context,
): { day: string; explicit: boolean } | null {
  const dd = Number(m[at] ?? m[at + 4]);
  const month = monthNumber((m[at + 1] ?? m[at + 3])!);
  const printedYear = m[at + 2] ?? m[at + 5];
  const [py, pm] = ctx.month.split('-').map(Number) as [number, number];
  const year = printedYear ? Number(printedYear) : month > pm ? py - 1 : py;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
  if (dd < 1 || dd > Number(lastDay(iso.slice(0, 7)).slice(8))) return null;
  return { day: iso, explicit: printedYear !== undefined };
}

/** An anchor inside a relative phrase: a printed day or a known event. */
export function anchor(text: string, ctx: Context): { day: string; text: string } | null {
  const dm = new RegExp(DAY_MONTH, 'u').exec(text);
  if (dm) {
    const found = dayMonth(dm, 1, ctx);
    if (found) return { day: found.day, text: dm[0] };
  }
  for (const event of EVENTS) {
    const e = new RegExp(event.pattern, 'u').exec(text);
    if (e && event.day.slice(0, 7) <= ctx.month) return { day: event.day, text: event.name };
  }
  return null;
}

/**
 * The latest day the text names before `at`, a printed day ("op 24 februari") or a known event
 * ("de invasie"), for a phrase that counts from what came before ("in minder dan een week").
 */
export function anchorBefore(at: number, ctx: Context): { day: string; text: string } | null {
  const before = ctx.article.text.slice(0, at);
  let latest: { day: string; text: string; at: number } | null = null;
  for (const m of before.matchAll(new RegExp(`${DAY_MONTH}|${EVENT}`, 'gu'))) {
    const found = anchor(m[0], ctx);
    if (found && (!latest || m.index >= latest.at)) latest = { ...found, at: m.index };
  }
  return latest && { day: latest.day, text: latest.text };
}

export function unitDays(unit: string): number {
  return /^(week|weken|weeks?)$/i.test(unit) ? 7 : 1;
}

/** "2 days", "1 week": the notes are English whatever the article's language ("twee dagen"). */
export function englishUnits(n: number, unit: string): string {
  const word = unitDays(unit) === 7 ? 'week' : 'day';
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export interface Matcher {
  re: RegExp;
  resolve: (m: RegExpMatchArray, ctx: Context) => Resolved | null;
}

/** Phrases that print a date, or count from one: "twee dagen nadat … op 24 februari", "in augustus", "in 2019". */
export const ABSOLUTE_MATCHERS: Matcher[] = [
  {
    // "twee dagen nadat … op 24 februari", "binnen de zes dagen na de invasie", "two days after 24 February"
    re: W(
      `(?:([Bb]innen|[Ww]ithin)\\s+(?:de\\s+|the\\s+)?)?${N}\\s+(dagen|dag|weken|week|days?|weeks?)\\s+(nadat|na|after|voordat|voor|before|of)\\s+[^.;]{0,90}?(?:${DAY_MONTH}|${EVENT})`,
    ),
    resolve: (m, ctx) => {
      const n = smallNumber(m[2]!);
      const from = anchor(m[0].slice(m[0].indexOf(m[4]!) + m[4]!.length), ctx);
      if (n === null || !from) return null;
      const days = n * unitDays(m[3]!);
      const before = /^(voordat|voor|before)$/i.test(m[4]!);
      if (m[1]) {
        const end = addDays(from.day, days);
        return span(
          from.day,
          end,
          days <= 7 ? 'week' : 'month',
          'inferred',
          `'${m[0]}': from ${formatDay(from.day)} (${from.text}) to ${formatDay(end)}`,
        );
      }
      const d = addDays(from.day, before ? -days : days);
      return day(
        d,
        'inferred',
        `'${m[0]}': ${englishUnits(n, m[3]!)} ${before ? 'before' : 'after'} ${formatDay(from.day)}: ${formatDay(d)}`,
      );
    },
  },
  {
    // "(nog eens) twee dagen later", "two days later"
    re: W(`${N}\\s+(dagen|weken|days|weeks)\\s+(later|eerder|earlier)`),
    resolve: (m, ctx) => {
      const n = smallNumber(m[1]!);
      if (n === null || !ctx.previous) return null;
      const sign = /later/i.test(m[3]!) ? 1 : -1;
      const d = addDays(ctx.previous.day, sign * n * unitDays(m[2]!));
      return day(
        d,
        'inferred',
        `'${m[0]}', counted from ${formatDay(ctx.previous.day)} ('${ctx.previous.text}') before it: ${formatDay(d)}`,
      );
    },
  },
  {
    // "de eerste verjaardag van het Russische offensief", "the first anniversary of the invasion"
    re: W(
      `(?:de\\s+|the\\s+)?(eerste|tweede|derde|first|second|third)\\s+(?:verjaardag|anniversary)\\s+(?:van|of)\\s+${EVENT}`,
    ),
    resolve: (m, ctx) => {
      const years =
        (['eerste', 'tweede', 'derde', 'first', 'second', 'third'].indexOf(m[1]!.toLowerCase()) %
          3) +
        1;
      const from = anchor(m[0], ctx);
      if (!from) return null;
      const d = `${Number(from.day.slice(0, 4)) + years}${from.day.slice(4)}`;
      return day(d, 'inferred', `'${m[0]}': ${years} year(s) after ${from.text}: ${formatDay(d)}`);
    },
  },
  {
    re: W(DAY_MONTH),
    resolve: (m, ctx) => {
      const found = dayMonth(m, 1, ctx);
      if (!found) return null;
      const why = found.explicit
        ? `'${m[0]}' names the day: ${formatDay(found.day)}`
        : `'${m[0]}' ${ofArticle(ctx)}, the latest such day not after it: ${formatDay(found.day)}`;
      return day(found.day, found.explicit ? 'explicit' : 'inferred', why);
    },
  },
  {
    // "na de invasie", "since the invasion": from the event to the article's month
    re: W(`(?:[Nn]a|[Ss]inds|[Ss]ince|[Aa]fter)\\s+${EVENT}`),
    resolve: (m, ctx) => {
      const from = anchor(m[0], ctx);
      if (!from) return null;
      return span(
        from.day,
        lastDay(ctx.month),
        'month',
        'inferred',
        `'${m[0]}' ${ofArticle(ctx)}: from ${formatDay(from.day)} (${from.text}) to the end of ${formatMonth(ctx.month)}`,
      );
    },
  },
  {
    // "augustus 2021", "in augustus", "eind november", "in August"
    re: W(`(${MONTH})(?:\\s+(\\d{4}))?`),
    resolve: (m, ctx) => {
      const month = monthNumber(m[1]!);
      const [py, pm] = ctx.month.split('-').map(Number) as [number, number];
      const year = m[2] ? Number(m[2]) : month > pm ? py - 1 : py;
      const ym = `${year}-${String(month).padStart(2, '0')}`;
      const why = m[2]
        ? `'${m[0]}' names the month: ${formatMonth(ym)}`
        : `'${m[0]}' ${ofArticle(ctx)}, the latest such month not after it: ${formatMonth(ym)}`;
      return span(firstDay(ym), lastDay(ym), 'month', m[2] ? 'explicit' : 'inferred', why);
    },
  },
  {
    re: W(`(?<![$€£]\\s?)(19[5-9]\\d|20\\d\\d)(?![.,]\\d)`),
    resolve: (m) =>
      span(`${m[1]}-01-01`, `${m[1]}-12-31`, 'year', 'explicit', `'${m[0]}' names the year`),
  },
];

import {
  addDays,
  addMonths,
  firstDay,
  formatDay,
  formatMonth,
  lastDay,
  mondayOf,
  WEEKDAYS_EN,
  weekdayOf,
  weekdayOnOrBefore,
} from './calendar';
import { WEEKDAY, vagueCount, weekdayNumber } from './date-words';
import { anchorBefore, day, ofArticle, span, unitDays, W, type Matcher } from './date-matchers';

/**
 * Phrases that count from the article's day: "vrijdag", "vorige week", "gisteren", "een paar
 * maanden geleden"; without a known day, the span they may fall in, at the grain of a month.
 */
export const RELATIVE_MATCHERS: Matcher[] = [
  {
    // "in minder dan een week (tijd)", "binnen een week", "in less than a week", "within a week":
    // the week from the latest day the text names before it
    re: W(
      `(?:[Ii]n\\s+)?(?:[Mm]inder dan|[Ll]ess than)\\s+(?:een|één|a|one)\\s+week(?:\\s+tijd)?|[Bb]innen\\s+(?:een|één)\\s+week|[Ww]ithin\\s+(?:a|one)\\s+week`,
    ),
    resolve: (m, ctx) => {
      const from = anchorBefore(m.index ?? 0, ctx);
      if (!from) return null;
      const end = addDays(from.day, 6);
      return span(
        from.day,
        end,
        'week',
        'inferred',
        `'${m[0]}', counted from the day named before it, ${formatDay(from.day)} ('${from.text}'): ${formatDay(from.day)} to ${formatDay(end)}`,
      );
    },
  },
  {
    // "een paar maanden geleden", "two weeks ago"
    re: W(
      `((?:[Ee]en paar|[Ee]nkele|[Ee]en aantal|[Aa] few|[Ss]everal|[Aa] couple of|[\\p{L}\\d]+))\\s+(maanden|maand|weken|week|dagen|dag|months?|weeks?|days?)\\s+(?:geleden|ago)`,
    ),
    resolve: (m, ctx) => {
      const count = vagueCount(m[1]!);
      if (!count) return null;
      const [lo, hi] = count;
      if (/^(maand|month)/i.test(m[2]!)) {
        const from = addMonths(ctx.reference?.day.slice(0, 7) ?? ctx.month, -hi);
        const to = addMonths(ctx.reference?.day.slice(0, 7) ?? ctx.month, -lo);
        return span(
          firstDay(from),
          lastDay(to),
          'month',
          'inferred',
          `'${m[0]}' ${ofArticle(ctx)}, read as ${lo === hi ? lo : `${lo} to ${hi}`} month(s) before it: ${from === to ? formatMonth(from) : `${formatMonth(from)} to ${formatMonth(to)}`}`,
        );
      }
      if (!ctx.reference) return null;
      const d = addDays(ctx.reference.day, -lo * unitDays(m[2]!.replace(/en$/, '')));
      return day(
        d,
        'inferred',
        `'${m[0]}' counted from ${formatDay(ctx.reference.day)} (${ctx.reference.why}): ${formatDay(d)}`,
      );
    },
  },
  {
    re: W(`(?:([Aa]fgelopen|[Vv]orige|[Jj]ongstleden|[Ll]ast|[Oo]n|[Oo]p)\\s+)?(${WEEKDAY})`),
    resolve: (m, ctx) => {
      const weekday = weekdayNumber(m[2]!);
      const name = WEEKDAYS_EN[weekday]!;
      if (ctx.reference) {
        const d = weekdayOnOrBefore(ctx.reference.day, weekday, ctx.reference.strict);
        return day(
          d,
          'inferred',
          `'${m[0]}' ${ofArticle(ctx)}, ${ctx.reference.why}: the ${name} ${ctx.reference.strict ? 'before' : 'on or before'} it, ${formatDay(d)}`,
        );
      }
      const first = addDays(
        firstDay(ctx.month),
        -6 + ((weekday - weekdayOf(addDays(firstDay(ctx.month), -6)) + 7) % 7),
      );
      const last = weekdayOnOrBefore(lastDay(ctx.month), weekday, false);
      return span(
        first,
        last,
        'month',
        'inferred',
        `'${m[0]}' ${ofArticle(ctx)} whose day is not known: a ${name} from ${formatDay(first)} to ${formatDay(last)}; give the article's day to pin it down`,
      );
    },
  },
  {
    re: W(
      `([Vv]andaag|[Vv]anochtend|[Vv]anmorgen|[Vv]anavond|[Vv]annacht|[Gg]isteren|[Gg]isteravond|[Ee]ergisteren|[Tt]oday|[Yy]esterday|[Tt]his morning|[Tt]onight)`,
    ),
    resolve: (m, ctx) => {
      const word = m[1]!.toLowerCase();
      const back = word.startsWith('eergisteren')
        ? 2
        : /^(gisteren|gisteravond|yesterday)$/.test(word)
          ? 1
          : 0;
      if (!ctx.reference)
        return span(
          firstDay(ctx.month),
          lastDay(ctx.month),
          'month',
          'inferred',
          `'${m[0]}' ${ofArticle(ctx)} whose day is not known: some day of ${formatMonth(ctx.month)}; give the article's day to pin it down`,
        );
      const d = addDays(ctx.reference.day, -back);
      return day(
        d,
        'inferred',
        `'${m[0]}' ${ofArticle(ctx)}, ${ctx.reference.why}: ${formatDay(d)}`,
      );
    },
  },
  {
    re: W(
      `([Vv]orige|[Vv]orig|[Aa]fgelopen|[Vv]oorbije|[Dd]eze|[Ll]ast|[Pp]ast|[Tt]his)\\s+(week|maand|jaar|month|year)`,
    ),
    resolve: (m, ctx) => {
      const back = /^(deze|this)$/i.test(m[1]!) ? 0 : 1;
      const unit = m[2]!.toLowerCase();
      if (unit === 'jaar' || unit === 'year') {
        const y = Number((ctx.reference?.day ?? ctx.month).slice(0, 4)) - back;
        return span(
          `${y}-01-01`,
          `${y}-12-31`,
          'year',
          'inferred',
          `'${m[0]}' ${ofArticle(ctx)}: ${y}`,
        );
      }
      if (unit === 'maand' || unit === 'month') {
        const ym = addMonths(ctx.reference?.day.slice(0, 7) ?? ctx.month, -back);
        return span(
          firstDay(ym),
          lastDay(ym),
          'month',
          'inferred',
          `'${m[0]}' ${ofArticle(ctx)}: ${formatMonth(ym)}`,
        );
      }
      if (!ctx.reference) {
        const from = back ? addDays(firstDay(ctx.month), -7) : firstDay(ctx.month);
        return span(
          from,
          lastDay(ctx.month),
          'month',
          'inferred',
          `'${m[0]}' ${ofArticle(ctx)} whose day is not known: a week between ${formatDay(from)} and ${formatDay(lastDay(ctx.month))}; give the article's day to pin it down`,
        );
      }
      const monday = addDays(mondayOf(ctx.reference.day), -7 * back);
      const sunday = addDays(monday, 6);
      return span(
        monday,
        sunday,
        'week',
        'inferred',
        `'${m[0]}' ${ofArticle(ctx)}, ${ctx.reference.why}: the week of ${formatDay(monday)} to ${formatDay(sunday)}`,
      );
    },
  },
];

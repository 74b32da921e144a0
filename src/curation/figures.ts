import { findDutchNumbers, type NumberMention } from '../data/dutch-numbers';
import { findEnglishNumbers } from '../data/english-numbers';
import type { FoundAmount, FoundCount } from './candidate';

/**
 * The figures of a text, as news prints them, split into sums of money (amounts) and numbers of
 * things (counts). Dutch text is read by the project's parser (src/data/dutch-numbers.ts, the
 * one the validator checks excerpts with), English by amounts-en.ts.
 *
 * An amount carries a currency ("350 miljoen dollar", "$2 billion"), or a scale of money with no
 * noun counted after it ("60 miljard aan oorlogstuig"). A count is any other number that is not
 * a year ("in 2019"), part of a date ("24 februari", "February 24"), a span of time ("twee
 * dagen", "12 months"), a measure ("155 mm", "40 km", "5 %") or a model's number ("Switchblade
 * 600"). "Dozens", "tientallen" give no count: they are no number.
 */

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|' +
  'january|february|march|may|june|july|august|october|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec';
const TIME_OR_MEASURE_AFTER = new RegExp(
  `^(?:-|\\s)*(?:jaar|jaren|jarige|maand|maanden|week|weken|dag|dagen|uur|uren|minuten|seconden|` +
    `years?|months?|weeks?|days?|hours?|minutes?|seconds?|mm|cm|km|m|kilometer|meter|procent|percent|%|keer|times|` +
    `${MONTHS})(?![\\p{L}])`,
  'iu',
);
const MONTH_BEFORE = new RegExp(`(?:${MONTHS})\\.?\\s+$`, 'iu');
/** "Switchblade 600": a capitalised name before the digits, not at a sentence's start. */
function isModelNumber(before: string): boolean {
  const m = /(\S+)\s+\p{Lu}[\p{L}-]*\s$/u.exec(before);
  return m !== null && !/[.!?:]$/.test(m[1]!);
}
/** After a bare money scale: what it buys or is worth, or the end of the clause. */
const MONEY_CONTEXT_AFTER =
  /^(?:\s+(?:aan|in|of|worth|ter waarde|voor|for|uit|to|extra|meer|more)(?![\p{L}])|\s*[,.;:)”’"']|\s*$)/iu;
const MONEY_SCALE =
  /(?:miljoen|miljard|mln|mld|mrd|biljoen|million|billion|trillion|\dbn|\dm|\d\s?bn|\dtn)\.?$/iu;

/** Every number in the text, read as the article's language prints it. */
export function numbersIn(text: string, language: 'nl' | 'en'): NumberMention[] {
  return language === 'en' ? findEnglishNumbers(text) : findDutchNumbers(text);
}

function isMoney(m: NumberMention, text: string): boolean {
  if (m.currency !== null) return true;
  if (m.unit !== null || !MONEY_SCALE.test(m.text)) return false;
  return MONEY_CONTEXT_AFTER.test(text.slice(m.end, m.end + 14));
}

function isCount(m: NumberMention, text: string): boolean {
  if (m.unit === 'tonnes') return true;
  if (/^\d{4}$/.test(m.text) && m.value >= 1900 && m.value <= 2100) return false; // a year
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  if (MONTH_BEFORE.test(before) || /(?:jaren|years|the)\s+$/iu.test(before)) return false;
  if (/^\d/.test(m.text) && isModelNumber(before)) return false;
  return !TIME_OR_MEASURE_AFTER.test(text.slice(m.end, m.end + 16));
}

/** The amounts and counts of `text`, offsets shifted by `offset` (where `text` starts in the article). */
export function findFigures(
  text: string,
  language: 'nl' | 'en',
  offset = 0,
): { amounts: FoundAmount[]; counts: FoundCount[] } {
  const amounts: FoundAmount[] = [];
  const counts: FoundCount[] = [];
  for (const m of numbersIn(text, language)) {
    const at = { start: m.start + offset, end: m.end + offset, text: m.text };
    if (isMoney(m, text)) amounts.push({ ...at, amount: { value: m.value, currency: m.currency } });
    else if (isCount(m, text) && Number.isInteger(m.value) && m.value > 0)
      counts.push({ ...at, quantity: m.value, ...(m.unit ? { unit: m.unit } : {}) });
  }
  return { amounts, counts };
}

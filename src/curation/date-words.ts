import { parseNumberWord } from '../data/dutch-numbers';
import { englishNumberWord } from '../data/english-numbers';
import { MONTH_NAMES_EN, WEEKDAYS_EN } from './calendar';

/** The words of date phrases, Dutch and English: months, weekdays, small numbers, known events. */

const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const WEEKDAYS_NL = [
  'zondag',
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
];

/** "vrijdag" or, at a sentence's start, "Vrijdag". */
const capitalOrNot = (word: string) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;

/** Dutch months in lower case or capitalised; English ones capitalised ("may" and "march" are verbs too). */
export const MONTH = `(?:${[...MONTHS_NL.map(capitalOrNot), ...MONTH_NAMES_EN].join('|')})`;
export const WEEKDAY = `(?:(?:${WEEKDAYS_NL.map(capitalOrNot).join('|')})(?:avond|ochtend|middag|nacht|morgen)?|${WEEKDAYS_EN.join('|')})`;

/** 1–12 for a month name, either language. */
export function monthNumber(word: string): number {
  const lower = word.toLowerCase();
  const nl = MONTHS_NL.indexOf(lower);
  return (nl >= 0 ? nl : MONTH_NAMES_EN.findIndex((m) => m.toLowerCase() === lower)) + 1;
}

/** 0 (Sunday) – 6 for a weekday word ("vrijdagavond" is Friday). */
export function weekdayNumber(word: string): number {
  const lower = word.toLowerCase();
  const nl = WEEKDAYS_NL.findIndex((d) => lower.startsWith(d));
  return nl >= 0 ? nl : WEEKDAYS_EN.findIndex((d) => d.toLowerCase() === lower);
}

/** A small number in digits or words, either language ("twee", "six", "12"), or null. */
export function smallNumber(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return parseNumberWord(word) ?? englishNumberWord(word);
}

/** "Een paar maanden", "a few months": a span of how many units, lowest and highest. */
export function vagueCount(words: string): [number, number] | null {
  const lower = words.toLowerCase().replace(/\s+/g, ' ');
  if (/^(een paar|enkele|een aantal|a few|several|some|a couple of)$/.test(lower)) return [2, 4];
  if (/^(een|één|a|one)$/.test(lower)) return [1, 1];
  const n = smallNumber(lower);
  return n === null ? null : [n, n];
}

/** Events a text may date by, with their day: "na de invasie", "the first anniversary of the war". */
export const EVENTS: Array<{ pattern: string; day: string; name: string }> = [
  {
    pattern:
      '(?:(?:de|het|the)\\s+)?(?:Russische\\s+|Russian\\s+)?(?:full-scale\\s+)?(?:invasie|inval|offensief|oorlog|invasion|offensive|war)(?:\\s+(?:in|van|op|of|on)\\s+(?:Oekraïne|Ukraine))?',
    day: '2022-02-24',
    name: "Russia's invasion of Ukraine, 24 February 2022",
  },
];

/**
 * Splits an article into sentences, Dutch or English, as `[start, end)` offsets into the text
 * (so `text.slice(start, end)` is the sentence exactly, without surrounding white space).
 *
 * A sentence ends at `.`, `!` or `?` (with any closing quotes and brackets after it) followed by
 * white space and a capital, a digit or an opening quote; and at every line break, since
 * headlines, captions and intertitles carry no full stop. It does not end inside a number
 * ("1.000", "2,5", "1.3bn"), after an abbreviation ("o.a.", "dhr.", "Mr.", "U.S.") or after an
 * initial ("Michael S. Repass"). The article's ` date YYYY-MM` line is no sentence.
 */

export interface Span {
  start: number;
  end: number;
}

/** Abbreviations after which a full stop does not end a sentence (lower case, without the dot). */
const ABBREVIATIONS = new Set(
  (
    'dhr mevr mw mr dr drs ir ing prof st nr blz bijv bv vgl o.a e.a e.d m.a.w i.p.v d.w.z ' +
    'ca resp incl excl jl jr sr gen lt kol maj sgt adm min vs etc e.g i.e u.s u.k u.n ' +
    'jan feb febr mrt apr aug sep sept okt oct nov dec mrs ms no approx dept govt'
  ).split(' '),
);

const CLOSERS = '"\'”’»)]';
const OPENERS = '"\'“‘«(';
const DATE_LINE = /^\s*date \d{4}-\d{2}(?:-\d{2})?[ \t]*/;

function isUpperStart(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return /[\p{Lu}\p{N}]/u.test(ch) || OPENERS.includes(ch);
}

/** True when the full stop at `dot` closes an abbreviation or an initial, not a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!before) return false;
  const word = before[1]!;
  // A single capital: an initial ("S. Repass"), or the last letter of "U.S.".
  if (/^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Where each sentence of `text` starts and ends. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const skip = DATE_LINE.exec(text);
  let start = skip ? skip[0].length : 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.includes(text[end]!)) end++;
    if (end >= text.length) continue;
    if (!/[ \t\u00a0]/.test(text[end]!)) continue; // "1.000", "2.5", "e.g.,"
    let next = end;
    while (next < text.length && /[ \t\u00a0]/.test(text[next]!)) next++;
    if (next < text.length && text[next] !== '\n' && !isUpperStart(text[next])) continue;
    if (ch === '.' && end === i + 1 && isAbbreviation(text, i)) continue;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return spans;
}

/** The paragraph index of each sentence: sentences separated by a blank line differ. */
export function paragraphsOf(text: string, spans: readonly Span[]): number[] {
  let paragraph = 0;
  return spans.map((span, i) => {
    if (i > 0 && /\n\s*\n/.test(text.slice(spans[i - 1]!.end, span.start))) paragraph++;
    return paragraph;
  });
}

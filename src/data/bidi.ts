// Text a dataset or a reader brings (a file name, an id, a note, an excerpt) may hold
// right-to-left letters or direction controls such as U+202E RIGHT-TO-LEFT OVERRIDE, which would
// otherwise reverse the app's own words around it ("Showing evil(ti htiw emac…"). Every such
// string is shown direction-isolated: in the page inside <bdi> (see UserText), in plain text
// (messages, the problem report, table cells, SVG) between FSI U+2068 and PDI U+2069.

const FSI = '\u2068';
const PDI = '\u2069';

/** Right-to-left letters and every direction control: text that can reorder what is around it. */
const DIRECTIONAL =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * The text with its isolates balanced, so that it stays inside the isolate it is put in: an
 * isolate it closes without opening (a stray PDI would close ours) gets an opening FSI before
 * the text, one it opens without closing a PDI after it. Embeddings and overrides (U+202A–E)
 * need nothing: the isolate's end closes them.
 */
export function balanceBidi(text: string): string {
  if (!DIRECTIONAL.test(text)) return text;
  let open = 0;
  let stray = 0;
  for (const char of text) {
    if (char === '\u2066' || char === '\u2067' || char === FSI) open++;
    else if (char === PDI) {
      if (open > 0) open--;
      else stray++;
    }
  }
  return `${FSI.repeat(stray)}${text}${PDI.repeat(open)}`;
}

/**
 * The text between FSI and PDI (balanced), so its direction cannot leak into the words around
 * it; unchanged when it holds no right-to-left letter and no direction control, as it then
 * cannot reorder anything in the app's left-to-right text.
 */
export function isolate(text: string): string {
  return DIRECTIONAL.test(text) ? `${FSI}${balanceBidi(text)}${PDI}` : text;
}

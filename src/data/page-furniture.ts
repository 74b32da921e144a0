/**
 * The web page around an article that came along when its text was copied: photo captions
 * ("Volledig scherm … © AP"), notices ("Tekst loopt verder onder de tweet.", "Onze excuses
 * Helaas kunnen wij deze social post … niet tonen") and links ("Lees alles over … in dit
 * dossier.", "Bekijk onze nieuwsvideo’s …"). Such lines are not part of the report: the source
 * panel shows them dimmed, the text itself is kept byte for byte.
 */
const FURNITURE_LINES: readonly RegExp[] = [
  /^Tekst loopt verder onder de? \S+\.?$/i,
  /^Onze excuses\b/i,
  /^Volledig scherm\b/i,
  /^Lees (alles|ook|meer|hier)\b.*\bdossier\b/i,
  /^Lees ook:/i,
  /^Bekijk (onze|hier|de) .*(video|playlist|fotoserie)/i,
  /^Beluister (onze|hier|de) .*podcast/i,
];

/** Where a text holds page furniture, as [start, end) offsets of whole lines, in order. */
export function pageFurniture(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed && FURNITURE_LINES.some((pattern) => pattern.test(trimmed))) {
      const start = at + line.indexOf(trimmed);
      ranges.push([start, start + trimmed.length]);
    }
    at += line.length + 1;
  }
  return ranges;
}

/** A text cut into the pieces between the given ranges and the ranges themselves, in order. */
export function splitAt(
  text: string,
  ranges: ReadonlyArray<readonly [number, number]>,
): Array<{ start: number; end: number; inRange: boolean }> {
  const pieces: Array<{ start: number; end: number; inRange: boolean }> = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    if (start > at) pieces.push({ start: at, end: start, inRange: false });
    pieces.push({ start, end, inRange: true });
    at = end;
  }
  if (at < text.length || pieces.length === 0)
    pieces.push({ start: at, end: text.length, inRange: false });
  return pieces;
}

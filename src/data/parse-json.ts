/** The outcome of parsing JSON text: the value, or where and why it failed. */
export type JsonParseResult =
  { ok: true; value: unknown } | { ok: false; line: number; column: number; message: string };

/**
 * Parses JSON and, on failure, says at which line and column (1-based) and why.
 * JSON.parse does the work; engines word and place their errors differently (some give no
 * position at all for truncated input), so a small scanner finds the first bad character itself.
 */
export function parseJson(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const { index, message } = findJsonError(text);
    const { line, column } = lineAndColumn(text, index);
    return { ok: false, line, column, message };
  }
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

class JsonSyntaxError extends Error {
  constructor(
    readonly index: number,
    message: string,
  ) {
    super(message);
  }
}

function findJsonError(text: string): { index: number; message: string } {
  let i = 0;
  const fail = (message: string): never => {
    throw new JsonSyntaxError(i, i >= text.length ? `unexpected end of file: ${message}` : message);
  };
  const describe = () => (i >= text.length ? 'end of file' : JSON.stringify(text[i]));
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (char: string, context: string) => {
    skipSpace();
    if (text[i] !== char) fail(`expected ${JSON.stringify(char)} ${context}, found ${describe()}`);
    i++;
  };
  const parseString = () => {
    i++; // opening quote
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('bad \\u escape in string');
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else fail('bad escape in string');
      } else if (c.charCodeAt(0) < 0x20) fail('unescaped control character in string');
      else i++;
    }
    fail('string is not closed');
  };
  const parseNumber = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail(`invalid number starting with ${describe()}`);
    i += match![0].length;
  };
  /**
   * Reads one value. Containers are not read by recursion (a file of 100,000 "[" would overflow
   * the stack) but with an explicit stack of the ones still open: after each value, the
   * innermost open container says what may come next.
   */
  const parseValue = (): void => {
    const open: Array<'{' | '['> = [];
    let needMember = false;
    let needValue = true;
    for (;;) {
      if (needMember) {
        skipSpace();
        if (text[i] !== '"') fail(`expected a property name in double quotes, found ${describe()}`);
        parseString();
        expect(':', 'after property name');
        needMember = false;
        needValue = true;
      }
      if (needValue) {
        skipSpace();
        const c = text[i];
        needValue = false;
        if (c === '{' || c === '[') {
          i++;
          skipSpace();
          if (text[i] === (c === '{' ? '}' : ']')) i++;
          else {
            open.push(c);
            if (c === '{') needMember = true;
            else needValue = true;
            continue;
          }
        } else if (c === '"') parseString();
        else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) parseNumber();
        else {
          const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
          if (!word) fail(`unexpected ${describe()} where a value should be`);
          i += word!.length;
        }
      }
      // A value is complete: what may follow depends on the innermost open container.
      const container = open[open.length - 1];
      if (container === undefined) return;
      skipSpace();
      if (text[i] === ',') {
        i++;
        if (container === '{') needMember = true;
        else needValue = true;
      } else if (text[i] === (container === '{' ? '}' : ']')) {
        i++;
        open.pop();
      } else
        fail(
          container === '{'
            ? `expected "," or "}" after property value, found ${describe()}`
            : `expected "," or "]" after array element, found ${describe()}`,
        );
    }
  };
  try {
    if (text.trim() === '') return { index: 0, message: 'the file is empty' };
    parseValue();
    skipSpace();
    if (i < text.length) fail(`unexpected ${describe()} after the end of the JSON value`);
    // The scanner accepted what JSON.parse refused (should not happen): report the engine's view.
    return { index: 0, message: 'invalid JSON' };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { index: error.index, message: error.message };
    throw error;
  }
}

/**
 * How deeply a dataset's JSON may nest objects and arrays. The contract needs five levels
 * (file, announcements, record, sources, excerpt); the limit leaves room for an `export` block
 * and keeps every reader after JSON.parse (the schema, messages quoting a value) far from the
 * stack's end.
 */
export const MAX_JSON_DEPTH = 32;

/**
 * Where JSON text first opens a container more than `limit` levels deep (brackets inside
 * strings do not count), or null. A plain loop over the characters: no recursion, whatever the
 * input.
 */
export function tooDeep(
  text: string,
  limit = MAX_JSON_DEPTH,
): { line: number; column: number } | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return lineAndColumn(text, i);
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return null;
}

/**
 * The first number in JSON text that JSON.parse cannot hold exactly, so that writing the
 * parsed value back would give another number (9007199254740993 becomes 9007199254740992), with
 * where it is; or null. A plain loop over the characters, skipping strings.
 */
export function inexactNumber(
  text: string,
): { line: number; column: number; written: string; read: string } | null {
  const token = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      token.lastIndex = i;
      const match = token.exec(text);
      if (!match) continue;
      const written = match[0];
      // Up to 15 digits without an exponent (nearly every number in a dataset) always read
      // exactly: only longer ones are worth the careful comparison.
      const exact = !match[3] && written.length - (match[2] ? 1 : 0) - (c === 0x2d ? 1 : 0) <= 15;
      const read = exact ? null : inexactRead(written);
      if (read !== null) return { ...lineAndColumn(text, i), written, read };
      i += written.length - 1;
    }
  }
  return null;
}

/**
 * How a number written in decimal digits is read when a number cannot hold it exactly
 * (`9007199254740993` → `9007199254740992`); null when it is read as written.
 */
export function inexactRead(written: string): string | null {
  const read = String(Number(written));
  return exactDecimal(written) === exactDecimal(read) ? null : read;
}

/** What the JSON and the CSV readers say of a number that {@link inexactRead} does not keep. */
export function inexactMessage(read: string): string {
  return `has more digits than a number can hold exactly (it would be read as ${read}); whole numbers are exact up to 9007199254740991, decimals to about 15 digits`;
}

/** A decimal number in one spelling: `-` digits `e` exponent, no leading or trailing zeros. */
function exactDecimal(text: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) return text; // Infinity, NaN: never equal to a written number
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  let digits = `${whole}${fraction}`.replace(/^0+/, '');
  if (digits === '') return '0';
  let power = Number(exponent) - fraction.length;
  const zeros = /0*$/.exec(digits)![0].length;
  digits = digits.slice(0, digits.length - zeros);
  power += zeros;
  return `${sign}${digits}e${power}`;
}

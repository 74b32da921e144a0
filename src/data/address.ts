// The one place the app reads its own address. Every reader here is total: whatever the
// address holds (a stray `%`, an escape that is not UTF-8, a scheme no browser fetches), the
// answer is a value, never an exception, so no address can stop the page from opening.

/** The query parameters of a search string (`?a=1&b=2`); a malformed escape is kept as written. */
export function readParams(search: string): URLSearchParams {
  // URLSearchParams itself never throws on a string: `%` and `%E0` come through as text.
  return new URLSearchParams(search);
}

/** One query parameter, or null when the address has none (or an empty one). */
export function readParam(search: string, key: string): string | null {
  const value = readParams(search).get(key);
  return value === null || value === '' ? null : value;
}

/**
 * A percent-encoded component as text: `%20` is a space; an escape that does not decode (`%`,
 * `%E0` alone) is kept as it is written rather than failing the whole string.
 */
export function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // Decode each well-formed run of escapes on its own; leave the rest as written.
    return text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        // Escape by escape: ASCII ones decode, a stray byte of a multi-byte letter stays.
        return run.replace(/%[0-9a-f]{2}/gi, (one) => (one < '%8' ? decodeURIComponent(one) : one));
      }
    });
  }
}

/** `text` as an absolute URL against `base`, or null when it is not one. */
export function resolveUrl(text: string, base: string): URL | null {
  try {
    return new URL(text, base);
  } catch {
    return null;
  }
}

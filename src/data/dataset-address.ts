import { decodeComponent, readParam, resolveUrl } from './address';

/**
 * What `?data=` asks for: nothing, a dataset on this site to fetch, or a reason it is refused
 * before anything is requested. Reasons are codes, not sentences: the page words them in the
 * reader's language (src/i18n/messages.ts).
 */
export type DataAddress =
  | { kind: 'none' }
  | { kind: 'load'; url: string; name: string }
  | { kind: 'refused'; reason: 'not-a-url'; param: string }
  /** A scheme that names no file on a server: `javascript:`, `data:`, `blob:`, `file:`… */
  | { kind: 'refused'; reason: 'not-a-file'; param: string; scheme: string }
  | { kind: 'refused'; reason: 'other-site'; param: string; origin: string };

/** Reads `?data=` out of a search string, against the page's own address. Never throws. */
export function readDataAddress(search: string, pageHref: string): DataAddress {
  const param = readParam(search, 'data');
  if (param === null) return { kind: 'none' };
  const page = resolveUrl(pageHref, 'http://invalid.invalid/');
  const url = resolveUrl(param, pageHref);
  if (!url || !page) return { kind: 'refused', reason: 'not-a-url', param };
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { kind: 'refused', reason: 'not-a-file', param, scheme: url.protocol };
  if (url.origin !== page.origin)
    return { kind: 'refused', reason: 'other-site', param, origin: url.origin };
  const name = decodeComponent(url.pathname.replace(/^.*\//, ''));
  return { kind: 'load', url: url.href, name: name || 'data' };
}

/** Why a `?data=` request brought no dataset, as a code the page words. */
export type FetchFailure =
  | { reason: 'status'; url: string; status: number; statusText: string }
  | { reason: 'web-page'; url: string }
  /** The server sent the request on to another address, which the page does not follow. */
  | { reason: 'redirected'; url: string }
  /** No answer at all: the server is down, the network is off, or the page refused the request. */
  | { reason: 'unreachable'; url: string };

/** What a `?data=` request brought: the bytes, a failure, or nothing because it was cancelled. */
export type FetchOutcome =
  | { ok: true; name: string; bytes: Uint8Array }
  | { ok: false; failure: FetchFailure }
  | { ok: false; aborted: true };

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * Fetches a dataset named by `?data=` (on this site: see readDataAddress). A same-site redirect
 * is followed; one that leaves the site is blocked by the page's Content-Security-Policy, which
 * the browser reports as nothing but "Failed to fetch". So when a request gets no answer, a
 * second look that does not follow redirects tells the reader whether the address sent them
 * elsewhere, or the server could not be reached at all.
 */
export async function fetchDataset(
  address: { url: string; name: string },
  signal: AbortSignal,
  fetcher: typeof fetch = fetch,
): Promise<FetchOutcome> {
  const { url, name } = address;
  try {
    const response = await fetcher(url, { signal });
    if (!response.ok)
      return {
        ok: false,
        failure: {
          reason: 'status',
          url,
          status: response.status,
          statusText: response.statusText,
        },
      };
    // Many hosts answer an unknown path with the site's own page rather than a 404.
    if (/^text\/html/i.test(response.headers.get('content-type') ?? ''))
      return { ok: false, failure: { reason: 'web-page', url } };
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { ok: true, name, bytes };
  } catch (error) {
    if (isAbort(error) || signal.aborted) return { ok: false, aborted: true };
  }
  try {
    const probe = await fetcher(url, { signal, redirect: 'manual' });
    if (probe.type === 'opaqueredirect' || (probe.status >= 300 && probe.status < 400))
      return { ok: false, failure: { reason: 'redirected', url } };
  } catch (error) {
    if (isAbort(error) || signal.aborted) return { ok: false, aborted: true };
  }
  return { ok: false, failure: { reason: 'unreachable', url } };
}

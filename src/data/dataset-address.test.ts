import { describe, expect, it, vi } from 'vitest';
import { fetchDataset, readDataAddress } from './dataset-address';

const page = 'http://site.test/app/?donor=DE';

describe('readDataAddress: ?data= read without ever throwing', () => {
  it.each([
    '?data=%25',
    '?data=/x%25E0.json',
    '?data=%E0',
    '?data=%',
    '?data=http://[',
    '?data=%%',
  ])('%s gives an answer, not an exception', (search) => {
    expect(() => readDataAddress(search, page)).not.toThrow();
  });

  it('a malformed escape in the file name is kept as written', () => {
    expect(readDataAddress('?data=/x%25E0.json', page)).toEqual({
      kind: 'load',
      url: 'http://site.test/x%E0.json',
      name: 'x%E0.json',
    });
  });

  it('a same-site file is loaded, its name decoded', () => {
    expect(readDataAddress('?data=caf%25C3%25A9.csv', page)).toMatchObject({
      kind: 'load',
      name: 'café.csv',
    });
  });

  it('javascript: and data: addresses are refused as not being files, not as "another site"', () => {
    expect(readDataAddress('?data=javascript:alert(1)', page)).toEqual({
      kind: 'refused',
      reason: 'not-a-file',
      param: 'javascript:alert(1)',
      scheme: 'javascript:',
    });
    expect(readDataAddress('?data=data:text/csv,a', page)).toMatchObject({
      reason: 'not-a-file',
      scheme: 'data:',
    });
  });

  it('another site is refused before anything is requested', () => {
    expect(readDataAddress('?data=https://example.org/a.json', page)).toMatchObject({
      reason: 'other-site',
      origin: 'https://example.org',
    });
  });

  it('no ?data=, or an empty one, asks for nothing', () => {
    expect(readDataAddress('?donor=DE', page)).toEqual({ kind: 'none' });
    expect(readDataAddress('?data=', page)).toEqual({ kind: 'none' });
  });
});

const address = { url: 'http://site.test/a.json', name: 'a.json' };

describe('fetchDataset: what a ?data= request brought', () => {
  it('the bytes of a dataset', async () => {
    const fetcher = vi.fn(async () => new Response('{"a":1}', { status: 200 }));
    const outcome = await fetchDataset(address, new AbortController().signal, fetcher);
    expect(outcome).toMatchObject({ ok: true, name: 'a.json' });
  });

  it('a status and a web page say what they are', async () => {
    const notFound = vi.fn(async () => new Response('x', { status: 404, statusText: 'Not Found' }));
    expect(await fetchDataset(address, new AbortController().signal, notFound)).toEqual({
      ok: false,
      failure: { reason: 'status', url: address.url, status: 404, statusText: 'Not Found' },
    });
    const html = vi.fn(
      async () => new Response('<html>', { headers: { 'content-type': 'text/html' } }),
    );
    expect(await fetchDataset(address, new AbortController().signal, html)).toMatchObject({
      failure: { reason: 'web-page' },
    });
  });

  it('a request blocked because the server sent it elsewhere is called a redirect', async () => {
    const fetcher = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      if (init?.redirect === 'manual') return new Response(null, { status: 302 });
      throw new TypeError('Failed to fetch');
    });
    expect(await fetchDataset(address, new AbortController().signal, fetcher)).toMatchObject({
      failure: { reason: 'redirected' },
    });
  });

  it('no answer at all is called unreachable, not "Failed to fetch"', async () => {
    const fetcher = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await fetchDataset(address, new AbortController().signal, fetcher)).toEqual({
      ok: false,
      failure: { reason: 'unreachable', url: address.url },
    });
  });

  it('a cancelled request brings nothing and no message', async () => {
    const controller = new AbortController();
    const fetcher = vi.fn(async () => {
      controller.abort();
      throw new DOMException('aborted', 'AbortError');
    });
    expect(await fetchDataset(address, controller.signal, fetcher)).toEqual({
      ok: false,
      aborted: true,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { decodeComponent, readParam, resolveUrl } from './address';

describe('reading the address never throws', () => {
  it.each(['%', '%25', '%E0', '/x%E0.json', '%%41', '%ZZ', 'a%2', '%C3%A9%E0'])(
    'decodes %s without failing',
    (text) => {
      expect(() => decodeComponent(text)).not.toThrow();
    },
  );

  it('decodes what is well formed and keeps the rest as written', () => {
    expect(decodeComponent('caf%C3%A9.json')).toBe('café.json');
    expect(decodeComponent('x%E0%20y.json')).toBe('x%E0 y.json');
    expect(decodeComponent('100%')).toBe('100%');
  });

  it('reads a parameter whatever its escapes', () => {
    expect(readParam('?data=%25', 'data')).toBe('%');
    expect(readParam('?data=/x%25E0.json', 'data')).toBe('/x%E0.json');
    expect(readParam('?data=%E0', 'data')).toBe('\uFFFD');
    expect(readParam('?data=', 'data')).toBeNull();
    expect(readParam('', 'data')).toBeNull();
  });

  it('resolves a URL, or says it is none', () => {
    expect(resolveUrl('/a.json', 'http://site.test/app/')?.href).toBe('http://site.test/a.json');
    expect(resolveUrl('http://[', 'http://site.test/')).toBeNull();
  });
});

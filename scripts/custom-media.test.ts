import { describe, expect, it } from 'vitest';
import { CUSTOM_MEDIA } from '../src/ui/breakpoints';
import { customMedia, resolveCustomMedia } from './custom-media';

const queries = { narrow: '(max-width: 600px)', wide: '(min-width: 1100px)' };

describe('resolveCustomMedia', () => {
  it('puts each name’s query in the @media rule', () => {
    expect(resolveCustomMedia('@media (--narrow) {\n  .a {\n    b: c;\n  }\n}', queries)).toBe(
      '@media (max-width: 600px) {\n  .a {\n    b: c;\n  }\n}',
    );
    expect(resolveCustomMedia('@media print, (--wide){.a{b:c}}', queries)).toBe(
      '@media print, (min-width: 1100px){.a{b:c}}',
    );
  });

  it('leaves other media queries and the rules inside them as they are', () => {
    const css =
      '@media (max-width: 30em) { .a { --x: 1; } }\n.b { width: calc(var(--narrow) * 2); }';
    expect(resolveCustomMedia(css, queries)).toBe(css);
  });

  it('fails on a name it does not know, naming the file and the name', () => {
    expect(() => resolveCustomMedia('@media (--narow) { .a { b: c; } }', queries, 'x.css')).toThrow(
      'x.css: unknown custom media (--narow); known: (--narrow), (--wide)',
    );
  });

  it('uses the numbers the code reads (src/ui/breakpoints.ts)', () => {
    expect(resolveCustomMedia('@media (--narrow)', CUSTOM_MEDIA)).toBe('@media (max-width: 600px)');
    expect(resolveCustomMedia('@media (--wide)', CUSTOM_MEDIA)).toBe('@media (min-width: 1100px)');
  });
});

describe('the customMedia plugin', () => {
  const transform = customMedia(queries).transform as (
    code: string,
    id: string,
  ) => { code: string } | null;

  it('transforms stylesheets, with or without a query suffix, and nothing else', () => {
    expect(transform('@media (--wide) {}', '/src/a.css')?.code).toBe(
      '@media (min-width: 1100px) {}',
    );
    expect(transform('@media (--wide) {}', '/src/a.css?direct')?.code).toBe(
      '@media (min-width: 1100px) {}',
    );
    expect(transform('const a = "@media (--wide)";', '/src/a.ts')).toBeNull();
  });
});

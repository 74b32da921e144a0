import type { Plugin } from 'vite';

/**
 * Replaces each custom media name in a stylesheet's @media rules, `(--narrow)`, with the query
 * it stands for. A name not in `queries` is an error that names it, so a typo fails the build
 * instead of leaving a media query no browser understands.
 */
export function resolveCustomMedia(
  css: string,
  queries: Readonly<Record<string, string>>,
  file = 'a stylesheet',
): string {
  return css.replace(/@media([^{;]*)/g, (rule, prelude: string) =>
    prelude.includes('(--')
      ? `@media${prelude.replace(/\(--([\w-]+)\)/g, (_, name: string) => {
          const query = queries[name];
          if (query === undefined)
            throw new Error(
              `${file}: unknown custom media (--${name}); known: ${Object.keys(queries)
                .map((known) => `(--${known})`)
                .join(', ')}`,
            );
          return query;
        })}`
      : rule,
  );
}

/** A Vite plugin that resolves custom media in every .css file before Vite's own CSS handling. */
export function customMedia(queries: Readonly<Record<string, string>>): Plugin {
  return {
    name: 'custom-media',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!file.endsWith('.css')) return null;
      return { code: resolveCustomMedia(code, queries, file), map: null };
    },
  };
}

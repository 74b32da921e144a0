// The shipped dataset as the validator left it, checked when the app was built
// (scripts/built-in-data.ts, the same validator as `npm run validate-data`): the page does not
// run the validator or zod for it, so neither is in the first view's script.
import builtIn from 'virtual:built-in-dataset';
import type { ValidationResult } from './validate';
import type { SourceTexts } from './validate-sources';

// The article texts ship with the app (it never fetches anything from elsewhere), as chunks of
// their own: only the source panel, the sources view and the curation workbench read them, and
// each of those loads them first (loadBuiltInTexts). Which articles have a text is known from
// the start, so a tooltip can say whether an excerpt was checked against its article.
const textModules = import.meta.glob<string>('../../data/sources/*.txt', {
  query: '?raw',
  import: 'default',
});
const idOf = (path: string) => path.slice(path.lastIndexOf('/') + 1).replace(/\.txt$/, '');

/**
 * The shipped article texts by source id: `has` answers from the start, `get` and the entries
 * once {@link loadBuiltInTexts} has resolved.
 */
class ShippedTexts extends Map<string, string> {
  readonly ids = new Set(Object.keys(textModules).map(idOf));
  override has(id: string): boolean {
    return this.ids.has(id);
  }
}

/** The shipped article texts, by source id (the file's stem). */
export const builtInSourceTexts: SourceTexts = new ShippedTexts();

let loading: Promise<void> | null = null;

/** Fetches the shipped article texts (once; a failed fetch may be tried again). */
export function loadBuiltInTexts(): Promise<void> {
  loading ??= Promise.all(
    Object.entries(textModules).map(async ([path, load]) => [idOf(path), await load()] as const),
  ).then(
    (texts) => {
      for (const [id, text] of texts) (builtInSourceTexts as ShippedTexts).set(id, text);
    },
    (reason: unknown) => {
      loading = null;
      throw reason;
    },
  );
  return loading;
}

/** The shipped dataset, validated when the app was built. */
export function loadBuiltInDataset(): ValidationResult {
  return builtIn;
}

// The shipped dataset as the validator left it, checked when the app was built
// (scripts/built-in-data.ts, the same validator as `npm run validate-data`): the page does not
// run the validator or zod for it, so neither is in the first view's script.
import builtIn from 'virtual:built-in-dataset';
import type { ValidationResult } from './validate';
import type { SourceTexts } from './validate-sources';

// The article texts ship inside the bundle: the app never fetches anything from elsewhere.
const sourceModules = import.meta.glob<string>('../../data/sources/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The shipped article texts, by source id (the file's stem). */
export const builtInSourceTexts: SourceTexts = new Map(
  Object.entries(sourceModules).map(([path, text]) => [
    path.slice(path.lastIndexOf('/') + 1).replace(/\.txt$/, ''),
    text,
  ]),
);

/** The shipped dataset, validated when the app was built. */
export function loadBuiltInDataset(): ValidationResult {
  return builtIn;
}

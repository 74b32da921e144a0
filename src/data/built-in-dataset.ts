import datasetText from '../../data/announcements.json?raw';
import { validateDatasetText, type ValidationResult } from './validate';
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

/** Validates the shipped dataset with the same code as `npm run validate-data`. */
export function loadBuiltInDataset(): ValidationResult {
  return validateDatasetText(datasetText, builtInSourceTexts);
}

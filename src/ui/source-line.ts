import { createContext, useContext } from 'react';
import { useI18n } from './use-i18n';
import { isolate } from '../data/bidi';

/**
 * The name of a user's own dataset (its file name), or null for the built-in one. Downloads
 * credit what they were made from: a chart of someone's own file must not claim the five
 * articles as its source.
 */
export const DatasetNameContext = createContext<string | null>(null);

/** The credit line every download carries, for the dataset on screen. */
export function useSourceLine(): string {
  const { t } = useI18n();
  const name = useContext(DatasetNameContext);
  return name === null ? t.downloads.sourceLine : t.downloads.ownSourceLine(isolate(name));
}

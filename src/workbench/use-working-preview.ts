import { useEffect, useState } from 'react';
import type { Dataset } from '../data/schema';
import type { SourceTexts } from '../data/validate-sources';
import type { WorkDocument } from './work-document';

type Work = Pick<WorkDocument, 'articles' | 'records' | 'changed' | 'rates'>;
type Preview = { dataset: Dataset; texts: SourceTexts; newIds: ReadonlySet<string> } | null;

/**
 * What the explorer shows while curation work is under way (working-dataset.ts's
 * workingPreview). The validator it runs is loaded only once there is work, so a reader who
 * never curates does not download it with the first view; until it arrives the explorer shows
 * the dataset without the work.
 */
export function useWorkingPreview(base: Dataset | null, texts: SourceTexts, work: Work | null) {
  const [preview, setPreview] = useState<{ for: Work; value: Preview } | null>(null);
  const hasWork =
    work !== null &&
    (work.articles.length > 0 ||
      work.records.length > 0 ||
      Object.keys(work.changed).length > 0 ||
      work.rates.length > 0);
  useEffect(() => {
    if (!base || !work || !hasWork) return;
    let current = true;
    void import('./working-dataset').then(({ workingPreview }) => {
      if (current) setPreview({ for: work, value: workingPreview(base, texts, work) });
    });
    return () => {
      current = false;
    };
  }, [base, texts, work, hasWork]);
  if (!hasWork || !preview) return null;
  return preview.value;
}

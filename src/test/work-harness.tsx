import type { ReactNode } from 'react';
import { base, baseTexts } from './workbench-fixtures';
import { useWorkDocument } from '../workbench/use-work-document';
import { WorkContext } from '../workbench/work-context';

/** The workbench's document as the page provides it, for tests of the components. */
export function WorkHarness({ children }: { children: ReactNode }) {
  const work = useWorkDocument(base, baseTexts);
  return <WorkContext value={work}>{children}</WorkContext>;
}

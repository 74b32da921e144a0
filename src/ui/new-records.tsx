import { createContext, useContext } from 'react';
import { useI18n } from './use-i18n';
import './new-records.css';

/** The ids of the records the curation workbench added (issue 16): the explorer marks them. */
export const NewRecordsContext = createContext<ReadonlySet<string>>(new Set());

/** "new" beside a record the workbench added, nothing beside a shipped one. */
export function NewBadge({ id }: { id: string }) {
  const isNew = useContext(NewRecordsContext).has(id);
  const { t } = useI18n();
  return isNew ? <span className="new-badge">{t.workbench.newBadge}</span> : null;
}

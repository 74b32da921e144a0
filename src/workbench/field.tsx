import { useId, type ReactNode } from 'react';
import type { Problem } from '../data/problem';

/** What a field's control needs to be labelled and tied to its problems. */
export interface FieldProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/** A labelled field with its problems (the validator's, in its words) right under it. */
export function Field({
  label,
  problems = [],
  children,
  className,
}: {
  label: string;
  problems?: readonly Problem[];
  children: (props: FieldProps) => ReactNode;
  className?: string;
}) {
  const id = useId();
  const problemId = `${id}-problems`;
  const props: FieldProps =
    problems.length > 0 ? { id, 'aria-invalid': true, 'aria-describedby': problemId } : { id };
  return (
    <div className={`workbench-field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children(props)}
      {problems.length > 0 && (
        <ul className="workbench-problems" id={problemId}>
          {problems.map((p, i) => (
            <li key={i} className="workbench-problem" lang="en">
              {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Problems that belong to no one field (or to a group of fields), listed where they arise. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="workbench-problems">
      {problems.map((p, i) => (
        <li key={i} className="workbench-problem" lang="en">
          {p.message}
        </li>
      ))}
    </ul>
  );
}

import type { z } from 'zod';
import { isolate } from './bidi';
import type { UserDataset } from './load-user-dataset';

/** One thing wrong with the input: which record (null for the file as a whole), where, and what. */
export interface Problem {
  recordId: string | null;
  path: string;
  message: string;
}

/** A problem with the file as a whole (its sources, rates, header or syntax), not one record. */
export function fileProblem(path: string, message: string): Problem {
  return { recordId: null, path, message };
}

/** Formats a problem as one line: `file: record-id (json.path): what is wrong`. */
export function formatProblem(file: string, problem: Problem): string {
  return `${isolate(file)}: ${isolate(problem.recordId ?? 'dataset')} (${isolate(problem.path)}): ${problem.message}`;
}

/** The schema's issues as problems of `recordId`, their paths below `base`. */
export function zodProblems(
  error: z.ZodError,
  recordId: string | null,
  base: PropertyKey[],
): Problem[] {
  return error.issues.map((issue) => ({
    recordId,
    path: toJsonPath([...base, ...issue.path]),
    message:
      issue.code === 'unrecognized_keys'
        ? `unknown field(s): ${issue.keys.map(isolate).join(', ')}`
        : issue.message,
  }));
}

/** `['announcements', 3, 'date', 'start']` → `announcements[3].date.start`. */
export function toJsonPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '$';
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** The problems as a plain-text report, one per line, for download. */
export function problemReport(dataset: UserDataset): string {
  const { result, name } = dataset;
  const loaded = result.dataset?.announcements.length ?? 0;
  const lines = [
    `${isolate(name)}: ${loaded} loaded, ${result.rejected} rejected`,
    '',
    ...result.problems.map(
      (p: Problem) => `${isolate(p.recordId ?? 'dataset')}\t${isolate(p.path)}\t${p.message}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

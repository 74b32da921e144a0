import { readFileSync } from 'node:fs';

/** The shipped dataset as text, and its article texts read from disk, for the validator's tests. */
export const datasetText = readFileSync('data/announcements.json', 'utf8');
export const texts = new Map(
  (JSON.parse(datasetText) as { sources: Array<{ id: string; file: string }> }).sources.map((s) => [
    s.id,
    readFileSync(`data/${s.file}`, 'utf8'),
  ]),
);

export type Json = Record<string, unknown> & { announcements: Array<Record<string, unknown>> };
export const fresh = (): Json => JSON.parse(datasetText) as Json;
export const recordAt = (data: Json, id: string) => {
  const index = data.announcements.findIndex((r) => r.id === id);
  if (index < 0) throw new Error(`no record ${id}`);
  return { index, record: data.announcements[index]! as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
};

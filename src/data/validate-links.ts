import { isolate } from './bidi';
import { idPrefixes, noteReferences } from './note-references';
import type { Announcement } from './schema';

/** A record that passed its own checks, at its place in the file. */
export interface PlacedRecord {
  index: number;
  record: Announcement;
}

/** Rejects the record at `index` with a problem at `path` below it. */
export type Reject = (index: number, recordId: string, path: string, message: string) => void;

/**
 * The rules across records: ids are unique, and `partOf` points at a package in the file (not
 * at itself, nor at a record that is itself part of another). A file that may hold part of a
 * dataset (`partial`: a reader's file, or a download of the records in view) may name a package
 * it leaves out: the part is kept (it never adds to committed aid, with or without its package).
 */
export function checkIdsAndPackages(
  records: readonly PlacedRecord[],
  reject: Reject,
  { partial = false }: { partial?: boolean } = {},
) {
  const firstIndexById = new Map<string, number>();
  for (const { index, record } of records) {
    const first = firstIndexById.get(record.id);
    if (first === undefined) firstIndexById.set(record.id, index);
    else reject(index, record.id, '.id', `duplicate id: already used by announcements[${first}]`);
  }
  const byId = new Map(records.map(({ record }) => [record.id, record]));
  for (const { index, record } of records) {
    if (record.partOf === undefined) continue;
    const target = byId.get(record.partOf);
    if (record.partOf === record.id)
      reject(index, record.id, '.partOf', 'a record cannot be part of itself');
    else if (!target) {
      if (!partial)
        reject(
          index,
          record.id,
          '.partOf',
          `points at "${isolate(record.partOf)}", which is not a record in this file`,
        );
    } else if (target.partOf !== undefined)
      reject(
        index,
        record.id,
        '.partOf',
        `points at "${target.id}", which is itself part of "${target.partOf}"; point at the package`,
      );
  }
}

/**
 * A note that names a record names one in this file (`idsInFile`: any record whose id can be
 * read, even one rejected for another reason), and one it calls former is not (ids are never
 * reused). For a whole dataset only: a user's file, or a download of the records in view, may
 * hold part of one, and its notes may name records left out.
 */
export function checkNoteReferences(
  records: readonly PlacedRecord[],
  idsInFile: ReadonlySet<string>,
  reject: Reject,
) {
  const prefixes = idPrefixes(idsInFile);
  for (const { index, record } of records) {
    if (record.note === undefined) continue;
    const named = new Set<string>();
    for (const { id, former } of noteReferences(record.note, idsInFile, prefixes)) {
      if (named.has(id)) continue;
      named.add(id);
      if (!former && !idsInFile.has(id))
        reject(
          index,
          record.id,
          '.note',
          `names the record id "${id}", which is not a record in this file; name an existing record, or write "former ${id}" for one folded into another`,
        );
      else if (former && idsInFile.has(id))
        reject(
          index,
          record.id,
          '.note',
          `names "${id}" as a former record, but a record in this file has that id; ids are never reused`,
        );
    }
  }
}

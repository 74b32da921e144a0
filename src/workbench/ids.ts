/** Ids the workbench suggests and checks: an article's (its file's stem) and a record's. */

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** The next free article id: `005_nrc-2022-03` (number, outlet, publication date). */
export function suggestArticleId(
  outlet: string,
  published: string,
  taken: readonly string[],
): string {
  const numbers = taken.map((id) => Number(/^(\d+)_/.exec(id)?.[1] ?? -1));
  const next = String(Math.max(-1, ...numbers) + 1).padStart(3, '0');
  const stem = [slug(outlet), published].filter(Boolean).join('-') || 'article';
  return `${next}_${stem}`;
}

export type ArticleIdProblem = 'empty' | 'characters' | 'taken';

/** Why an article id cannot be a file's stem in data/sources/, or null when it can. */
export function articleIdProblem(id: string, taken: readonly string[]): ArticleIdProblem | null {
  if (id.trim() === '') return 'empty';
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(id)) return 'characters';
  return taken.includes(id) ? 'taken' : null;
}

/** A kebab-case record id from what the draft holds, not yet in `taken`: `us-pledge-2000000000`. */
export function suggestRecordId(
  parts: { donors: readonly string[]; kind: string; figure?: number | null },
  taken: ReadonlySet<string>,
): string {
  const stem =
    [parts.donors[0]?.toLowerCase(), parts.kind, parts.figure ?? null]
      .filter((p) => p !== undefined && p !== null && p !== '')
      .map((p) => slug(String(p)))
      .join('-') || 'record';
  if (!taken.has(stem)) return stem;
  let n = 2;
  while (taken.has(`${stem}-${n}`)) n++;
  return `${stem}-${n}`;
}

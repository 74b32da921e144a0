import { toJsonPath, type Problem } from '../data/problem';
import type { Announcement, Dataset, SourceMeta } from '../data/schema';
import { validateDataset, type ValidationResult } from '../data/validate';
import type { SourceTexts } from '../data/validate-sources';
import type { Draft, WorkArticle, WorkDocument } from './work-document';

/**
 * The working dataset: the shipped one, with the workbench's articles as sources, its accepted
 * records added, its changes to shipped records made and (while one is being written) the open
 * draft; checked by the same validator as `npm run validate-data`.
 */

/** The source entry an article becomes. */
export function sourceOf(article: WorkArticle): SourceMeta {
  return {
    id: article.id,
    file: `sources/${article.id}.txt`,
    language: article.language,
    published: article.published.slice(0, 7),
    summary: article.summary,
    ...(article.title ? { title: article.title } : {}),
    ...(article.outlet ? { outlet: article.outlet } : {}),
  };
}

/** A number as typed, or the text itself for the validator to refuse in its own words. */
function typedNumber(text: string): number | string {
  const trimmed = text.trim();
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The record a draft stands for, as JSON (fields left empty are left out). */
export function draftToRaw(draft: Draft): Record<string, unknown> {
  const raw: Record<string, unknown> = {
    id: draft.id,
    kind: draft.kind,
    donors: draft.donors,
    recipient: draft.recipient,
    date: draft.date,
    amount:
      draft.amountValue.trim() === ''
        ? null
        : { value: typedNumber(draft.amountValue), currency: draft.currency || null },
    items: draft.items.map((item) => ({
      category: item.category,
      ...(item.name.trim() ? { name: item.name } : {}),
      ...(item.quantity.trim() ? { quantity: typedNumber(item.quantity) } : {}),
      ...(item.unit ? { unit: item.unit } : {}),
    })),
    sources: [
      { id: draft.articleId, excerpt: draft.excerpt, translation: draft.translation },
      ...draft.otherSources,
    ],
  };
  if (draft.partOf.trim()) raw.partOf = draft.partOf.trim();
  if (draft.note.trim()) raw.note = draft.note;
  return raw;
}

/** The texts the working dataset's excerpts are checked against. */
export function workingTexts(
  base: SourceTexts,
  doc: Pick<WorkDocument, 'articles'>,
): Map<string, string> {
  const texts = new Map(base);
  for (const article of doc.articles) texts.set(article.id, article.text);
  return texts;
}

/** The whole working dataset as JSON, with the draft last when one is given. */
export function workingRaw(
  base: Dataset,
  doc: Pick<WorkDocument, 'articles' | 'records' | 'changed' | 'rates'>,
  draft?: Draft,
) {
  const records: unknown[] = base.announcements.map((r) => doc.changed[r.id] ?? r);
  records.push(...doc.records);
  if (draft) records.push(draftToRaw(draft));
  return {
    ...base,
    sources: [...base.sources, ...doc.articles.map(sourceOf)],
    exchangeRates: [...base.exchangeRates, ...doc.rates],
    announcements: records,
  };
}

export interface WorkingCheck extends ValidationResult {
  /** The draft's problems, their paths below the record (`.date.start`). */
  draftProblems: Problem[];
  /** Problems of the workbench's articles, by article id. */
  articleProblems: Map<string, Problem[]>;
}

/** Validates the working dataset (with the draft, if any) and sorts out whose each problem is. */
export function checkWorking(
  base: Dataset,
  baseTexts: SourceTexts,
  doc: WorkDocument,
  draft?: Draft,
): WorkingCheck {
  const raw = workingRaw(base, doc, draft);
  const result = validateDataset(raw, workingTexts(baseTexts, doc));
  const draftPrefix = toJsonPath(['announcements', raw.announcements.length - 1]);
  const draftProblems: Problem[] = [];
  const articleProblems = new Map<string, Problem[]>();
  for (const problem of result.problems) {
    if (draft && problem.path.startsWith(draftPrefix)) {
      const rest = problem.path.slice(draftPrefix.length);
      if (rest === '' || rest.startsWith('.') || rest.startsWith('['))
        draftProblems.push({ ...problem, path: rest });
      continue;
    }
    const source = /^sources\[(\d+)\]/.exec(problem.path);
    const article = source ? doc.articles[Number(source[1]) - base.sources.length] : undefined;
    if (article)
      articleProblems.set(article.id, [...(articleProblems.get(article.id) ?? []), problem]);
  }
  return { ...result, draftProblems, articleProblems };
}

/** The form's field a problem belongs to, from its path below the record. */
export function fieldOf(path: string): string {
  const item = /^\.items\[(\d+)\]/.exec(path);
  if (item) return `items.${item[1]}`;
  if (/^\.sources\[0\]\.translation/.test(path)) return 'translation';
  if (/^\.sources/.test(path)) return 'excerpt';
  const top = /^\.([a-zA-Z]+)/.exec(path);
  return top ? top[1]! : 'record';
}

/** The merged announcements.json to commit, formatted as the shipped file is. */
export function exportDataset(base: Dataset, doc: WorkDocument): string {
  return `${JSON.stringify(workingRaw(base, doc), null, 2)}\n`;
}

/** What the export adds to or changes in the shipped dataset, for the curator to read. */
export function workDiff(base: Dataset, doc: WorkDocument) {
  const baseIds = new Set(base.announcements.map((r) => r.id));
  return {
    sources: doc.articles.map((a) => a.id),
    added: doc.records.filter((r) => !baseIds.has(r.id)).map(describe),
    changed: Object.values(doc.changed).map(describe),
    rates: doc.rates.map(({ currency, month, usdPerUnit }) => ({ currency, month, usdPerUnit })),
  };
}

function describe(record: Announcement) {
  return {
    id: record.id,
    kind: record.kind,
    donors: record.donors,
    sources: record.sources.map((s) => s.id),
  };
}

/**
 * What the explorer shows while work is under way: the working dataset (the records that pass
 * the validator), its texts, and the ids of the new records to mark; null when there is no work.
 */
export function workingPreview(
  base: Dataset,
  baseTexts: SourceTexts,
  doc: Pick<WorkDocument, 'articles' | 'records' | 'changed' | 'rates'>,
) {
  const empty =
    doc.articles.length === 0 &&
    doc.records.length === 0 &&
    Object.keys(doc.changed).length === 0 &&
    doc.rates.length === 0;
  if (empty) return null;
  const texts = workingTexts(baseTexts, doc);
  const result = validateDataset(workingRaw(base, doc), texts);
  if (!result.dataset) return null;
  return { dataset: result.dataset, texts, newIds: new Set(doc.records.map((r) => r.id)) };
}

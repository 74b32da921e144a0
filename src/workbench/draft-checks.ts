import { findDuplicates, suggestPartOf } from '../curation/duplicates';
import { findDutchNumbers } from '../data/dutch-numbers';
import type { Problem } from '../data/problem';
import { AnnouncementSchema, type Announcement } from '../data/schema';
import type { Draft } from './work-document';
import { draftToRaw } from './working-dataset';

/** The record a draft stands for, when it has the schema's shape; null while it has not. */
export function draftRecord(draft: Draft): Announcement | null {
  const parsed = AnnouncementSchema.safeParse(draftToRaw(draft));
  return parsed.success ? parsed.data : null;
}

/**
 * The workbench's own checks beside the validator's, which reach a record's figures only once
 * its every field has the schema's shape: the amount as printed, the amount's value and each
 * quantity must stand in the excerpt (read by the Dutch amount parser, as the validator reads
 * it). A check the validator already made at the same place is not repeated.
 */
export function workbenchProblems(draft: Draft, validator: readonly Problem[] = []): Problem[] {
  const problems: Problem[] = [];
  const at = (path: string, message: string) => {
    if (!validator.some((p) => p.path === path))
      problems.push({ recordId: draft.id, path, message });
  };
  const printed = draft.amountText.trim();
  if (printed && !draft.excerpt.includes(printed))
    at('.amount', `the amount as printed, "${printed}", is not in the excerpt`);
  const mentions = findDutchNumbers(draft.excerpt);
  const value = Number(draft.amountValue.trim());
  const currency = draft.currency || null;
  if (
    draft.amountValue.trim() &&
    Number.isFinite(value) &&
    !mentions.some((m) => m.value === value && m.currency === currency)
  )
    at('.amount', `${value} ${currency ?? '(no currency)'} is not in the excerpt as printed`);
  draft.items.forEach((item, i) => {
    const quantity = Number(item.quantity.trim());
    if (
      item.quantity.trim() &&
      Number.isFinite(quantity) &&
      !mentions.some((m) => m.value === quantity && m.currency === null)
    )
      at(`.items[${i}].quantity`, `${quantity} is not in the excerpt as printed`);
  });
  return problems;
}

/** Likely duplicates of the draft and the package it may be part of, among `existing`. */
export function draftAdvice(draft: Draft, existing: readonly Announcement[]) {
  // The translation is written last; the event is known without it.
  const record = draftRecord({ ...draft, translation: draft.translation.trim() || '…' });
  if (!record) return { duplicates: [], partOf: null };
  const others = existing.filter((r) => r.id !== draft.id && r.id !== draft.editing);
  const partOf = draft.partOf.trim() ? null : (suggestPartOf(record, others)?.id ?? null);
  return { duplicates: findDuplicates(record, others), partOf };
}

/** The record with the draft's excerpt added as one more source (one event, one record). */
export function withSecondSource(record: Announcement, draft: Draft): Announcement {
  return {
    ...record,
    sources: [
      ...record.sources,
      { id: draft.articleId, excerpt: draft.excerpt, translation: draft.translation },
    ],
  };
}

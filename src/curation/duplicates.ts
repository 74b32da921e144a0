import type { Announcement } from '../data/schema';

const DAY = 86_400_000;
const days = (iso: string) => Date.parse(`${iso}T00:00Z`) / DAY;

/** Records that likely tell the same event: a shared donor, a close amount, dates near. */
export function findDuplicates(
  draft: Announcement,
  existing: readonly Announcement[],
): { id: string; reason: string }[] {
  return existing.flatMap((record) => {
    if (record.id === draft.id) return [];
    const donor = record.donors.find((d) => draft.donors.includes(d));
    if (!donor) return [];
    const gap = Math.max(
      days(draft.date.start) - days(record.date.end),
      days(record.date.start) - days(draft.date.end),
      0,
    );
    if (gap > 14) return [];
    const a = draft.amount?.value;
    const b = record.amount?.value;
    const closeAmount =
      a !== undefined && b !== undefined && Math.abs(a - b) <= 0.1 * Math.max(a, b);
    const sameItems = draft.items.some((i) =>
      record.items.some(
        (j) => j.category === i.category && i.quantity !== undefined && i.quantity === j.quantity,
      ),
    );
    if (!closeAmount && !sameItems) return [];
    const what = closeAmount ? `a close amount (${b})` : 'the same item count';
    return [{ id: record.id, reason: `same donor ${donor}, ${what}, dates ${gap} days apart` }];
  });
}

/** The package a delivery is likely part of: an earlier pledge or approval of the same donor and kind of item. */
export function suggestPartOf(
  draft: Announcement,
  existing: readonly Announcement[],
): string | null {
  if (draft.kind !== 'delivery') return null;
  const match = existing.find(
    (record) =>
      (record.kind === 'pledge' || record.kind === 'approval') &&
      record.id !== draft.id &&
      record.date.start <= draft.date.end &&
      record.donors.some((d) => draft.donors.includes(d)) &&
      record.items.some((i) => draft.items.some((j) => j.category === i.category)),
  );
  return match?.id ?? null;
}

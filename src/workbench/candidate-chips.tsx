import type { Candidate } from '../curation/candidate';
import { useI18n } from '../ui/use-i18n';

/** What was recognised in a candidate sentence, one chip each: amounts, counts, items, donors, dates, kinds. */
export function CandidateChips({ candidate }: { candidate: Candidate }) {
  const { t } = useI18n();
  const w = t.workbench.chips;
  const chips = [
    ...candidate.amounts.map((a) => [w.amount, a.text] as const),
    ...candidate.counts.map((c) => [w.count, c.text] as const),
    ...candidate.items.map((i) => [t.categories[i.category], i.text] as const),
    ...candidate.donors.map((d) => [w.donor, `${d.text} (${d.code})`] as const),
    ...candidate.dates.map((d) => [w.date, d.text] as const),
    ...candidate.kinds.map((k) => [t.kinds[k.kind], k.text] as const),
  ];
  return (
    <ul className="workbench-chips" aria-label={w.label}>
      {chips.map(([what, found], i) => (
        <li key={i} className="workbench-chip">
          <span className="workbench-chip-what">{what}</span> {found}
        </li>
      ))}
    </ul>
  );
}

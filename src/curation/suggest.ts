import type { ArticleInput, DraftSuggestion } from './candidate';
import { findCandidates } from './candidates';

/** A record suggested for the span `[start, end)` of an article: what was recognised in it. */
export function suggestRecord(article: ArticleInput, start: number, end: number): DraftSuggestion {
  const excerpt = article.text.slice(start, end);
  const found = findCandidates({ ...article, text: excerpt });
  const all = <T>(pick: (c: (typeof found)[number]) => T[]) => found.flatMap(pick);
  const amount = all((c) => c.amounts)[0] ?? null;
  const counts = all((c) => c.counts);
  const date = all((c) => c.dates)[0] ?? null;
  const month = article.published.slice(0, 7);
  const [year, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return {
    excerpt,
    donors: [...new Set(all((c) => c.donors).map((d) => d.code))],
    kind: all((c) => c.kinds)[0]?.kind ?? null,
    amount: amount?.amount ?? null,
    amountText: amount?.text ?? null,
    items: all((c) => c.items).map((item, i) => ({
      category: item.category,
      name: item.name,
      ...(counts[i]
        ? {
            quantity: counts[i].quantity,
            unit: item.category === 'troops' ? ('troops' as const) : ('pieces' as const),
          }
        : {}),
    })),
    date: date?.date ?? {
      start: `${month}-01`,
      end: `${month}-${String(last).padStart(2, '0')}`,
      precision: 'month',
      basis: 'inferred',
    },
    dateNote: date?.reasoning ?? `no date in the text: the month of the article, ${month}`,
  };
}

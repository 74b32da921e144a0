// Shared by the benchmark's peer pages: the same synthetic dataset the explorer loads (the
// data contract's JSON, named by ?data=), read into plain rows, and the marks `npm run bench`
// waits for. These pages are not part of the app; `bench/vite.config.ts` builds them.

export interface Row {
  id: string;
  kind: string;
  /** The lane: donors joined with "+" (joint announcements get their own lane, as in the app). */
  lane: string;
  donors: string[];
  start: number;
  /** Exclusive end (the day after the last day). */
  end: number;
  isSpan: boolean;
  usd: number | null;
  /** Counted in "committed" sums: pledges and approvals that are no part of a package. */
  committed: boolean;
  label: string;
}

interface RawRecord {
  id: string;
  kind: string;
  donors: string[];
  date: { start: string; end: string; precision: string };
  amount: { value: number; currency: string | null } | null;
  partOf?: string;
}
interface RawDataset {
  exchangeRates: Array<{ currency: string; month: string; usdPerUnit: number }>;
  announcements: RawRecord[];
}

const DAY = 86_400_000;

/** Fetches and reads the dataset named by ?data=; resolves with the rows. */
export async function loadRows(): Promise<Row[]> {
  const param = new URLSearchParams(location.search).get('data');
  if (!param) throw new Error('no ?data= given');
  const response = await fetch(new URL(param, location.href));
  if (!response.ok) throw new Error(`${param}: ${response.status}`);
  const data = JSON.parse(await response.text()) as RawDataset;
  const rates = new Map(data.exchangeRates.map((r) => [`${r.currency}:${r.month}`, r.usdPerUnit]));
  return data.announcements.map((r) => {
    const start = Date.parse(r.date.start);
    const end = Date.parse(r.date.end) + DAY;
    const { amount } = r;
    let usd: number | null = null;
    if (amount && amount.currency === 'USD') usd = amount.value;
    else if (amount && amount.currency)
      usd = amount.value * (rates.get(`${amount.currency}:${r.date.end.slice(0, 7)}`) ?? NaN);
    if (usd !== null && !Number.isFinite(usd)) usd = null;
    const lane = r.donors.join('+');
    return {
      id: r.id,
      kind: r.kind,
      lane,
      donors: r.donors,
      start,
      end,
      isSpan: r.date.precision !== 'day',
      usd,
      committed: (r.kind === 'pledge' || r.kind === 'approval') && r.partOf === undefined,
      label: `${lane} · ${r.kind} · ${r.date.start}${usd === null ? '' : ` · $${Math.round(usd).toLocaleString('en')}`}`,
    };
  });
}

/** Lanes by number of rows, busiest first. */
export function lanesOf(rows: readonly Row[]): string[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.lane, (counts.get(row.lane) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([lane]) => lane);
}

/** The donor the explorer's first filter chip names: the first donor of the earliest record. */
export function firstDonor(rows: readonly Row[]): string {
  let first = rows[0]!;
  for (const row of rows) if (row.start < first.start) first = row;
  return first.donors[0]!;
}

/** The mark `npm run bench` waits for: the peer has drawn (first time, or after a change). */
export function markDrawn(records: number) {
  performance.clearMarks('peer:drawn');
  performance.mark('peer:drawn', { detail: { records } });
}

/** Shows why the page cannot draw, for the bench to report. */
export function showError(error: unknown) {
  const box = document.createElement('p');
  box.setAttribute('role', 'alert');
  box.textContent = `cannot draw: ${error instanceof Error ? error.message : String(error)}`;
  document.body.prepend(box);
}

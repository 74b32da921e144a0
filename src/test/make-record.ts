import type { Announcement } from '../data/schema';

let next = 0;

/** A valid record for tests: a US pledge on 1 March 2022 with no sum, changed by `overrides`. */
export function makeRecord(overrides: Partial<Announcement> = {}): Announcement {
  next += 1;
  return {
    id: `r-${next}`,
    kind: 'pledge',
    donors: ['US'],
    recipient: 'UA',
    date: { start: '2022-03-01', end: '2022-03-01', precision: 'day', basis: 'explicit' },
    amount: null,
    items: [],
    sources: [{ id: 's', excerpt: 'x', translation: 'x' }],
    ...overrides,
  };
}

/** A day-precision date. */
export const onDay = (iso: string): Announcement['date'] => ({
  start: iso,
  end: iso,
  precision: 'day',
  basis: 'explicit',
});

/** An amount in US dollars. */
export const usd = (value: number) => ({ value, currency: 'USD' });

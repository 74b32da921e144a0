import { describe, expect, it } from 'vitest';
import { i18nFor } from '../i18n/i18n';
import type { ViewSummary } from '../transforms/view-summary';
import { summaryWords } from './summary-words';

const view = (overrides: Partial<ViewSummary>): ViewSummary => ({
  announcements: 31,
  deployments: 0,
  money: { measure: 'none', reason: 'notPrinted' },
  from: '2019-01-01',
  to: '2023-02-24',
  ...overrides,
});
const usOnly: ViewSummary['money'] = {
  measure: 'committed',
  total: 3.11e9,
  payers: [{ donors: ['US'], usd: 3.11e9 }],
  others: 10,
};

describe('summaryWords', () => {
  it.each([
    [
      'US-only money: whose it is, and who printed none',
      view({ money: usOnly }),
      'en',
      '1 Jan 2019 – 24 Feb 2023: 31 announcements; $3.11B committed, all by one donor (United States); no sum printed for 10 other donors',
    ],
    [
      'the same in Dutch',
      view({ money: usOnly }),
      'nl',
      '1 jan 2019 – 24 feb 2023: 31 aankondigingen; 3,11 miljard dollar toegezegd, alles door één donor (Verenigde Staten); geen bedrag genoemd voor 10 andere donoren',
    ],
    [
      'several donors: how many, and the top one’s share',
      view({
        money: {
          measure: 'committed',
          total: 4e9,
          payers: [
            { donors: ['US'], usd: 3e9 },
            { donors: ['GB'], usd: 1e9 },
          ],
          others: 1,
        },
      }),
      'en',
      '1 Jan 2019 – 24 Feb 2023: 31 announcements; $4B committed by 2 donors (United States 75%); no sum printed for 1 other donor',
    ],
    [
      'no sum: says so, never "$0"',
      view({ announcements: 3, from: '2022-01-01', to: '2022-03-31' }),
      'en',
      '1 Jan 2022 – 31 Mar 2022: 3 announcements; no sums printed',
    ],
    [
      'a one-day window, deliveries of packages committed before it',
      view({
        announcements: 1,
        from: '2021-11-15',
        to: '2021-11-15',
        money: {
          measure: 'delivered',
          total: 6e7,
          payers: [{ donors: ['US'], usd: 6e7 }],
          others: 0,
        },
      }),
      'en',
      '15 Nov 2021: 1 announcement; $60M delivered (of aid committed outside the view), all by one donor (United States)',
    ],
    [
      'deployments apart',
      view({ announcements: 0, deployments: 2 }),
      'en',
      '1 Jan 2019 – 24 Feb 2023: 2 deployments to allies, shown apart',
    ],
    ['nothing in view', view({ announcements: 0 }), 'en', 'No announcement matches the filters.'],
    [
      'no dates at all',
      view({ from: null, to: null, money: { measure: 'none', reason: 'runningTotal' } }),
      'en',
      'no dates: 31 announcements; no sums to add (running totals are shown, never added)',
    ],
  ] as const)('%s', (_name, summary, language, text) => {
    expect(summaryWords(summary, i18nFor(language))).toBe(text);
  });
});

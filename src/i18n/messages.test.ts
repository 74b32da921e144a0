import { describe, expect, it } from 'vitest';
import type { Messages } from './messages';
import { en } from './messages-en';
import { nl } from './messages-nl';
import { LANGUAGES } from './language';

/** Whether a part of the messages holds any function (a message that takes arguments). */
type HasFunction<T> = T extends (...args: never[]) => unknown
  ? true
  : T extends readonly unknown[]
    ? false
    : T extends object
      ? true extends { [K in keyof T]-?: HasFunction<T[K]> }[keyof T]
        ? true
        : false
      : false;

/** Sample arguments for every message function: the compiler makes the table complete. */
type Samples<T> = {
  [K in keyof T as HasFunction<T[K]> extends true ? K : never]: T[K] extends (
    ...args: infer A
  ) => string
    ? readonly A[]
    : Samples<T[K]>;
};

// Both languages as written, whether or not Dutch has been loaded into the page.
const MESSAGES = { en, nl };

const SAMPLES: Samples<Messages> = {
  cite: {
    article: [['Pledges before the invasion']],
    ownFile: [['mine.csv']],
    text: [
      [
        {
          articles: [
            { summary: 'Pledges before the invasion', language: 'Dutch', month: 'Jan 2022' },
          ],
          recordId: 'us-approval-350m',
          where: 'http://127.0.0.1/?record=us-approval-350m',
          consulted: '24 Nov 2026',
        },
      ],
      [
        {
          articles: [
            { summary: 'One', language: 'Dutch', month: 'Jan 2022' },
            { summary: 'Two', language: 'Dutch', month: 'Feb 2023' },
          ],
          recordId: null,
          where: 'http://127.0.0.1/',
          consulted: '24 Nov 2026',
        },
      ],
      [
        {
          articles: [
            {
              summary: 'One',
              language: 'Dutch',
              month: 'Jan 2022',
              title: 'Wie levert wapens?',
              outlet: 'NRC',
            },
          ],
          recordId: null,
          where: 'http://127.0.0.1/',
          consulted: '24 Nov 2026',
        },
      ],
    ],
  },
  workbench: {
    notTxt: [['article.docx']],
    articleIdHint: [['005_nrc-2022-03']],
    removeArticle: [['005_nrc-2022-03']],
    articleTextLabel: [['005_nrc-2022-03']],
    candidates: [[1], [4]],
    accepted: [[1], [2]],
    editRecordButton: [['us-pledge-2m']],
    recordForm: [['us-pledge-2m']],
    editRecord: [['us-pledge-2m']],
    problemCount: [[1], [3]],
    itemLabel: [[1]],
    removeItem: [[2]],
    partOfSuggested: [['us-pledge-2m']],
    addAsSource: [['us-pledge-2m']],
    duplicateReason: [['Verenigde Staten', '350 miljoen dollar', '26 feb 2022']],
    rateTitle: [['EUR', 'Apr 2022']],
    usdPerUnit: [['EUR']],
    diffRate: [['EUR', 'Apr 2022', '1.08']],
    removeRate: [['EUR', 'Apr 2022']],
    diffSources: [[1], [2]],
    exportProblems: [[1], [5]],
    exportText: [['005_nrc-2022-03']],
    exportJson: [['announcements.json']],
  },
  own: {
    title: [['mine.csv']],
    documentTitle: [['mine.csv']],
    lede: [
      [{ name: 'mine.csv', records: 1, sources: 1, span: null, checked: 0 }],
      [{ name: 'mine.csv', records: 12000, sources: 3, span: 'Jan 2022 – Feb 2023', checked: 2 }],
      [{ name: 'mine.json', records: 5, sources: 2, span: 'Jan 2022', checked: 2 }],
    ],
    footer: [
      ['mine.json', 'json'],
      ['mine.csv', 'csv'],
    ],
  },
  summary: {
    announcements: [[1], [3], [12000]],
    deployments: [[1], [5]],
    inSpan: [['1 Jan 2022 – 31 Mar 2022', '3 announcements']],
    committed: [['$2B']],
    delivered: [['$60M']],
    byOne: [['United States']],
    bySeveral: [[3, 'United States', '89%']],
    others: [[1], [10]],
    matches: [
      [12, 38, 'Javelin'],
      [0, 12000, '17.000'],
    ],
  },
  usd: { whole: [['250']] },
  timeline: {
    legendArea: [['$1M', '$30B']],
    groupLabel: [
      [1, 'donor'],
      [40, 'kind'],
    ],
    aggregateLabel: [
      [12, '$1.2B', '3 Mar 2022', '9 Mar 2022', 'pledge (9), delivery (3)', 'zoom'],
      [1, null, '3 Mar 2022', '3 Mar 2022', 'pledge (1)', 'list'],
    ],
    otherDonors: [[1], [1194]],
    allLanes: [[1217]],
    fewerLanes: [[24]],
    aggregateList: [
      [12, '3 Mar 2022', '9 Mar 2022'],
      [3, '3 Mar 2022', '3 Mar 2022'],
    ],
  },
  bars: {
    donorTable: {
      shownOf: [[25, 1400]],
      showAll: [[1400]],
      showFewer: [[25]],
    },
    helpGdp: [['2021', 'World Bank']],
    helpQuantity: [
      ['artillery', null],
      ['ammunition', 'tonnes'],
    ],
    groupLabel: [['US dollars']],
    filterTo: [['Germany']],
    filterToShown: [['DE', 'Germany']],
    noGdpFigure: [['2021']],
    gdpSourceLine: [['2021']],
    referenceLabel: [[false], [true]],
    merged: [[12000, 'Pledge', '$1.2B']],
    referencesMerged: [[1], [40]],
    absent: {
      noSum: [['Germany, United Kingdom']],
      noGdp: [['NATO']],
      noGdpFigure: [['Taiwan', '2022']],
      noCount: [['Germany', 'anti-tank']],
    },
    emptyMetric: { quantity: [['anti-tank']] },
  },
  runningTotal: {
    help: [['committed'], ['delivered']],
    groupLabel: [
      ['Committed', 1],
      ['Delivered', 4],
    ],
    point: [['United States', '26 Feb 2022', '$610M', 'Committed']],
    movedBy: [['United States, approval, 26 Feb 2022, $350M']],
    reference: [
      ['United States', '20 Feb 2023', '$30B', false],
      ['United States', '20 Feb 2023', '$30B', true],
    ],
    others: [[1], [3]],
    noSum: [
      ['Germany', 1],
      ['Germany, United Kingdom', 2],
    ],
    empty: [['Committed']],
  },
  record: {
    donor: [[1], [2]],
    around: [['21 Jan 2022']],
    precisionBasis: [['week', 'inferred']],
    basisInferredFrom: [['last week']],
    notConverted: [['rate'], ['currency']],
    moreExcerpts: [[1], [3]],
    to: [['Poland']],
  },
  filters: {
    toggle: [[0], [3]],
  },
  panel: {
    article: [[null], ['Mar 2022']],
    articleLabel: [['nos-2022-03']],
  },
  table: {
    caption: [
      [1, 1],
      [40, 120],
    ],
    showMore: [[50]],
  },
  sources: {
    records: [[1], [9]],
    showRecord: [['Germany, 21 Jan 2022']],
    showAll: [[9]],
  },
  downloads: {
    ownSourceLine: [['my-data.csv']],
    failed: [['quota exceeded']],
  },
  data: {
    builtInProblems: [[1], [4]],
    builtIn: [[1], [120]],
    builtInWithWork: [
      [41, 3, 6],
      [1, 1, 1],
    ],
    loadedRejected: [[10, 2]],
    rejectedSummary: [
      [1, 1],
      [2, 5],
    ],
    more: [[3]],
    loading: [['my-data.csv']],
    progress: [['Checking the records', 40]],
    notAUrl: [['http://[']],
    notAFile: [['javascript:alert(1)', 'javascript:']],
    otherSite: [['https://example.org/a.json', 'https://example.org']],
    status: [['/data.json', '404 Not Found']],
    webPage: [['/data.json']],
    redirected: [['/data.json']],
    unreachable: [['/data.json']],
    unreadable: [['out of memory'], ['']],
  },
  window: {
    outside: [['1 Jan 2019', '24 Feb 2023']],
    overview: [['24 Feb 2022', '31 Mar 2022']],
  },
};

/**
 * Where English and Dutch rightly read the same: names, abbreviations and words the two share.
 * Every other string must be translated.
 */
const SAME_IN_BOTH = new Set([
  'language.en',
  'language.nl',
  'filters.title',
  'filters.toggle(0)',
  'categories.drones',
  'categories.training',
  'precision.week',
  'panel.recordId',
  'table.columns.id',
  'downloads.csv',
  'downloads.json',
  'downloads.svg',
  'downloads.png',
  'workbench.chips.donor',
  'workbench.recordForm',
  'data.progress',
  'record.donor(1)',
  'sources.records',
  'summary.inSpan',
  'bars.donorTable.donor',
  'bars.donorTable.none',
]);

interface Leaf {
  path: string;
  text: string;
}

/** Every string of a language's messages, functions called with each of their samples. */
function leaves(node: unknown, samples: unknown, path: string[]): Leaf[] {
  const at = path.join('.');
  if (typeof node === 'string') return [{ path: at, text: node }];
  if (typeof node === 'function') {
    const calls = samples as readonly unknown[][] | undefined;
    if (!calls?.length) throw new Error(`no sample arguments for ${at}`);
    return calls.map((args) => ({
      path: `${at}(${args.map(String).join(', ')})`,
      text: (node as (...a: unknown[]) => unknown)(...args) as string,
    }));
  }
  if (Array.isArray(node))
    return node.flatMap((item, i) =>
      // A scale of usd.scales: [divisor, how a figure at that scale reads].
      Array.isArray(item)
        ? leaves(item[1], [['1.5']], [...path, String(i)])
        : leaves(item, undefined, [...path, String(i)]),
    );
  return Object.entries(node as object).flatMap(([key, value]) =>
    leaves(value, (samples as Record<string, unknown> | undefined)?.[key], [...path, key]),
  );
}

/** The shape of a messages object: its key paths, and what each holds. */
function shape(node: unknown, path = ''): string[] {
  if (Array.isArray(node)) return [`${path}: array`];
  if (node && typeof node === 'object')
    return Object.keys(node)
      .sort()
      .flatMap((key) => shape((node as Record<string, unknown>)[key], `${path}.${key}`));
  return [`${path}: ${typeof node}`];
}

describe('the messages', () => {
  it('have exactly the same keys in English and Dutch', () => {
    expect(shape(MESSAGES.nl)).toEqual(shape(MESSAGES.en));
    expect(Object.keys(MESSAGES).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES)('read as text in %s, every function with every sample', (language) => {
    for (const { path, text } of leaves(MESSAGES[language], SAMPLES, [])) {
      expect(typeof text, path).toBe('string');
      expect(text.trim(), path).not.toBe('');
      expect(text, path).not.toMatch(/undefined|NaN|\[object|null/);
    }
  });

  it('are translated into Dutch, except names and words the two languages share', () => {
    const dutch = new Map(leaves(MESSAGES.nl, SAMPLES, []).map((l) => [l.path, l.text]));
    const english = leaves(MESSAGES.en, SAMPLES, []);
    const untranslated = english
      .filter(({ path, text }) => dutch.get(path) === text)
      .map(({ path }) => path)
      .filter((path) => !SAME_IN_BOTH.has(path) && !SAME_IN_BOTH.has(path.replace(/\(.*$/, '')));
    expect(untranslated).toEqual([]);
    // The exceptions are real: each one still reads the same in both.
    const same = english.filter(({ path, text }) => dutch.get(path) === text).map((l) => l.path);
    for (const path of SAME_IN_BOTH)
      expect(
        same.some((p) => p === path || p.replace(/\(.*$/, '') === path),
        path,
      ).toBe(true);
  });

  it('write counts as each language writes numbers', () => {
    expect(MESSAGES.en.summary.announcements(12000)).toBe('12,000 announcements');
    expect(MESSAGES.nl.summary.announcements(12000)).toBe('12.000 aankondigingen');
    expect(MESSAGES.en.summary.announcements(1)).toBe('1 announcement');
    expect(MESSAGES.nl.summary.announcements(1)).toBe('1 aankondiging');
  });
});

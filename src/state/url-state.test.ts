import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { restartUrl } from './use-url-sync';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, KINDS } from '../data/schema';
import { LANGUAGES } from '../i18n/language';
import { AXIS_MODES, initialViewState, LANE_MODES, METRICS, VIEW_NAMES } from './store';
import { decodeView, encodeView, MAX_QUERY, URL_KEYS, urlViewOf, type UrlView } from './url-state';

const defaults = urlViewOf(initialViewState);
const MINUTE = 60_000;

/** Any view a reader can set up (window edges on whole minutes, as the URL keeps them). */
const anyView: fc.Arbitrary<UrlView> = fc.record({
  donors: fc.uniqueArray(fc.constantFrom('US', 'GB', 'NATO', 'DE', 'NL', 'EU', 'TR'), {
    maxLength: 4,
  }),
  kinds: fc.uniqueArray(fc.constantFrom(...KINDS), { maxLength: 3 }),
  categories: fc.uniqueArray(fc.constantFrom(...CATEGORIES), { maxLength: 3 }),
  showDeployments: fc.boolean(),
  timeWindow: fc.option(
    fc
      .tuple(
        fc.integer({ min: Date.UTC(2014, 0, 1) / MINUTE, max: Date.UTC(2026, 0, 1) / MINUTE }),
        fc.integer({ min: 1, max: 5_000_000 }),
      )
      .map(([start, length]): [number, number] => [start * MINUTE, (start + length) * MINUTE]),
    { nil: null },
  ),
  laneMode: fc.constantFrom(...LANE_MODES),
  axisMode: fc.constantFrom(...AXIS_MODES),
  metric: fc.constantFrom(...METRICS),
  quantityCategory: fc.constantFrom(...CATEGORIES),
  pinnedId: fc.option(fc.constantFrom('us-approval-350m', 'gb-delivery-nlaw-2000'), { nil: null }),
  language: fc.constantFrom(...LANGUAGES),
  view: fc.constantFrom(...VIEW_NAMES),
  tableSort: fc.record({
    key: fc.constantFrom('date', 'donors', 'usd', 'kind'),
    direction: fc.constantFrom('ascending' as const, 'descending' as const),
  }),
  query: fc.string({ maxLength: MAX_QUERY }),
});

const sorted = (view: UrlView): UrlView => ({
  ...view,
  donors: [...view.donors].sort(),
  kinds: [...view.kinds].sort(),
  categories: [...view.categories].sort(),
});

describe('the URL keeps the view', () => {
  it('the default view is the plain address', () => {
    expect(encodeView(defaults)).toBe('');
    expect(decodeView('')).toEqual(defaults);
  });

  it('every parameter round-trips: any view, written and read back, is the same view', () => {
    fc.assert(
      fc.property(anyView, (view) => {
        expect(decodeView(encodeView(view))).toEqual(sorted(view));
      }),
      { numRuns: 2000 },
    );
  });

  it.each<[string, Partial<UrlView>, string]>([
    ['donors', { donors: ['US', 'GB'] }, '?donor=GB,US'],
    ['kinds', { kinds: ['pledge', 'delivery'] }, '?kind=delivery,pledge'],
    ['categories', { categories: ['anti-tank'] }, '?category=anti-tank'],
    ['deployments', { showDeployments: true }, '?deployments=shown'],
    [
      'time window',
      { timeWindow: [Date.UTC(2022, 1, 24), Date.UTC(2022, 2, 3, 6, 30)] },
      '?from=2022-02-24T00:00Z&to=2022-03-03T06:30Z',
    ],
    ['lanes', { laneMode: 'kind' }, '?lanes=kind'],
    ['axis', { axisMode: 'linear' }, '?axis=linear'],
    ['metric', { metric: 'gdp' }, '?metric=gdp'],
    ['quantity category', { quantityCategory: 'troops' }, '?quantity=troops'],
    ['pinned record', { pinnedId: 'us-approval-350m' }, '?record=us-approval-350m'],
    ['language', { language: 'nl' }, '?lang=nl'],
    ['view', { view: 'table' }, '?view=table'],
    ['table sort', { tableSort: { key: 'usd', direction: 'descending' } }, '?sort=-usd'],
    ['search', { query: '17.000 antitankwapens' }, '?q=17.000+antitankwapens'],
    ['search with an accent', { query: 'Oekraïne' }, '?q=Oekra%C3%AFne'],
  ])('%s is written readably and read back', (_name, change, search) => {
    const view = { ...defaults, ...change };
    expect(encodeView(view)).toBe(search);
    expect(decodeView(search)).toEqual(sorted(view));
  });

  it('keeps parameters that are not the view’s, such as ?data=', () => {
    expect(encodeView({ ...defaults, language: 'nl' }, '?data=mine.csv&lang=en')).toBe(
      '?data=mine.csv&lang=nl',
    );
  });

  it('ignores what is malformed or outdated and keeps the rest', () => {
    const view = decodeView(
      '?donor=US,XX,gb,,NATO&kind=pledge,gift&category=drones,lasers&deployments=maybe' +
        '&from=2022-03-01&to=2022-02-01&lanes=colour&axis=log&metric=euros&quantity=&record=<script>' +
        '&lang=fr&view=map&sort=-nonsense&unknown=1',
      ['date', 'usd'],
    );
    expect(view).toEqual({
      ...defaults,
      // Codes are read in any case: a hand-typed "gb" is Britain.
      donors: ['US', 'GB', 'NATO'],
      kinds: ['pledge'],
      categories: ['drones'],
    });
  });

  it('cuts a search longer than the address keeps', () => {
    expect(decodeView(`?q=${'a'.repeat(MAX_QUERY + 50)}`).query).toBe('a'.repeat(MAX_QUERY));
  });

  it('reads a window given as plain days', () => {
    expect(decodeView('?from=2022-02-24&to=2022-03-01').timeWindow).toEqual([
      Date.UTC(2022, 1, 24),
      Date.UTC(2022, 2, 1),
    ]);
  });

  it('writes exactly the parameters the README’s table lists (besides ?data=)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.slice(
      readme.indexOf('| parameter'),
      readme.indexOf('\n\n', readme.indexOf('| parameter')),
    );
    const listed = [...table.matchAll(/^\| (`[a-z]+`(?:, `[a-z]+`)*)/gm)].flatMap((row) =>
      [...row[1]!.matchAll(/`([a-z]+)`/g)].map((name) => name[1]),
    );
    expect(listed.filter((key) => key !== 'data')).toEqual(URL_KEYS);
  });

  it('never throws on any query string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (search) => {
        decodeView(search);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('restartUrl ("Back to the start")', () => {
  it('keeps the view the address gives and drops what the app cannot read', () => {
    window.history.replaceState(null, '', '/?data=%25&donor=DE&lanes=kind&junk=%E0');
    restartUrl();
    expect(window.location.search).toBe('?donor=DE&lanes=kind');
    window.history.replaceState(null, '', '/');
  });
});

import { CATEGORIES, KINDS, type Category, type Kind } from '../data/schema';
import { PARTY_CODES } from '../data/codes';
import { readParams } from '../data/address';
import { LANGUAGES } from '../i18n/language';
import { initialViewState, LANE_MODES, METRICS, VIEW_NAMES, type ViewState } from './store';

/** The fields of the view a URL keeps: what a reader sets up and wants to share. */
const URL_VIEW_FIELDS = [
  'donors',
  'kinds',
  'categories',
  'showDeployments',
  'timeWindow',
  'laneMode',
  'metric',
  'quantityCategory',
  'pinnedId',
  'language',
  'view',
  'tableSort',
] as const satisfies ReadonlyArray<keyof ViewState>;

/** The part of the view a URL keeps. */
export type UrlView = Pick<ViewState, (typeof URL_VIEW_FIELDS)[number]>;

export const URL_KEYS = [
  'donor',
  'kind',
  'category',
  'deployments',
  'from',
  'to',
  'lanes',
  'metric',
  'quantity',
  'record',
  'lang',
  'view',
  'sort',
] as const;

/** Picks the URL-kept fields out of the whole view state. */
export function urlViewOf(state: ViewState): UrlView {
  return Object.fromEntries(URL_VIEW_FIELDS.map((field) => [field, state[field]])) as UrlView;
}

/** A window edge to the minute, in UTC: "2022-02-24T06:30Z" (a minute is under a pixel). */
function encodeTime(ms: number): string {
  return new Date(Math.round(ms / 60_000) * 60_000).toISOString().replace(/:00\.000Z$/, 'Z');
}

function decodeTime(text: string | null): number | null {
  if (!text || !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{3})?)?Z)?$/.test(text)) return null;
  const ms = Date.parse(text.includes('T') ? text : `${text}T00:00Z`);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * Writes the view into query parameters. Defaults are left out, so the plain address is the
 * default view; parameters that are not the view's (`?data=`) are kept as they are.
 */
export function encodeView(view: UrlView, current = ''): string {
  const params = readParams(current);
  for (const key of URL_KEYS) params.delete(key);
  const d = initialViewState;
  if (view.donors.length) params.set('donor', [...view.donors].sort().join(','));
  if (view.kinds.length) params.set('kind', [...view.kinds].sort().join(','));
  if (view.categories.length) params.set('category', [...view.categories].sort().join(','));
  if (view.showDeployments !== d.showDeployments)
    params.set('deployments', view.showDeployments ? 'shown' : 'hidden');
  if (view.timeWindow) {
    params.set('from', encodeTime(view.timeWindow[0]));
    params.set('to', encodeTime(view.timeWindow[1]));
  }
  if (view.laneMode !== d.laneMode) params.set('lanes', view.laneMode);
  if (view.metric !== d.metric) params.set('metric', view.metric);
  if (view.quantityCategory !== d.quantityCategory) params.set('quantity', view.quantityCategory);
  if (view.pinnedId) params.set('record', view.pinnedId);
  if (view.language !== d.language) params.set('lang', view.language);
  if (view.view !== d.view) params.set('view', view.view);
  const sort = view.tableSort;
  if (sort.key !== d.tableSort.key || sort.direction !== d.tableSort.direction)
    params.set('sort', `${sort.direction === 'descending' ? '-' : ''}${sort.key}`);
  const text = params
    .toString()
    .replaceAll('%2C', ',')
    .replaceAll('%3A', ':')
    .replaceAll('%2F', '/');
  return text ? `?${text}` : '';
}

const isIn =
  <T extends string>(list: readonly T[]) =>
  (value: string): value is T =>
    (list as readonly string[]).includes(value);

function listOf<T extends string>(text: string | null, valid: (value: string) => value is T): T[] {
  if (!text) return [];
  return [...new Set(text.split(',').filter(valid))];
}

/**
 * Reads a view out of query parameters: the whole view, with every parameter that is missing,
 * malformed or outdated (an unknown donor, a kind that no longer exists, a window the wrong way
 * round) replaced by its default, and the rest kept.
 */
export function decodeView(search: string, sortKeys: readonly string[] = []): UrlView {
  const params = readParams(search);
  const d = initialViewState;
  const from = decodeTime(params.get('from'));
  const to = decodeTime(params.get('to'));
  const deployments = params.get('deployments');
  const lanes = params.get('lanes') ?? '';
  const metric = params.get('metric') ?? '';
  const quantity = params.get('quantity') ?? '';
  const record = params.get('record') ?? '';
  const lang = params.get('lang') ?? '';
  const view = params.get('view') ?? '';
  const sort = /^(-?)([a-z][a-z-]*)$/.exec(params.get('sort') ?? '');
  return {
    donors: listOf(params.get('donor')?.toUpperCase() ?? null, isIn(PARTY_CODES)),
    kinds: listOf<Kind>(params.get('kind'), isIn(KINDS)),
    categories: listOf<Category>(params.get('category'), isIn(CATEGORIES)),
    showDeployments: ['shown', 'true', '1'].includes(deployments ?? '')
      ? true
      : ['hidden', 'false', '0'].includes(deployments ?? '')
        ? false
        : d.showDeployments,
    timeWindow: from !== null && to !== null && from < to ? [from, to] : null,
    laneMode: isIn(LANE_MODES)(lanes) ? lanes : d.laneMode,
    metric: isIn(METRICS)(metric) ? metric : d.metric,
    quantityCategory: isIn(CATEGORIES)(quantity) ? quantity : d.quantityCategory,
    pinnedId: /^[a-z0-9]+(-[a-z0-9]+)*$/.test(record) ? record : null,
    language: isIn(LANGUAGES)(lang) ? lang : d.language,
    view: isIn(VIEW_NAMES)(view) ? view : d.view,
    tableSort:
      sort && (sortKeys.length === 0 || sortKeys.includes(sort[2]!))
        ? { key: sort[2]!, direction: sort[1] ? 'descending' : 'ascending' }
        : d.tableSort,
  };
}

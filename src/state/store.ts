import { create } from 'zustand';
import type { Category, Kind } from '../data/schema';
import type { Language } from '../i18n/language';

/** Which quantity the bar chart compares. */
export type Metric = 'usd' | 'gdp' | 'count' | 'quantity';
export const METRICS: readonly Metric[] = ['usd', 'gdp', 'count', 'quantity'];
/** How the timeline groups its lanes. */
export type LaneMode = 'donor' | 'kind';
export const LANE_MODES: readonly LaneMode[] = ['donor', 'kind'];
/** What the main area shows. */
export type ViewName = 'charts' | 'table' | 'sources';
export const VIEW_NAMES: readonly ViewName[] = ['charts', 'table', 'sources'];
/** Light or dark, or whatever the system says. */
export type Theme = 'system' | 'light' | 'dark';
/** The table's sort: a column key and a direction. */
export interface TableSort {
  key: string;
  direction: 'ascending' | 'descending';
}

/** The view state: filters, time window, focus and chart settings. The dataset is not state. */
export interface ViewState {
  /** Donor codes to keep; empty keeps all. A record matches when any of its donors is kept. */
  donors: string[];
  kinds: Kind[];
  categories: Category[];
  showDeployments: boolean;
  /** The visible time window in epoch ms, [start, end); null is the whole span. */
  timeWindow: [number, number] | null;
  laneMode: LaneMode;
  metric: Metric;
  quantityCategory: Category;
  hoveredId: string | null;
  /** Where the hovered mark sits on screen (viewport px), for the tooltip. */
  hoverAnchor: { x: number; y: number } | null;
  /** The donor group under the pointer in the bar chart ("NATO+US"). */
  hoveredGroup: string | null;
  pinnedId: string | null;
  language: Language;
  view: ViewName;
  tableSort: TableSort;
  theme: Theme;
}

export interface ViewActions {
  toggleDonor: (code: string) => void;
  setDonors: (codes: string[]) => void;
  toggleKind: (kind: Kind) => void;
  toggleCategory: (category: Category) => void;
  setShowDeployments: (show: boolean) => void;
  clearFilters: () => void;
  setTimeWindow: (window: [number, number] | null) => void;
  setLaneMode: (mode: LaneMode) => void;
  setMetric: (metric: Metric) => void;
  setQuantityCategory: (category: Category) => void;
  setHovered: (id: string | null, anchor?: { x: number; y: number } | null) => void;
  setHoveredGroup: (group: string | null) => void;
  pin: (id: string | null) => void;
  setLanguage: (language: Language) => void;
  setView: (view: ViewName) => void;
  setTableSort: (sort: TableSort) => void;
  setTheme: (theme: Theme) => void;
}

/** The state a new page (and every test) starts from. */
export const initialViewState: ViewState = {
  donors: [],
  kinds: [],
  categories: [],
  showDeployments: false,
  timeWindow: null,
  laneMode: 'donor',
  metric: 'usd',
  quantityCategory: 'anti-tank',
  hoveredId: null,
  hoverAnchor: null,
  hoveredGroup: null,
  pinnedId: null,
  language: 'en',
  view: 'charts',
  tableSort: { key: 'date', direction: 'ascending' },
  theme: 'system',
};

const toggle = <T>(list: readonly T[], value: T): T[] =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

/** The one store of the app's view state. */
export const useViewStore = create<ViewState & ViewActions>()((set) => ({
  ...initialViewState,
  toggleDonor: (code) => set((s) => ({ donors: toggle(s.donors, code) })),
  setDonors: (donors) => set({ donors }),
  toggleKind: (kind) => set((s) => ({ kinds: toggle(s.kinds, kind) })),
  toggleCategory: (category) => set((s) => ({ categories: toggle(s.categories, category) })),
  setShowDeployments: (showDeployments) => set({ showDeployments }),
  clearFilters: () => set({ donors: [], kinds: [], categories: [], timeWindow: null }),
  setTimeWindow: (timeWindow) => set({ timeWindow }),
  setLaneMode: (laneMode) => set({ laneMode }),
  setMetric: (metric) => set({ metric }),
  setQuantityCategory: (quantityCategory) => set({ quantityCategory }),
  setHovered: (hoveredId, hoverAnchor = null) =>
    set({ hoveredId, hoverAnchor: hoveredId ? hoverAnchor : null }),
  setHoveredGroup: (hoveredGroup) => set({ hoveredGroup }),
  pin: (pinnedId) => set({ pinnedId }),
  setLanguage: (language) => set({ language }),
  setView: (view) => set({ view }),
  setTableSort: (tableSort) => set({ tableSort }),
  setTheme: (theme) => set({ theme }),
}));

/**
 * Puts the view back to its first state (tests start from it; a new dataset starts from it).
 * The reader's language and theme are theirs, not the view's: they are kept unless `all`.
 */
export function resetViewStore({ all = false }: { all?: boolean } = {}) {
  const { language, theme } = useViewStore.getState();
  useViewStore.setState(all ? initialViewState : { ...initialViewState, language, theme });
}

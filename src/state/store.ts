import { create, type StateCreator } from 'zustand';
import { createJSONStorage, persist, type PersistOptions } from 'zustand/middleware';
import type { Category, Kind } from '../data/schema';
import { LANGUAGES, type Language } from '../i18n/language';
import { guardedLocalStorage, PREFERENCES_KEY } from './remembered';

/** Which quantity the bar chart compares. */
export type Metric = 'usd' | 'gdp' | 'count' | 'quantity';
export const METRICS: readonly Metric[] = ['usd', 'gdp', 'count', 'quantity'];
/** How the timeline groups its lanes. */
export type LaneMode = 'donor' | 'kind';
export const LANE_MODES: readonly LaneMode[] = ['donor', 'kind'];
/** The timeline's time axis: quiet stretches squeezed into breaks, or true linear time. */
export type AxisMode = 'squeezed' | 'linear';
export const AXIS_MODES: readonly AxisMode[] = ['squeezed', 'linear'];
/** What the main area shows. */
export type ViewName = 'charts' | 'table' | 'sources' | 'curate';
export const VIEW_NAMES: readonly ViewName[] = ['charts', 'table', 'sources', 'curate'];
/** Light or dark, or whatever the system says. */
export type Theme = 'system' | 'light' | 'dark';
export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];
/** The table's sort: a column key and a direction. */
export interface TableSort {
  key: string;
  direction: 'ascending' | 'descending';
}

/** The shareable view: what the reader sets up, kept in the URL (url-state.ts). */
export interface ShareableView {
  /** Donor codes to keep; empty keeps all. A record matches when any of its donors is kept. */
  donors: string[];
  kinds: Kind[];
  categories: Category[];
  showDeployments: boolean;
  /** The visible time window in epoch ms, [start, end); null is the whole span. */
  timeWindow: [number, number] | null;
  laneMode: LaneMode;
  axisMode: AxisMode;
  metric: Metric;
  quantityCategory: Category;
  view: ViewName;
  tableSort: TableSort;
  /** The search: records holding its words and figures are highlighted, the rest dimmed. */
  query: string;
}

/** Where the reader's attention is: the mark under the pointer, and the record pinned open. */
export interface Focus {
  hoveredId: string | null;
  /** Where the hovered mark sits on screen (viewport px), for the tooltip. */
  hoverAnchor: { x: number; y: number } | null;
  /** The donor group under the pointer in the bar chart ("NATO+US"). */
  hoveredGroup: string | null;
  /** The record whose source is open; unlike the hover, the URL keeps it (`record=`). */
  pinnedId: string | null;
}

/**
 * The reader's preferences, remembered on this device. The language is in the URL too: an
 * address's `lang=` wins (and is remembered); an address without one takes the remembered one.
 */
export interface Preferences {
  language: Language;
  theme: Theme;
}

/** The whole state: view, focus and preferences. The dataset is not state. */
export type ViewState = ShareableView & Focus & Preferences;

interface ShareableViewActions {
  toggleDonor: (code: string) => void;
  setDonors: (codes: string[]) => void;
  toggleKind: (kind: Kind) => void;
  toggleCategory: (category: Category) => void;
  setShowDeployments: (show: boolean) => void;
  clearFilters: () => void;
  setTimeWindow: (window: [number, number] | null) => void;
  setLaneMode: (mode: LaneMode) => void;
  setAxisMode: (mode: AxisMode) => void;
  setMetric: (metric: Metric) => void;
  setQuantityCategory: (category: Category) => void;
  setView: (view: ViewName) => void;
  setTableSort: (sort: TableSort) => void;
  setQuery: (query: string) => void;
}

interface FocusActions {
  setHovered: (id: string | null, anchor?: { x: number; y: number } | null) => void;
  setHoveredGroup: (group: string | null) => void;
  pin: (id: string | null) => void;
}

interface PreferencesActions {
  setLanguage: (language: Language) => void;
  setTheme: (theme: Theme) => void;
}

export type ViewActions = ShareableViewActions & FocusActions & PreferencesActions;
type Store = ViewState & ViewActions;

const initialShareableView: ShareableView = {
  donors: [],
  kinds: [],
  categories: [],
  showDeployments: false,
  timeWindow: null,
  laneMode: 'donor',
  axisMode: 'squeezed',
  metric: 'usd',
  quantityCategory: 'anti-tank',
  view: 'charts',
  tableSort: { key: 'date', direction: 'ascending' },
  query: '',
};

const initialFocus: Focus = {
  hoveredId: null,
  hoverAnchor: null,
  hoveredGroup: null,
  pinnedId: null,
};

const initialPreferences: Preferences = { language: 'en', theme: 'system' };

/** The state a new page (and every test) starts from, before the preferences are read back. */
export const initialViewState: ViewState = {
  ...initialShareableView,
  ...initialFocus,
  ...initialPreferences,
};

/** A slice of the one store (Zustand's slices pattern): its own state and actions. */
type Slice<T> = StateCreator<Store, [['zustand/persist', unknown]], [], T>;

const toggle = <T>(list: readonly T[], value: T): T[] =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

const createShareableView: Slice<ShareableView & ShareableViewActions> = (set) => ({
  ...initialShareableView,
  toggleDonor: (code) => set((s) => ({ donors: toggle(s.donors, code) })),
  setDonors: (donors) => set({ donors }),
  toggleKind: (kind) => set((s) => ({ kinds: toggle(s.kinds, kind) })),
  toggleCategory: (category) => set((s) => ({ categories: toggle(s.categories, category) })),
  setShowDeployments: (showDeployments) => set({ showDeployments }),
  clearFilters: () => set({ donors: [], kinds: [], categories: [], timeWindow: null }),
  setTimeWindow: (timeWindow) => set({ timeWindow }),
  setLaneMode: (laneMode) => set({ laneMode }),
  setAxisMode: (axisMode) => set({ axisMode }),
  setMetric: (metric) => set({ metric }),
  setQuantityCategory: (quantityCategory) => set({ quantityCategory }),
  setView: (view) => set({ view }),
  setTableSort: (tableSort) => set({ tableSort }),
  setQuery: (query) => set({ query }),
});

const createFocus: Slice<Focus & FocusActions> = (set) => ({
  ...initialFocus,
  setHovered: (hoveredId, hoverAnchor = null) =>
    set({ hoveredId, hoverAnchor: hoveredId ? hoverAnchor : null }),
  setHoveredGroup: (hoveredGroup) => set({ hoveredGroup }),
  pin: (pinnedId) => set({ pinnedId }),
});

const createPreferences: Slice<Preferences & PreferencesActions> = (set) => ({
  ...initialPreferences,
  setLanguage: (language) => set({ language }),
  setTheme: (theme) => set({ theme }),
});

const isIn = <T>(list: readonly T[], value: unknown): value is T => list.includes(value as T);

/**
 * The preferences are kept in localStorage (through a guard: a browser that refuses storage
 * leaves them to this page). What is read back is checked: an unknown language or theme, or
 * anything that is not ours, is left at its default.
 */
const keepPreferences: PersistOptions<Store, Preferences> = {
  name: PREFERENCES_KEY,
  storage: createJSONStorage(() => guardedLocalStorage),
  partialize: ({ language, theme }) => ({ language, theme }),
  merge: (stored, current) => {
    const { language, theme } = (stored ?? {}) as Partial<Record<keyof Preferences, unknown>>;
    return {
      ...current,
      ...(isIn(LANGUAGES, language) && { language }),
      ...(isIn(THEMES, theme) && { theme }),
    };
  },
};

/** The one store of the app's state, composed of its three slices. */
export const useViewStore = create<Store>()(
  persist(
    (...a) => ({ ...createShareableView(...a), ...createFocus(...a), ...createPreferences(...a) }),
    keepPreferences,
  ),
);

/**
 * Puts the view back to its first state (tests start from it; a new dataset starts from it).
 * The reader's language and theme are theirs, not the view's: they are kept unless `all`.
 */
export function resetViewStore({ all = false }: { all?: boolean } = {}) {
  const { language, theme } = useViewStore.getState();
  useViewStore.setState(all ? initialViewState : { ...initialViewState, language, theme });
}

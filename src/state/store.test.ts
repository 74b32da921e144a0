import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialViewState, resetViewStore, useViewStore } from './store';

/** The store as a new page makes it: a fresh module, reading back what this device keeps. */
async function freshStore() {
  vi.resetModules();
  return (await import('./store')).useViewStore;
}

describe('the view store', () => {
  beforeEach(() => resetViewStore({ all: true }));

  it('toggles filters on and off', () => {
    const { toggleDonor, toggleKind } = useViewStore.getState();
    toggleDonor('US');
    toggleDonor('GB');
    toggleDonor('US');
    toggleKind('pledge');
    expect(useViewStore.getState()).toMatchObject({ donors: ['GB'], kinds: ['pledge'] });
  });

  it('clears filters and the time window, keeping the chart settings', () => {
    const s = useViewStore.getState();
    s.setDonors(['US']);
    s.setTimeWindow([0, 1]);
    s.setMetric('count');
    s.clearFilters();
    expect(useViewStore.getState()).toMatchObject({
      donors: [],
      timeWindow: null,
      metric: 'count',
    });
  });

  it('drops the tooltip anchor with the hovered record', () => {
    const s = useViewStore.getState();
    s.setHovered('a', { x: 1, y: 2 });
    expect(useViewStore.getState().hoverAnchor).toEqual({ x: 1, y: 2 });
    s.setHovered(null, { x: 1, y: 2 });
    expect(useViewStore.getState().hoverAnchor).toBeNull();
  });
});

describe('the reader’s preferences', () => {
  beforeEach(() => resetViewStore({ all: true }));
  afterEach(() => vi.restoreAllMocks());

  it('remembers the language and the theme on this device, and nothing of the view', async () => {
    const s = useViewStore.getState();
    s.setLanguage('nl');
    s.setTheme('dark');
    s.setDonors(['US']);
    s.pin('us-approval-350m');
    s.setMetric('count');
    expect((await freshStore()).getState()).toMatchObject({
      ...initialViewState,
      language: 'nl',
      theme: 'dark',
    });
  });

  it('keeps the reader’s language and theme when the view is reset', () => {
    const s = useViewStore.getState();
    s.setLanguage('nl');
    s.setTheme('light');
    s.setView('table');
    resetViewStore();
    expect(useViewStore.getState()).toMatchObject({
      language: 'nl',
      theme: 'light',
      view: 'charts',
    });
  });

  it.each([
    ['nothing kept', null],
    ['an unknown language and theme', '{"state":{"language":"fr","theme":"purple"},"version":0}'],
    ['no state', '{"version":0}'],
    ['a state that is not an object', '{"state":"dark","version":0}'],
    ['text that is not JSON', 'dark'],
  ])('starts in English and the system’s theme for %s', async (_case, kept) => {
    window.localStorage.clear();
    if (kept !== null) window.localStorage.setItem('ukraine-aid-preferences', kept);
    expect((await freshStore()).getState()).toMatchObject({ language: 'en', theme: 'system' });
  });

  it('takes over what an earlier version kept under its own keys, and keeps it the new way', async () => {
    window.localStorage.clear();
    window.localStorage.setItem('ukraine-aid-language', 'nl');
    window.localStorage.setItem('ukraine-aid-theme', 'dark');
    const store = await freshStore();
    expect(store.getState()).toMatchObject({ language: 'nl', theme: 'dark' });
    store.getState().setTheme('light');
    expect(JSON.parse(window.localStorage.getItem('ukraine-aid-preferences')!).state).toEqual({
      language: 'nl',
      theme: 'light',
    });
  });

  it('prefers what is kept the new way over an earlier version’s keys', async () => {
    window.localStorage.setItem('ukraine-aid-language', 'nl');
    window.localStorage.setItem(
      'ukraine-aid-preferences',
      '{"state":{"language":"en","theme":"dark"},"version":0}',
    );
    expect((await freshStore()).getState()).toMatchObject({ language: 'en', theme: 'dark' });
  });

  it('reads back a known value beside an unknown one', async () => {
    window.localStorage.setItem(
      'ukraine-aid-preferences',
      '{"state":{"language":"nl","theme":"purple","donors":["US"]},"version":0}',
    );
    expect((await freshStore()).getState()).toMatchObject({
      language: 'nl',
      theme: 'system',
      donors: [],
    });
  });

  it('works on when the browser refuses storage (a private window, storage blocked)', async () => {
    const refuse = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const getItem = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(refuse);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(refuse);
    const store = await freshStore();
    expect(store.getState()).toMatchObject({ language: 'en', theme: 'system' });
    store.getState().setTheme('dark');
    store.getState().setLanguage('nl');
    store.setState({ donors: ['US'] });
    expect(store.getState()).toMatchObject({ language: 'nl', theme: 'dark', donors: ['US'] });
    // It did try: the guard, not an absent storage, is what kept the page going.
    expect(getItem).toHaveBeenCalled();
    expect(setItem).toHaveBeenCalled();
  });
});

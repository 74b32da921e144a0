import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialViewState, resetViewStore, useViewStore } from './store';
import { sameUrlFields } from './url-state';
import { useUrlSync, type KnownValues } from './use-url-sync';

const known: KnownValues = {
  ids: new Set(['a']),
  formerIds: new Map(),
  donors: new Set(['US', 'GB']),
  span: [Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)],
};

describe('sameUrlFields', () => {
  it('tells a change the address keeps from one it does not', () => {
    const state = { ...initialViewState };
    expect(sameUrlFields(state, { ...state, hoveredId: 'a', theme: 'dark' })).toBe(true);
    expect(sameUrlFields(state, { ...state, donors: ['US'] })).toBe(false);
    expect(sameUrlFields(state, { ...state, timeWindow: [1, 2] })).toBe(false);
    expect(sameUrlFields(state, { ...state, pinnedId: 'a' })).toBe(false);
  });
});

describe('useUrlSync writes a settled change when the page is idle', () => {
  let idle: Array<() => void>;
  beforeEach(() => {
    vi.useFakeTimers();
    idle = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => (idle = []));
    window.history.replaceState(null, '', '/');
    resetViewStore();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('adds the window to the address after a gesture settles, and nothing for a hover', () => {
    renderHook(() => useUrlSync(known, []));
    // Long after the address was read: a change of the reader's is a new history entry.
    act(() => vi.advanceTimersByTime(2000));
    const entries = window.history.length;

    act(() => useViewStore.getState().setHovered('a', { x: 1, y: 1 }));
    act(() => vi.advanceTimersByTime(1000));
    expect(idle).toHaveLength(0);

    const window0 = Date.UTC(2022, 2, 1);
    act(() => useViewStore.getState().setTimeWindow([window0, Date.UTC(2022, 3, 1)]));
    act(() => vi.advanceTimersByTime(1000));
    expect(window.location.search).toBe('');
    expect(idle).toHaveLength(1);
    act(() => idle.shift()!());
    expect(window.location.search).toMatch(/from=2022-03-01/);
    expect(window.history.length).toBe(entries + 1);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { resetViewStore, useViewStore } from './store';

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

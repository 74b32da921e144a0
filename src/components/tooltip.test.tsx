import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import dataset from '../../data/announcements.json';
import type { Dataset } from '../data/schema';
import { createRateIndex } from '../data/rates';
import { resetViewStore, useViewStore } from '../state/store';
import { Tooltip } from './tooltip';

const data = dataset as Dataset;
const rates = createRateIndex(data.exchangeRates);
const byId = new Map(data.announcements.map((r) => [r.id, r]));

describe('Tooltip', () => {
  beforeEach(() => resetViewStore({ all: true }));

  it('shows the hovered record where its mark is, in one render a hover', () => {
    const commits = vi.fn();
    render(
      <Profiler id="tooltip" onRender={commits}>
        <Tooltip byId={byId} rates={rates} texts={new Map()} />
      </Profiler>,
    );
    expect(screen.queryByRole('tooltip')).toBeNull();
    commits.mockClear();
    const [first, second] = data.announcements;
    act(() => useViewStore.getState().setHovered(first!.id, { x: 300, y: 400 }));
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.style.left).toMatch(/px$/);
    expect(tooltip.style.top).toMatch(/px$/);
    // Placed on the element itself: no second render to move it.
    expect(commits).toHaveBeenCalledTimes(1);

    act(() => useViewStore.getState().setHovered(second!.id, { x: 500, y: 600 }));
    expect(commits).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('tooltip')).toBe(tooltip);

    act(() => useViewStore.getState().setHovered(null));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});

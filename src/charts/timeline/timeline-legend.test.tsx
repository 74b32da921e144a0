import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetViewStore, useViewStore } from '../../state/store';
import { TimelineHowTo } from './timeline-legend';

const legend = () => screen.getByRole('list', { name: 'Legend' });

describe('how to read the timeline', () => {
  beforeEach(() => resetViewStore({ all: true }));

  it('describes the squeezed axis: hatched breaks in the help and in the legend', () => {
    render(<TimelineHowTo maxUsd={2e9} maxArea={900} />);
    expect(screen.getByText('How to read the timeline')).toBeInTheDocument();
    expect(screen.getByText(/squeezed into hatched breaks/)).toBeInTheDocument();
    expect(within(legend()).getByText('Squeezed quiet stretch')).toBeInTheDocument();
  });

  it('describes the linear axis when it is in use: durations, no breaks', () => {
    useViewStore.setState({ axisMode: 'linear' });
    render(<TimelineHowTo maxUsd={2e9} maxArea={900} />);
    expect(screen.getByText(/The axis is linear: equal widths are equal durations/)).toBeVisible();
    expect(screen.queryByText(/hatched/)).not.toBeInTheDocument();
    expect(within(legend()).queryByText('Squeezed quiet stretch')).not.toBeInTheDocument();
    expect(within(legend()).getByText('Hollow: no sum printed')).toBeInTheDocument();

    act(() => useViewStore.setState({ language: 'nl' }));
    expect(screen.getByText('Zo lees je de tijdlijn')).toBeInTheDocument();
    expect(screen.getByText(/De as is lineair/)).toBeInTheDocument();
  });
});

import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import dataset from '../../data/announcements.json';
import { resetViewStore, useViewStore } from '../state/store';
import { App } from './app';

const aid = dataset.announcements.filter((r) => r.kind !== 'deployment');

function timeline() {
  return screen.getByRole('group', { name: /^Timeline of/ });
}
function timelineMarks() {
  return within(timeline()).getAllByRole('img');
}
function barChart() {
  return screen.getByRole('group', { name: /^Aid by donor/ });
}
function summary() {
  return screen.getByTestId('summary-line').textContent ?? '';
}

describe('the explorer', () => {
  beforeEach(() => {
    resetViewStore({ all: true });
    window.history.replaceState(null, '', '/');
  });

  it('draws every announcement but the deployments as a labelled mark', () => {
    render(<App />);
    expect(timelineMarks()).toHaveLength(aid.length);
    expect(summary()).toMatch(
      new RegExp(
        `^1 Jan 2019 – 24 Feb 2023: ${aid.length} announcements; \\$[\\d.]+B committed, all by one donor \\(United States\\); no sum printed for \\d+ other donors$`,
      ),
    );
    expect(
      within(timeline()).getByRole('img', {
        name: /United States, approval, 26 Feb 2022, \$350M/,
      }),
    ).toBeInTheDocument();
  });

  it('shows the deployments to allies under their toggle, never in the aid totals', async () => {
    render(<App />);
    const before = summary();
    await userEvent.click(screen.getByRole('checkbox', { name: /Show deployments to allies/ }));
    expect(timelineMarks()).toHaveLength(dataset.announcements.length);
    expect(
      within(timeline()).getAllByRole('img', { name: /Denmark, deployment to allies/ }),
    ).toHaveLength(2);
    const deployments = dataset.announcements.length - aid.length;
    expect(summary()).toBe(`${before} · ${deployments} deployments to allies, shown apart`);
  });

  it('filters both charts and the summary by donor', async () => {
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'United Kingdom', pressed: false }));
    const gb = aid.filter((r) => r.donors.includes('GB'));
    expect(timelineMarks()).toHaveLength(gb.length);
    expect(summary()).toBe(`1 Jan 2019 – 24 Feb 2023: ${gb.length} announcements; no sums printed`);
    await userEvent.click(screen.getByRole('radio', { name: 'Announcements' }));
    expect(within(barChart()).getAllByRole('button', { name: /^Filter to/ })).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(timelineMarks()).toHaveLength(aid.length);
  });

  it('filters to a donor when its bar is clicked, and back', async () => {
    render(<App />);
    // Germany prints no sum: it has a bar among the announcements, not among the dollars.
    act(() => useViewStore.getState().setMetric('count'));
    await userEvent.click(screen.getByRole('button', { name: 'Filter to Germany' }));
    expect(useViewStore.getState().donors).toEqual(['DE']);
    expect(timelineMarks().every((m) => m.getAttribute('aria-label')!.startsWith('Germany'))).toBe(
      true,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Filter to Germany', pressed: true }));
    expect(useViewStore.getState().donors).toEqual([]);
  });

  it('dims the other donors’ marks while a bar is hovered', () => {
    render(<App />);
    act(() => useViewStore.getState().setMetric('count'));
    const germany = screen.getByRole('button', { name: 'Filter to Germany' });
    fireEvent.pointerEnter(germany);
    const marks = timelineMarks();
    const german = marks.filter((m) => m.getAttribute('aria-label')!.startsWith('Germany'));
    expect(german.length).toBeGreaterThan(0);
    for (const m of marks) expect(m.classList.contains('dimmed')).toBe(!german.includes(m));
    fireEvent.pointerLeave(germany);
    expect(timelineMarks().some((m) => m.classList.contains('dimmed'))).toBe(false);
  });

  it('shows the source of a hovered mark: facts, the Dutch excerpt with its figure, the translation', () => {
    render(<App />);
    const mark = within(timeline()).getByRole('img', { name: /approval, 26 Feb 2022/ });
    fireEvent.pointerEnter(mark);
    const tooltip = screen.getByRole('tooltip');
    expect(
      within(tooltip).getByText('350 miljoen dollar', { selector: 'mark' }),
    ).toBeInTheDocument();
    expect(tooltip).toHaveTextContent('Twee dagen nadat Vladimir Poetin op 24 februari');
    expect(tooltip).toHaveTextContent('Two days after Vladimir Putin invaded');
    expect(tooltip).toHaveTextContent(/26 Feb 2022/);
    expect(tooltip).toHaveTextContent(/= \$350M/);
    fireEvent.pointerLeave(mark);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('says which Dutch word a date was inferred from', () => {
    render(<App />);
    fireEvent.pointerEnter(
      within(timeline()).getByRole('img', { name: /United States, delivery, 21 Jan 2022/ }),
    );
    expect(screen.getByRole('tooltip')).toHaveTextContent('inferred from ‘Vrijdag’');
  });

  it('pins a record on click: the article in full with the excerpt marked; Escape closes it', async () => {
    render(<App />);
    const mark = within(timeline()).getByRole('img', { name: /approval, 26 Feb 2022/ });
    // A plain click: d3-zoom's mousedown handler needs a real window (Playwright covers that path).
    fireEvent.click(mark);
    const panel = screen.getByRole('complementary', { name: 'The source' });
    const article = within(panel).getByLabelText('Full article text');
    expect(
      within(article).getByText(/^Twee dagen nadat Vladimir Poetin/, { selector: 'mark' }),
    ).toBeInTheDocument();
    expect(article).toHaveTextContent(/^De VS wil geen enkel excuus/);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: 'The source' })).not.toBeInTheDocument();
  });

  it('moves between marks with the arrow keys, opens one with Enter and returns focus on Escape', async () => {
    render(<App />);
    const first = timelineMarks().find((m) => m.tabIndex === 0)!;
    act(() => first.focus());
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
    // The first lane (Türkiye) has one mark: down goes to the nearest in time in the next lane.
    await userEvent.keyboard('{ArrowDown}');
    await act(() => new Promise((r) => requestAnimationFrame(r)));
    const second = document.activeElement as Element;
    expect(second).not.toBe(first);
    expect(second.getAttribute('role')).toBe('img');
    expect(timelineMarks().filter((m) => m.tabIndex === 0)).toEqual([second]);
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('complementary', { name: 'The source' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(document.activeElement).toBe(second);
  });

  it('switches the timeline to lanes by kind', async () => {
    render(<App />);
    await userEvent.click(screen.getByRole('radio', { name: 'By kind' }));
    expect(timeline()).toHaveAccessibleName(/in lanes by kind/);
    expect(timelineMarks()).toHaveLength(aid.length);
  });

  it('compares donors by announcements and by quantities', async () => {
    render(<App />);
    await userEvent.click(screen.getByRole('radio', { name: 'Quantities' }));
    const category = screen.getByRole('combobox', { name: 'Category' });
    expect(category).toHaveValue('anti-tank');
    expect(
      within(barChart()).getByRole('button', { name: 'Filter to NATO + United States' }),
    ).toBeInTheDocument();
    expect(barChart()).toHaveTextContent('17,000');
  });

  it('narrows the bar chart and the summary to the zoomed time window', () => {
    render(<App />);
    act(() => useViewStore.getState().setTimeWindow([Date.UTC(2023, 0, 1), Date.UTC(2023, 2, 1)]));
    expect(summary()).toMatch(
      /^1 Jan 2023 – 28 Feb 2023: 3 announcements; \$2\.5B committed, all by one donor \(United States\)$/,
    );
  });

  it('reaches the running total beside a bar from the keyboard, marked as never added', () => {
    render(<App />);
    const total = within(barChart()).getByRole('img', { name: /^Running total, not added/ });
    act(() => total.focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent('running total, never added');
  });

  it('explains how the comparison is counted', async () => {
    render(<App />);
    await userEvent.click(screen.getByText('How this is counted'));
    expect(screen.getByText(/never added again/)).toBeVisible();
  });
});

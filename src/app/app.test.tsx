import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import dataset from '../../data/announcements.json';
import { resetViewStore, useViewStore } from '../state/store';
import { App } from './app';

const aid = dataset.announcements.filter((r) => r.kind !== 'deployment');

function timeline() {
  return screen.getByRole('group', { name: /^Timeline of/ });
}
/** How many announcements the timeline says it draws (its marks are on a canvas). */
function drawnCount() {
  return Number(/^Timeline of (\d+)/.exec(timeline().getAttribute('aria-label')!)![1]);
}
type MarkCanvas = HTMLCanvasElement & { markCentre(id: string): { x: number; y: number } | null };
/** Where a record's mark is drawn, as pointer coordinates, or null when it is not drawn. */
function markPoint(id: string) {
  const point = (timeline().querySelector('canvas') as MarkCanvas).markCentre(id);
  return point && { clientX: point.x, clientY: point.y };
}
const plot = () => timeline().querySelector('.plot')!;
/** The record the words describe (its id), to find its mark. */
const idOf = (match: (r: (typeof dataset.announcements)[number]) => boolean) =>
  dataset.announcements.find(match)!.id;
const approval350 = idOf((r) => r.kind === 'approval' && r.amount?.value === 350e6);
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
  // A desktop's width (jsdom lays nothing out), so marks stand apart as on a screen.
  beforeAll(() =>
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
      get: () => 1100,
      configurable: true,
    }),
  );
  afterAll(() => Reflect.deleteProperty(HTMLElement.prototype, 'clientWidth'));

  it('draws every announcement but the deployments, and labels the one in focus', async () => {
    render(<App />);
    expect(drawnCount()).toBe(aid.length);
    expect(markPoint(approval350)).not.toBeNull();
    expect(summary()).toMatch(
      new RegExp(
        `^1 Jan 2019 – 24 Feb 2023: ${aid.length} announcements; \\$[\\d.]+B committed, all by one donor \\(United States\\); no sum printed for \\d+ other donors$`,
      ),
    );
    // One tab stop, labelled; a click on a mark moves it there.
    expect(within(timeline()).getAllByRole('img')).toHaveLength(1);
    fireEvent.click(plot(), markPoint(approval350)!);
    expect(within(timeline()).getByRole('img')).toHaveAccessibleName(
      /^United States, approval, 26 Feb 2022, \$350M/,
    );
  });

  it('shows the deployments to allies under their toggle, never in the aid totals', async () => {
    render(<App />);
    const before = summary();
    await userEvent.click(screen.getByRole('checkbox', { name: /Show deployments to allies/ }));
    expect(drawnCount()).toBe(dataset.announcements.length);
    const denmark = dataset.announcements.filter(
      (r) => r.kind === 'deployment' && r.donors.join() === 'DK',
    );
    expect(denmark).toHaveLength(2);
    for (const r of denmark) expect(markPoint(r.id)).not.toBeNull();
    const deployments = dataset.announcements.length - aid.length;
    expect(summary()).toBe(`${before} · ${deployments} deployments to allies, shown apart`);
  });

  it('filters both charts and the summary by donor', async () => {
    render(<App />);
    await userEvent.click(screen.getByRole('button', { name: 'United Kingdom', pressed: false }));
    const gb = aid.filter((r) => r.donors.includes('GB'));
    expect(drawnCount()).toBe(gb.length);
    expect(markPoint(approval350)).toBeNull();
    expect(summary()).toBe(`1 Jan 2019 – 24 Feb 2023: ${gb.length} announcements; no sums printed`);
    await userEvent.click(screen.getByRole('radio', { name: 'Announcements' }));
    expect(within(barChart()).getAllByRole('button', { name: /^Filter to/ })).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(drawnCount()).toBe(aid.length);
  });

  it('filters to a donor when its bar is clicked, and back', async () => {
    render(<App />);
    // Germany prints no sum: it has a bar among the announcements, not among the dollars.
    act(() => useViewStore.getState().setMetric('count'));
    await userEvent.click(screen.getByRole('button', { name: 'Filter to Germany' }));
    expect(useViewStore.getState().donors).toEqual(['DE']);
    const germany = aid.filter((r) => r.donors.join() === 'DE');
    expect(drawnCount()).toBe(germany.length);
    for (const r of germany) expect(markPoint(r.id)).not.toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Filter to Germany', pressed: true }));
    expect(useViewStore.getState().donors).toEqual([]);
  });

  it('tells the timeline which donor is hovered in the bar chart (its marks stay, the rest dim)', () => {
    // The dimming itself is drawn on the canvas: markDimmer's tests cover which marks.
    render(<App />);
    act(() => useViewStore.getState().setMetric('count'));
    const germany = screen.getByRole('button', { name: 'Filter to Germany' });
    fireEvent.pointerEnter(germany);
    expect(useViewStore.getState().hoveredGroup).toBe('DE');
    fireEvent.pointerLeave(germany);
    expect(useViewStore.getState().hoveredGroup).toBeNull();
  });

  it('shows the source of a hovered mark: facts, the Dutch excerpt with its figure, the translation', () => {
    render(<App />);
    fireEvent.pointerMove(plot(), markPoint(approval350)!);
    const tooltip = screen.getByRole('tooltip');
    expect(
      within(tooltip).getByText('350 miljoen dollar', { selector: 'mark' }),
    ).toBeInTheDocument();
    expect(tooltip).toHaveTextContent('Twee dagen nadat Vladimir Poetin op 24 februari');
    expect(tooltip).toHaveTextContent('Two days after Vladimir Putin invaded');
    expect(tooltip).toHaveTextContent(/26 Feb 2022/);
    expect(tooltip).toHaveTextContent(/= \$350M/);
    fireEvent.pointerLeave(plot());
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('says which Dutch word a date was inferred from', () => {
    render(<App />);
    const delivery = idOf((r) => r.kind === 'delivery' && r.date.start === '2022-01-21');
    fireEvent.pointerMove(plot(), markPoint(delivery)!);
    expect(screen.getByRole('tooltip')).toHaveTextContent('inferred from ‘Vrijdag’');
  });

  it('pins a record on click: the article in full with the excerpt marked; Escape closes it', async () => {
    render(<App />);
    // A plain click: d3-zoom's mousedown handler needs a real window (Playwright covers that path).
    fireEvent.click(plot(), markPoint(approval350)!);
    // The panel and the article texts are fetched on the first pin.
    const panel = await screen.findByRole('complementary', { name: 'The source' });
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
    // One tab stop; only the mark in focus is described.
    const stop = within(timeline()).getByRole('img');
    expect(stop.tabIndex).toBe(0);
    act(() => stop.focus());
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
    const firstId = stop.getAttribute('data-record-id');
    // The first lane (Türkiye) has one mark: down goes to the nearest in time in the next lane.
    await userEvent.keyboard('{ArrowDown}');
    const second = document.activeElement as Element;
    expect(second.getAttribute('role')).toBe('img');
    const secondId = second.getAttribute('data-record-id');
    expect(secondId).not.toBe(firstId);
    expect(second).toHaveAccessibleName(/^United States, /);
    expect(within(timeline()).getAllByRole('img')).toEqual([second]);
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('complementary', { name: 'The source' })).toBeInTheDocument();
    expect(useViewStore.getState().pinnedId).toBe(secondId);
    await userEvent.keyboard('{Escape}');
    expect(document.activeElement).toBe(second);
    expect(second.getAttribute('data-record-id')).toBe(secondId);
  });

  it('switches the timeline to lanes by kind', async () => {
    render(<App />);
    await userEvent.click(screen.getByRole('radio', { name: 'By kind' }));
    expect(timeline()).toHaveAccessibleName(/in lanes by kind/);
    expect(drawnCount()).toBe(aid.length);
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

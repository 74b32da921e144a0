import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetViewStore, useViewStore } from '../state/store';
import { SKIP_TARGETS, SkipLinks } from './skip-links';

/** The two places the links land on, as explorer.tsx renders them for the view on show. */
function Page() {
  const view = useViewStore((s) => s.view);
  return (
    <>
      <SkipLinks />
      <button type="button">Language</button>
      {view === 'charts' && (
        <div id={SKIP_TARGETS.timeline} tabIndex={-1} data-testid="timeline">
          <button type="button">Lanes</button>
        </div>
      )}
      {view === 'table' && <div id={SKIP_TARGETS.table} tabIndex={-1} data-testid="table" />}
    </>
  );
}

describe('SkipLinks', () => {
  beforeEach(() => resetViewStore({ all: true }));

  it('are the first two stops of the page', async () => {
    render(<Page />);
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Skip to the timeline' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Skip to the table' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Language' })).toHaveFocus();
  });

  it('"Skip to the table" switches to the table view and focuses it', async () => {
    render(<Page />);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(useViewStore.getState().view).toBe('table');
    expect(screen.getByTestId('table')).toHaveFocus();
  });

  it('"Skip to the timeline" focuses the timeline, back from another view, and Tab goes on inside it', async () => {
    useViewStore.getState().setView('sources');
    render(<Page />);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(useViewStore.getState().view).toBe('charts');
    expect(screen.getByTestId('timeline')).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Lanes' })).toHaveFocus();
  });
});

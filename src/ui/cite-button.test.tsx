import { fireEvent, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetViewStore, useViewStore } from '../state/store';
import { CiteButton, useCitationPlace } from './cite-button';
import { DatasetNameContext } from './source-line';

const clipboard = (writeText: (text: string) => Promise<void>) =>
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

describe('CiteButton', () => {
  beforeEach(() => resetViewStore({ all: true }));
  afterEach(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  });

  it('copies the citation made at the click, and says so in a live region', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    clipboard(writeText);
    let n = 0;
    render(<CiteButton label="Cite this record" citation={() => `citation ${++n}`} />);
    // fireEvent, not userEvent: userEvent puts a clipboard of its own in place of this one.
    fireEvent.click(screen.getByRole('button', { name: 'Cite this record' }));
    expect(await screen.findByText('Copied')).toHaveAttribute('role', 'status');
    expect(writeText).toHaveBeenCalledWith('citation 1');
  });

  it('shows the citation selected in a read-only field when the clipboard is refused', async () => {
    clipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    render(<CiteButton label="Cite" citation={() => 'the citation'} />);
    await userEvent.click(screen.getByRole('button', { name: 'Cite' }));
    const field = screen.getByRole('textbox', { name: /clipboard was refused/ });
    expect(field).toHaveValue('the citation');
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('falls back the same way where there is no clipboard at all (plain http)', async () => {
    render(<CiteButton label="Cite" citation={() => 'the citation'} />);
    await userEvent.click(screen.getByRole('button', { name: 'Cite' }));
    expect(screen.getByRole('textbox')).toHaveValue('the citation');
  });

  it('speaks Dutch in the Dutch interface', async () => {
    useViewStore.getState().setLanguage('nl');
    clipboard(() => Promise.resolve());
    render(<CiteButton label="Citeer" citation={() => 'x'} />);
    expect(screen.getByRole('button', { name: 'Citeer' })).toHaveTextContent('Citeer');
    await userEvent.click(screen.getByRole('button', { name: 'Citeer' }));
    expect(screen.getByRole('status')).toHaveTextContent('Gekopieerd');
  });
});

describe('useCitationPlace', () => {
  beforeEach(() => window.history.replaceState(null, '', '/?donor=US'));

  const placeWith = (name: string | null) =>
    renderHook(() => useCitationPlace(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <DatasetNameContext value={name}>{children}</DatasetNameContext>
      ),
    }).result.current;

  it('sends the reader to the address of the view, with the record when one is cited', () => {
    const place = placeWith(null);
    expect(place(null)).toEqual({ url: 'http://localhost:3000/?donor=US' });
    expect(place('us-approval-350m')).toEqual({
      url: 'http://localhost:3000/?donor=US&record=us-approval-350m',
    });
  });

  it('names a file from the reader’s disk, which no address brings back', () => {
    expect(placeWith('mine.csv')('r-1')).toEqual({ file: 'mine.csv' });
  });

  it('gives the address of a dataset loaded by ?data=, which does bring it back', () => {
    window.history.replaceState(null, '', '/?data=/mine.csv');
    expect(placeWith('mine.csv')(null)).toEqual({ url: 'http://localhost:3000/?data=/mine.csv' });
  });
});

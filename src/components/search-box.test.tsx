import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetViewStore, useViewStore } from '../state/store';
import { SearchBox } from './search-box';

describe('SearchBox', () => {
  beforeEach(() => resetViewStore({ all: true }));

  it('keeps what is typed in the store, and clears it on request', async () => {
    render(<SearchBox />);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'Javelin');
    expect(useViewStore.getState().query).toBe('Javelin');
    await userEvent.click(screen.getByRole('button', { name: 'Clear the search' }));
    expect(useViewStore.getState().query).toBe('');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Clear the search' })).not.toBeInTheDocument();
  });

  it('shows a search set elsewhere (the address)', () => {
    render(<SearchBox />);
    act(() => useViewStore.getState().setQuery('17.000'));
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('17.000');
  });

  it('is focused by "/" from the page, but not while the reader types in a field', () => {
    render(
      <>
        <input aria-label="Other field" />
        <input type="checkbox" aria-label="A toggle" />
        <SearchBox />
      </>,
    );
    const box = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.keyDown(document.body, { key: '/' });
    expect(box).toHaveFocus();

    const other = screen.getByRole('textbox', { name: 'Other field' });
    other.focus();
    fireEvent.keyDown(other, { key: '/' });
    expect(other).toHaveFocus();

    const toggle = screen.getByRole('checkbox', { name: 'A toggle' });
    toggle.focus();
    fireEvent.keyDown(toggle, { key: '/' });
    expect(box).toHaveFocus();

    other.focus();
    fireEvent.keyDown(document.body, { key: '/', ctrlKey: true });
    expect(other).toHaveFocus();
  });

  it('describes what it searches', () => {
    render(<SearchBox />);
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveAccessibleDescription(
      /excerpts, translations, notes, items and donors/,
    );
  });
});

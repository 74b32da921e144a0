import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetViewStore, useViewStore } from '../state/store';
import { DataLoader } from './data-loader';

const noop = () => {};
const loader = (work: { records: number; added: number; articles: number } | null) => (
  <DataLoader
    current={null}
    builtInCount={38}
    builtInWork={work}
    error={null}
    loading={null}
    onFiles={noop}
    onCancel={noop}
    onBuiltIn={noop}
    onDismissError={noop}
  />
);

describe('the status line of the built-in dataset', () => {
  beforeEach(() => resetViewStore({ all: true }));

  it('names the five articles when there is no curation work', () => {
    render(loader(null));
    expect(screen.getByTestId('data-status')).toHaveTextContent(
      'Showing the built-in dataset: 38 announcements from five articles.',
    );
  });

  it('counts the curator’s records and articles with it, in both languages', () => {
    render(loader({ records: 40, added: 2, articles: 6 }));
    expect(screen.getByTestId('data-status')).toHaveTextContent(
      'Showing the built-in dataset with your curation work: 40 announcements (2 new) from 6 articles.',
    );
    act(() => useViewStore.getState().setLanguage('nl'));
    expect(screen.getByTestId('data-status')).toHaveTextContent(
      'De ingebouwde dataset met uw curatiewerk: 40 aankondigingen (2 nieuw) uit 6 artikelen.',
    );
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { lazyPart } from './lazy-part';

function Part({ word }: { word: string }) {
  return <p>{word}</p>;
}

describe('a part of the page loaded on demand', () => {
  it('says it is loading, then shows the part', async () => {
    const Lazy = lazyPart(async () => Part);
    render(<Lazy word="loaded" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading this part of the page');
    expect(await screen.findByText('loaded')).toBeInTheDocument();
  });

  it('says so when its code cannot be fetched, and tries again on request', async () => {
    let attempts = 0;
    const Lazy = lazyPart(async () => {
      attempts++;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return Part;
    });
    render(<Lazy word="second time" />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This part of the page could not be loaded',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Failed to fetch dynamically');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('second time')).toBeInTheDocument();
    expect(attempts).toBe(2);
  });

  it('leaves an error of the part itself to the page’s boundary', async () => {
    function Broken(): never {
      throw new Error('drawing failed');
    }
    const Lazy = lazyPart(async () => Broken);
    const { ErrorBoundary } = await import('../app/error-boundary');
    render(
      <ErrorBoundary>
        <Lazy />
      </ErrorBoundary>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('drawing failed');
    expect(screen.queryByText(/could not be loaded/)).toBeNull();
  });
});

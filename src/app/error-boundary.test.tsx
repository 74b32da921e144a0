import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary';

describe('ErrorBoundary', () => {
  it('shows what went wrong and a way back instead of a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    let broken = true;
    function View() {
      if (broken) throw new Error('The layout met a record with no date');
      return <p>The charts</p>;
    }
    const onReset = vi.fn(() => {
      broken = false;
    });
    render(
      <ErrorBoundary onReset={onReset}>
        <View />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The layout met a record with no date');
    await userEvent.click(screen.getByRole('button', { name: 'Back to the start' }));
    expect(onReset).toHaveBeenCalledOnce();
    expect(screen.getByText('The charts')).toBeInTheDocument();
    vi.restoreAllMocks();
  });
});

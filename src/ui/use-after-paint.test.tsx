import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from './use-after-paint';

function Part({ defer }: { defer: boolean }) {
  return <p>{useAfterPaint(defer) ? 'drawn' : 'waiting'}</p>;
}

describe('useAfterPaint', () => {
  afterEach(() => vi.useRealTimers());

  it('is true at once when nothing is deferred', () => {
    render(<Part defer={false} />);
    expect(screen.getByText('drawn')).toBeInTheDocument();
  });

  it('waits for the next frame and a task after it, then stays true', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout'] });
    const { rerender } = render(<Part defer />);
    expect(screen.getByText('waiting')).toBeInTheDocument();
    act(() => vi.advanceTimersToNextFrame());
    expect(screen.getByText('waiting')).toBeInTheDocument();
    act(() => vi.runOnlyPendingTimers());
    expect(screen.getByText('drawn')).toBeInTheDocument();
    rerender(<Part defer />);
    expect(screen.getByText('drawn')).toBeInTheDocument();
  });

  it('gives up its frame when the part goes before it', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout'] });
    const { unmount } = render(<Part defer />);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});

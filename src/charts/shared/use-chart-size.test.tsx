import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useChartWidth } from './use-chart-size';

/** A chart that notes the width of each of its renders, in a frame `frameWidth` wide. */
function Chart({ frameWidth, renders }: { frameWidth: number; renders: number[] }) {
  const { ref, width, measured } = useChartWidth<HTMLDivElement>();
  renders.push(width);
  return (
    <div
      ref={(element) => {
        if (element) Object.defineProperty(element, 'clientWidth', { value: frameWidth });
        ref.current = element;
      }}
    >
      {measured ? 'measured' : 'not yet'}
    </div>
  );
}

describe('useChartWidth', () => {
  it('measures its frame, and a chart drawn again starts at the width last measured', () => {
    const first: number[] = [];
    const { unmount, getByText } = render(<Chart frameWidth={1090} renders={first} />);
    expect(getByText('measured')).toBeInTheDocument();
    expect(first.at(-1)).toBe(1090);
    unmount();
    const again: number[] = [];
    render(<Chart frameWidth={1090} renders={again} />);
    // Its first render is at the measured width already, so its layouts are kept.
    expect(again).toEqual([1090, 1090]);
  });

  it('takes the new width when the frame changed meanwhile, never less than 240', () => {
    const renders: number[] = [];
    render(<Chart frameWidth={100} renders={renders} />);
    expect(renders.at(-1)).toBe(240);
  });
});

import { describe, expect, it } from 'vitest';
import { hitIndex, hitTest, nextItem, type ViewItem } from './timeline-navigation';
import type { Aggregate } from './level-of-detail';

const item = (key: string, lane: number, x: number, y = lane * 40 + 20): ViewItem => ({
  key,
  lane,
  x,
  y,
  r: 4,
  slot: 0,
  aggregate: null,
});

// Lanes 0 (US), 1 (GB), 2 (DE), items by lane then x as viewItems sorts them.
const items = [
  item('us-1', 0, 10),
  item('us-2', 0, 100),
  item('us-3', 0, 300),
  item('gb-1', 1, 95),
  item('de-1', 2, 290),
];

describe('nextItem', () => {
  it.each([
    ['ArrowRight', 'us-1', 'us-2'],
    ['ArrowRight', 'us-3', 'us-3'],
    ['ArrowLeft', 'us-2', 'us-1'],
    ['End', 'us-1', 'us-3'],
    ['Home', 'us-3', 'us-1'],
    ['ArrowDown', 'us-2', 'gb-1'],
    ['ArrowDown', 'gb-1', 'de-1'],
    ['ArrowUp', 'de-1', 'gb-1'],
    ['ArrowUp', 'us-2', 'us-2'],
  ])('%s from %s goes to %s', (key, from, to) => {
    expect(nextItem(items, from, key)!.key).toBe(to);
  });

  it('skips a lane with nothing in view', () => {
    const sparse = [item('us-1', 0, 10), item('de-1', 2, 12)];
    expect(nextItem(sparse, 'us-1', 'ArrowDown')!.key).toBe('de-1');
  });

  it('starts at the first item when none is current, and returns null when there are none', () => {
    expect(nextItem(items, null, 'ArrowRight')!.key).toBe('us-1');
    expect(nextItem([], null, 'ArrowRight')).toBeNull();
  });
});

describe('hitTest', () => {
  const aggregate: Aggregate = {
    key: 'agg-1-7',
    lane: 1,
    members: [7, 8, 9],
    x0: 200,
    x1: 210,
    y: 60,
    height: 40,
    usd: 0,
    base: [200, 210],
    box: { x: 195, y: 42, width: 20, height: 36 },
    countShown: true,
    opens: 'zoom',
  };
  const tree = hitIndex([
    ...items,
    { key: aggregate.key, lane: 1, x: 205, y: 60, r: 10, slot: null, aggregate },
  ]);

  it('finds a mark within 12 px of its edge (a 24 px target), and nothing further', () => {
    expect(hitTest(tree, 10, 20)!.key).toBe('us-1');
    expect(hitTest(tree, 10 + 4 + 11, 20)!.key).toBe('us-1');
    expect(hitTest(tree, 10 + 4 + 13, 20)).toBeNull();
  });

  it('finds the nearest of two close marks', () => {
    expect(hitTest(tree, 97, 50)!.key).toBe('gb-1');
    expect(hitTest(tree, 100, 22)!.key).toBe('us-2');
  });

  it('finds an aggregate anywhere on its box, up and down the lane', () => {
    expect(hitTest(tree, 205, 44)!.key).toBe('agg-1-7');
    expect(hitTest(tree, 214, 76)!.key).toBe('agg-1-7');
  });
});

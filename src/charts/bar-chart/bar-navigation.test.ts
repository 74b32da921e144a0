import { describe, expect, it } from 'vitest';
import { makeRecord, usd } from '../../test/make-record';
import { layoutBars } from './bar-layout';
import { focusOrder, nextFocusKey } from './bar-navigation';
import { drawnRows } from './bar-segments';

const a = makeRecord({ id: 'a', kind: 'delivery', amount: usd(300) });
const b = makeRecord({ id: 'b', amount: usd(100) });
const total = makeRecord({ id: 'total', kind: 'cumulative', amount: usd(500) });
const gb = makeRecord({ id: 'gb', donors: ['GB'], amount: usd(50) });
const rows = layoutBars([a, b, total, gb], new Map(), 'usd', 'anti-tank');
const order = focusOrder(drawnRows(rows, (value) => value, true));

describe('keyboard path through the comparison', () => {
  it('reads row by row: committed, delivered, then running totals', () => {
    expect(order.map((part) => part.key)).toEqual([
      'US:c:a',
      'US:c:b',
      'US:d:a',
      'US:r:total',
      'GB:c:gb',
    ]);
  });

  it.each([
    ['US:c:a', 'ArrowRight', 'US:c:b'],
    ['US:c:a', 'ArrowLeft', 'US:c:a'],
    ['US:r:total', 'ArrowRight', 'GB:c:gb'],
    ['GB:c:gb', 'ArrowRight', 'GB:c:gb'],
    ['US:d:a', 'ArrowDown', 'GB:c:gb'],
    ['GB:c:gb', 'ArrowUp', 'US:c:a'],
    ['US:c:b', 'ArrowUp', 'US:c:b'],
    ['US:c:b', 'Tab', null],
  ])('from %s, %s goes to %s', (from, key, to) => {
    expect(nextFocusKey(order, rows, from, key)).toBe(to);
  });
});

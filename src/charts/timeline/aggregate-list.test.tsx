import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createRateIndex } from '../../data/rates';
import { makeRecord, onDay, usd } from '../../test/make-record';
import { createTimeScale } from './timeline-layout';
import { buildMarkTable } from './mark-table';
import { AggregateList, listPlace } from './aggregate-list';

const records = [
  makeRecord({ id: 'a-1', date: onDay('2022-03-01'), amount: usd(2e6) }),
  makeRecord({ id: 'a-2', kind: 'delivery', date: onDay('2022-03-01'), amount: null }),
  makeRecord({ id: 'a-3', donors: ['GB'], date: onDay('2022-03-01'), amount: usd(5e5) }),
];
const table = buildMarkTable(
  records,
  createRateIndex([]),
  createTimeScale(records, 600, 'squeezed').scale,
  'donor',
);
const place = { left: 0, top: 0, above: false };

function show() {
  const onOpen = vi.fn();
  const onClose = vi.fn();
  const outer = vi.fn();
  render(
    <div onKeyDown={outer}>
      <AggregateList
        table={table}
        members={[0, 1, 2]}
        title="3 announcements, 1 Mar 2022"
        place={place}
        onOpen={onOpen}
        onClose={onClose}
      />
    </div>,
  );
  return { onOpen, onClose, outer, list: screen.getByRole('listbox') };
}

describe('AggregateList', () => {
  it('lists each announcement with its date, donor, kind and dollars, and takes the focus', () => {
    const { list } = show();
    expect(screen.getByRole('dialog', { name: '3 announcements, 1 Mar 2022' })).toBeVisible();
    expect(list).toHaveFocus();
    const options = within(list).getAllByRole('option');
    expect(options).toHaveLength(3);
    expect(options[0]).toHaveTextContent(/1 Mar 2022.*United States.*Pledge.*\$2M/);
    expect(options[1]).toHaveTextContent(/Delivery.*no sum printed/);
    expect(options[2]).toHaveTextContent(/United Kingdom/);
    expect(options[0]).toHaveAttribute('aria-label', expect.stringMatching(/^United States, /));
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
  });

  it('steps with the arrow keys, Home and End, opens with Enter and closes with Escape, keeping its keys from the plot', () => {
    const { list, onOpen, onClose, outer } = show();
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(list).toHaveAttribute('aria-activedescendant', 'aggregate-member-1');
    fireEvent.keyDown(list, { key: 'End' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(list).toHaveAttribute('aria-activedescendant', 'aggregate-member-2');
    fireEvent.keyDown(list, { key: 'PageUp' });
    expect(list).toHaveAttribute('aria-activedescendant', 'aggregate-member-0');
    fireEvent.keyDown(list, { key: 'ArrowRight' });
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith('a-2');
    fireEvent.keyDown(list, { key: '+' });
    fireEvent.keyDown(list, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(outer).not.toHaveBeenCalled();
    fireEvent.keyDown(list, { key: 'Tab' });
    expect(outer).toHaveBeenCalledTimes(1);
  });

  it('opens an announcement on a click, and closes with its button', () => {
    const { onOpen, onClose } = show();
    fireEvent.click(screen.getAllByRole('option')[2]!);
    expect(onOpen).toHaveBeenCalledWith('a-3');
    fireEvent.click(screen.getByRole('button', { name: 'Close the list' }));
    expect(onClose).toHaveBeenCalled();
  });
});

describe('listPlace', () => {
  const plot = { left: 172, top: 30, width: 1200, height: 2000 };
  it('hangs under the box, centred on it, inside the timeline', () => {
    const box = { x: 500, y: 100, width: 20, height: 40 };
    expect(listPlace(box, plot)).toEqual({ left: 172 + 510 - 184, top: 30 + 144, above: false });
    expect(listPlace({ ...box, x: 0 }, plot).left).toBe(0);
    expect(listPlace({ ...box, x: 1190 }, plot).left).toBe(1200 - 368);
  });
  it('hangs over the box near the plot’s foot', () => {
    const box = { x: 500, y: 1900, width: 20, height: 40 };
    expect(listPlace(box, plot)).toEqual({ left: 498, top: 30 + 1896, above: true });
  });
});

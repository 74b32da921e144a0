import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeRecord } from '../test/make-record';
import { resetViewStore, useViewStore } from '../state/store';
import { Filters } from './filters';

const records = [
  makeRecord({
    id: 'a',
    donors: ['US'],
    items: [{ category: 'anti-tank', quantity: 2000, unit: 'pieces' }],
  }),
  makeRecord({ id: 'b', donors: ['GB'], kind: 'delivery' }),
  makeRecord({ id: 'c', donors: ['DE'], kind: 'refusal' }),
];

describe('Filters', () => {
  beforeEach(() => resetViewStore({ all: true }));

  it('makes each list one tab stop: arrows move inside, Space toggles', async () => {
    render(<Filters records={records} />);
    const donors = screen.getByRole('toolbar', { name: 'Donors' });
    const kinds = screen.getByRole('toolbar', { name: /^Kinds/ });
    await userEvent.tab(); // the phone's disclosure button (hidden by CSS elsewhere)
    await userEvent.tab();
    expect(within(donors).getByRole('button', { name: /United States/ })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight} ');
    expect(within(donors).getByRole('button', { name: /United Kingdom/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(useViewStore.getState().donors).toEqual(['GB']);
    await userEvent.tab();
    expect(within(kinds).getByRole('button', { name: /Pledge/ })).toHaveFocus();
    // The deployments switch is the kinds' last stop; it turns the deployments' chip on.
    await userEvent.keyboard('{End} ');
    expect(within(kinds).getByRole('checkbox', { name: /deployments/ })).toBeChecked();
    expect(useViewStore.getState().showDeployments).toBe(true);
    await userEvent.tab();
    expect(screen.getByRole('toolbar', { name: 'Item categories' })).toContainElement(
      document.activeElement as HTMLElement,
    );
  });

  it('folds behind "Filters (n active)" on a phone, which says how many are on', async () => {
    render(<Filters records={records} />);
    const toggle = screen.getByRole('button', { name: 'Filters' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const body = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(body).toContainElement(screen.getByRole('toolbar', { name: 'Donors' }));
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('region', { name: /Filters/ })).toHaveClass('filters-open');
    await userEvent.click(screen.getByRole('button', { name: /United States/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /deployments/ }));
    expect(screen.getByRole('button', { name: 'Filters (2 active)' })).toBe(toggle);
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ToggleToolbar } from './toggle-toolbar';

function Fruits({ disabled = [] as string[], withBasket = false }) {
  const [pressed, setPressed] = useState<string[]>([]);
  const [basket, setBasket] = useState(false);
  return (
    <>
      <button type="button">before</button>
      <ToggleToolbar
        label="Fruit"
        items={['Apple', 'Banana', 'Cherry', 'Date'].map((key) => ({
          key,
          label: key,
          pressed: pressed.includes(key),
          disabled: disabled.includes(key),
        }))}
        onToggle={(key) =>
          setPressed(pressed.includes(key) ? pressed.filter((k) => k !== key) : [...pressed, key])
        }
        trailing={
          withBasket
            ? (roving) => (
                <label>
                  <input
                    {...roving}
                    type="checkbox"
                    checked={basket}
                    onChange={(e) => setBasket(e.target.checked)}
                  />
                  Basket
                </label>
              )
            : undefined
        }
      />
      <button type="button">after</button>
    </>
  );
}

const fruit = (name: string) => screen.getByRole('button', { name });

describe('ToggleToolbar', () => {
  it('is one tab stop, a toolbar named by its label', async () => {
    render(<Fruits />);
    expect(screen.getByRole('toolbar', { name: 'Fruit' })).toBeInTheDocument();
    fruit('before').focus();
    await userEvent.tab();
    expect(fruit('Apple')).toHaveFocus();
    await userEvent.tab();
    expect(fruit('after')).toHaveFocus();
  });

  it('moves the focus with the arrow keys, wrapping, and Home and End, pressing nothing', async () => {
    render(<Fruits />);
    fruit('Apple').focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(fruit('Banana')).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(fruit('Cherry')).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(fruit('Date')).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(fruit('Apple')).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(fruit('Date')).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(fruit('Apple')).toHaveFocus();
    expect(screen.queryAllByRole('button', { pressed: true })).toEqual([]);
  });

  it('toggles the focused button with Space and Enter, and Tab comes back to it', async () => {
    render(<Fruits />);
    fruit('Apple').focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await userEvent.keyboard(' ');
    expect(fruit('Cherry')).toHaveAttribute('aria-pressed', 'true');
    await userEvent.keyboard('{ArrowLeft}{Enter}');
    expect(fruit('Banana')).toHaveAttribute('aria-pressed', 'true');
    await userEvent.keyboard('{Enter}');
    expect(fruit('Banana')).toHaveAttribute('aria-pressed', 'false');
    await userEvent.tab();
    await userEvent.tab({ shift: true });
    expect(fruit('Banana')).toHaveFocus();
  });

  it('passes over disabled buttons, and starts at the first enabled one', async () => {
    render(<Fruits disabled={['Apple', 'Cherry']} />);
    fruit('before').focus();
    await userEvent.tab();
    expect(fruit('Banana')).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(fruit('Date')).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(fruit('Banana')).toHaveFocus();
  });

  it('holds a trailing control in the same stop: the arrows reach it, Space checks it', async () => {
    render(<Fruits withBasket disabled={['Date']} />);
    fruit('Apple').focus();
    await userEvent.keyboard('{ArrowLeft}');
    const basket = screen.getByRole('checkbox', { name: 'Basket' });
    expect(basket).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(basket).toBeChecked();
    await userEvent.tab({ shift: true });
    await userEvent.tab();
    expect(basket).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(fruit('Apple')).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(basket).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(fruit('Cherry')).toHaveFocus();
  });
});

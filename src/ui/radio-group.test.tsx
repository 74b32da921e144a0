import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { RadioGroup } from './radio-group';

function Sizes({ start = 'm' as 's' | 'm' | 'l' }) {
  const [value, setValue] = useState(start);
  return (
    <>
      <button type="button">before</button>
      <RadioGroup
        label="Size"
        options={[
          { value: 's', label: 'Small' },
          { value: 'm', label: 'Medium' },
          { value: 'l', label: 'Large' },
        ]}
        value={value}
        onChange={setValue}
      />
      <button type="button">after</button>
    </>
  );
}

const checked = () =>
  screen.getAllByRole('radio').find((r) => r.getAttribute('aria-checked') === 'true')!;

describe('RadioGroup', () => {
  it('is one tab stop, on the chosen option', async () => {
    render(<Sizes />);
    expect(screen.getByRole('radiogroup', { name: 'Size' })).toBeInTheDocument();
    screen.getByRole('button', { name: 'before' }).focus();
    await userEvent.tab();
    expect(screen.getByRole('radio', { name: 'Medium' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
  });

  it('moves the choice and the focus with the arrow keys, wrapping, and Home and End', async () => {
    render(<Sizes />);
    screen.getByRole('radio', { name: 'Medium' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(checked()).toHaveTextContent('Large');
    expect(checked()).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(checked()).toHaveTextContent('Small');
    await userEvent.keyboard('{ArrowLeft}');
    expect(checked()).toHaveTextContent('Large');
    await userEvent.keyboard('{ArrowUp}');
    expect(checked()).toHaveTextContent('Medium');
    await userEvent.keyboard('{Home}');
    expect(checked()).toHaveTextContent('Small');
    await userEvent.keyboard('{End}');
    expect(checked()).toHaveTextContent('Large');
    expect(checked()).toHaveFocus();
  });

  it('chooses on click, as before', async () => {
    render(<Sizes />);
    await userEvent.click(screen.getByRole('radio', { name: 'Small' }));
    expect(checked()).toHaveTextContent('Small');
    expect(screen.getAllByRole('radio').map((r) => r.tabIndex)).toEqual([0, -1, -1]);
  });
});

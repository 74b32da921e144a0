import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { rovingIndex } from './roving-index';

export interface ToggleItem {
  key: string;
  label: ReactNode;
  pressed: boolean;
  disabled?: boolean;
}

interface ToggleToolbarProps {
  /** The list's name, read out by screen readers (the fieldset's legend). */
  label: string;
  items: readonly ToggleItem[];
  onToggle: (key: string) => void;
  /** The class of the list and of each toggle button. */
  className?: string;
  itemClassName?: string;
  /**
   * One more control after the buttons, in the same tab stop (a toolbar may hold a checkbox):
   * given the props that make it part of the roving focus, it returns the element.
   */
  trailing?: (roving: RovingProps) => ReactNode;
}

/** What the trailing control spreads onto its focusable element. */
export interface RovingProps {
  tabIndex: number;
  'data-roving-key': string;
  onFocus: () => void;
}

const TRAILING = '\u0000trailing';

/**
 * A list of toggle buttons with the toolbar's keyboard behaviour (WAI-ARIA APG): one tab stop
 * (the button last moved to, else the first that can be pressed); the arrow keys move the focus
 * (wrapping, past disabled buttons), Home and End go to the ends; Space and Enter press the
 * focused button, as any button. The switches (radio-group.tsx) move the choice as well; a
 * filter list moves only the focus, since each button toggles on its own.
 */
export function ToggleToolbar({
  label,
  items,
  onToggle,
  className,
  itemClassName,
  trailing,
}: ToggleToolbarProps) {
  const [current, setCurrent] = useState<string | null>(null);
  const enabled = [
    ...items.filter((item) => !item.disabled).map((item) => item.key),
    ...(trailing ? [TRAILING] : []),
  ];
  const stop = current !== null && enabled.includes(current) ? current : (enabled[0] ?? null);

  const onKeyDown = (event: KeyboardEvent) => {
    const at = stop === null ? 0 : enabled.indexOf(stop);
    const index = rovingIndex(event.key, at, enabled.length);
    if (index === null) return;
    event.preventDefault();
    const next = enabled[index]!;
    setCurrent(next);
    for (const element of event.currentTarget.querySelectorAll<HTMLElement>('[data-roving-key]'))
      if (element.dataset.rovingKey === next) element.focus();
  };

  return (
    <div
      role="toolbar"
      aria-label={label}
      aria-orientation="horizontal"
      className={className}
      onKeyDown={onKeyDown}
    >
      {items.map((item) => (
        <button
          key={item.key}
          data-roving-key={item.key}
          type="button"
          className={itemClassName}
          aria-pressed={item.pressed}
          disabled={item.disabled}
          tabIndex={item.key === stop ? 0 : -1}
          onFocus={() => setCurrent(item.key)}
          onClick={() => onToggle(item.key)}
        >
          {item.label}
        </button>
      ))}
      {trailing?.({
        tabIndex: stop === TRAILING ? 0 : -1,
        'data-roving-key': TRAILING,
        onFocus: () => setCurrent(TRAILING),
      })}
    </div>
  );
}

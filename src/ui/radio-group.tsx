import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { rovingIndex } from './roving-index';
import './controls.css';

export interface RadioOption<T extends string> {
  value: T;
  label: ReactNode;
  /** The option's language when it is not the page's (a language named in itself). */
  lang?: string;
}

interface RadioGroupProps<T extends string> {
  /** The group's name, read out by screen readers. */
  label: string;
  /** Also show the name in front of the options. */
  showLabel?: boolean;
  options: ReadonlyArray<RadioOption<T>>;
  value: T;
  onChange: (value: T) => void;
}

/**
 * A segmented switch with the radio group's keyboard behaviour (WAI-ARIA APG): one tab stop,
 * the chosen option; arrow keys move the choice (wrapping), Home and End go to the ends.
 */
export function RadioGroup<T extends string>({
  label,
  showLabel = false,
  options,
  value,
  onChange,
}: RadioGroupProps<T>) {
  const buttons = useRef(new Map<T, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent) => {
    const index = rovingIndex(
      event.key,
      options.findIndex((o) => o.value === value),
      options.length,
    );
    if (index === null) return;
    event.preventDefault();
    const next = options[index]!.value;
    onChange(next);
    buttons.current.get(next)?.focus();
  };
  const chosen = options.some((o) => o.value === value) ? value : options[0]?.value;
  return (
    <div role="radiogroup" aria-label={label} className="segmented" onKeyDown={onKeyDown}>
      {showLabel && (
        <span className="segmented-label" aria-hidden="true">
          {label}
        </span>
      )}
      {options.map((option) => (
        <button
          key={option.value}
          ref={(el) => {
            if (el) buttons.current.set(option.value, el);
            else buttons.current.delete(option.value);
          }}
          type="button"
          className="control-button"
          role="radio"
          lang={option.lang}
          aria-checked={option.value === value}
          tabIndex={option.value === chosen ? 0 : -1}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}

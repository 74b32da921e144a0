import { useState, type KeyboardEvent } from 'react';
import { AXIS_MODES, useViewStore } from '../../state/store';
import {
  activePreset,
  presetWindow,
  PRESETS,
  windowDays,
  windowFromDays,
  type DateProblem,
  type PresetId,
} from '../../transforms/time-presets';
import { RadioGroup } from '../../ui/radio-group';
import { useI18n } from '../../ui/use-i18n';
import '../../ui/controls.css';

/** The presets as buttons in a group; the one the window is now is pressed. */
export function WindowPresets({ domain }: { domain: [number, number] }) {
  const { t } = useI18n();
  const timeWindow = useViewStore((s) => s.timeWindow);
  const setTimeWindow = useViewStore((s) => s.setTimeWindow);
  const active = activePreset(timeWindow, domain);
  const names: Record<PresetId, string> = {
    before: t.window.before,
    'first-weeks': t.window.firstWeeks,
    'one-year': t.window.oneYear,
    everything: t.window.everything,
  };
  return (
    <div role="group" aria-label={t.window.presets} className="window-presets">
      {PRESETS.map(({ id }) => {
        const target = presetWindow(id, domain);
        return (
          <button
            key={id}
            type="button"
            className="control-button"
            aria-pressed={active === id}
            disabled={target === 'outside'}
            title={target === 'outside' ? t.window.presetOutside : undefined}
            onClick={() => {
              if (target !== 'outside') setTimeWindow(target);
            }}
          >
            {names[id]}
          </button>
        );
      })}
    </div>
  );
}

type Field = 'from' | 'to';

/**
 * From and To as date fields showing the window's own first and last days. A complete date sets
 * the window at once (a date picked, or the year typed to its fourth digit); leaving a field or
 * pressing Enter checks what is there. A day that is no date, a From after To or a span with no
 * data says so beside the field and changes nothing.
 */
export function WindowDates({ domain }: { domain: [number, number] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const timeWindow = useViewStore((s) => s.timeWindow);
  const setTimeWindow = useViewStore((s) => s.setTimeWindow);
  const shown = windowDays(timeWindow, domain);
  const shownKey = `${shown.from}/${shown.to}`;
  const [draft, setDraft] = useState(shown);
  const [problem, setProblem] = useState<{ field: Field; problem: DateProblem } | null>(null);
  // A window set elsewhere (zoom, brush, preset, address) shows in the fields at once.
  const [seenKey, setSeenKey] = useState(shownKey);
  if (seenKey !== shownKey) {
    setSeenKey(shownKey);
    setDraft(shown);
    setProblem(null);
  }

  const apply = (next: { from: string; to: string }, field: Field) => {
    // Passing through a field unchanged keeps a zoomed window to the minute.
    if (next.from === shown.from && next.to === shown.to) return setProblem(null);
    const outcome = windowFromDays(next.from, next.to, domain);
    if ('problem' in outcome) {
      setProblem({ field, problem: outcome.problem });
      return;
    }
    setProblem(null);
    setTimeWindow(outcome.window);
  };
  const messageOf = (p: DateProblem) =>
    p === 'from-invalid'
      ? t.window.fromInvalid
      : p === 'to-invalid'
        ? t.window.toInvalid
        : p === 'reversed'
          ? t.window.reversed
          : t.window.outside(
              i18n.day(windowDays(null, domain).from),
              i18n.day(windowDays(null, domain).to),
            );

  const field = (name: Field) => {
    const id = `window-${name}`;
    const own = problem?.field === name ? problem.problem : null;
    return (
      <div className="window-date">
        <label htmlFor={id}>{name === 'from' ? t.window.from : t.window.to}</label>
        <input
          id={id}
          type="date"
          value={draft[name]}
          min={windowDays(null, domain).from}
          max={windowDays(null, domain).to}
          aria-invalid={own !== null}
          aria-describedby={own ? `${id}-problem` : undefined}
          onChange={(event) => {
            const next = { ...draft, [name]: event.target.value };
            setDraft(next);
            // A whole date sets the window; a year still being typed ("0202") waits.
            if (/^[1-9]\d{3}-\d{2}-\d{2}$/.test(event.target.value)) apply(next, name);
          }}
          onBlur={() => apply(draft, name)}
          onKeyDown={(event: KeyboardEvent) => {
            if (event.key === 'Enter') apply(draft, name);
          }}
        />
        <span id={`${id}-problem`} className="window-problem" aria-live="polite">
          {own ? messageOf(own) : ''}
        </span>
      </div>
    );
  };
  return (
    <div className="window-dates">
      {field('from')}
      {field('to')}
    </div>
  );
}

/** The switch between the squeezed axis and the linear one, with what each means. */
export function AxisSwitch() {
  const { t } = useI18n();
  const axisMode = useViewStore((s) => s.axisMode);
  const setAxisMode = useViewStore((s) => s.setAxisMode);
  return (
    <div className="window-axis">
      <RadioGroup
        label={t.window.axis}
        showLabel
        options={AXIS_MODES.map((mode) => ({
          value: mode,
          label: mode === 'linear' ? t.window.linear : t.window.squeezed,
        }))}
        value={axisMode}
        onChange={setAxisMode}
      />
      <span className="window-axis-help">
        {axisMode === 'linear' ? t.window.axisHelpLinear : t.window.axisHelpSqueezed}
      </span>
    </div>
  );
}

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
import { parseDay } from '../../i18n/parse-day';
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
type Days = { from: string; to: string };

/**
 * From and To as text fields in the app's language (a date input would show the browser's
 * format: a US picker in the Dutch interface), with the format beside them. Each shows the
 * window's own first or last day as the app writes days ("24 feb 2022"); a typed day is read
 * day first, the month as a number or a name (parseDay). A whole day sets the window at once
 * (the year typed to its fourth digit); leaving a field or pressing Enter checks what is there.
 * A day that is no date, a From after To or a span with no data says so beside the field and
 * changes nothing.
 */
export function WindowDates({ domain }: { domain: [number, number] }) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const timeWindow = useViewStore((s) => s.timeWindow);
  const setTimeWindow = useViewStore((s) => s.setTimeWindow);
  const shown = windowDays(timeWindow, domain);
  const shownText = { from: i18n.day(shown.from), to: i18n.day(shown.to) };
  const shownKey = `${shown.from}/${shown.to}/${language}`;
  const [draft, setDraft] = useState<Days>(shownText);
  const [problem, setProblem] = useState<{ field: Field; problem: DateProblem } | null>(null);
  // A window set elsewhere (zoom, brush, preset, address) or a new language shows at once.
  const [seenKey, setSeenKey] = useState(shownKey);
  if (seenKey !== shownKey) {
    setSeenKey(shownKey);
    setDraft(shownText);
    setProblem(null);
  }

  const apply = (next: Days, field: Field) => {
    const days = { from: parseDay(next.from) ?? '', to: parseDay(next.to) ?? '' };
    // Passing through a field unchanged keeps a zoomed window to the minute.
    if (days.from === shown.from && days.to === shown.to) {
      setProblem(null);
      return setDraft(shownText);
    }
    const outcome = windowFromDays(days.from, days.to, domain);
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
          type="text"
          inputMode="text"
          autoComplete="off"
          spellCheck={false}
          size={11}
          value={draft[name]}
          aria-invalid={own !== null}
          aria-describedby={own ? `${id}-problem window-date-hint` : 'window-date-hint'}
          onChange={(event) => {
            const next = { ...draft, [name]: event.target.value };
            setDraft(next);
            // A whole day sets the window; a year still being typed ("24 feb 202") waits.
            if (parseDay(event.target.value) !== null) apply(next, name);
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
      <span id="window-date-hint" className="window-date-hint">
        {t.window.dateHint}
      </span>
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

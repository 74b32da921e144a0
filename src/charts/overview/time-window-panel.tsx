import { useMemo } from 'react';
import { useOpenOnWide } from '../../ui/use-open-on-wide';
import type { Announcement } from '../../data/schema';
import { timelineDomain } from '../../transforms/time-window';
import { useI18n } from '../../ui/use-i18n';
import { OverviewStrip } from './overview-strip';
import { AxisSwitch, WindowDates, WindowPresets } from './window-controls';
import '../../ui/card.css';
import './overview.css';

/**
 * The time window, set exactly: presets, From and To, the overview strip with its brush, and
 * the timeline's axis mode. All of it reads and writes the store's window, so the timeline's
 * zoom, the summary line, the other charts, the table and the address follow.
 */
export function TimeWindowPanel({
  records,
  filtered,
}: {
  /** Every record: fixes the span, as the timeline's axis does. */
  records: readonly Announcement[];
  /** The records that pass the filters: their density is drawn. */
  filtered: readonly Announcement[];
}) {
  const { t } = useI18n();
  const domain = useMemo(() => timelineDomain(records), [records]);
  const [open, setOpen] = useOpenOnWide();
  return (
    <section className="card time-window" aria-labelledby="time-window-title">
      <h2 id="time-window-title">{t.window.title}</h2>
      {/* On a phone the controls and the strip start folded, so the timeline's plot comes up
          on the first screen (the summary line above says the window's dates). */}
      <details
        className="time-window-controls"
        open={open}
        onToggle={(e) => setOpen(e.currentTarget.open)}
      >
        <summary>{t.window.controls}</summary>
        <WindowPresets domain={domain} />
        <div className="time-window-row">
          <WindowDates domain={domain} />
          <AxisSwitch />
        </div>
        <OverviewStrip filtered={filtered} domain={domain} />
      </details>
    </section>
  );
}

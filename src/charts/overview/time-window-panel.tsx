import { useMemo, useState } from 'react';
import { CUSTOM_MEDIA } from '../../ui/breakpoints';
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
  const [open, setOpen] = useState(
    () => typeof matchMedia !== 'function' || !matchMedia(CUSTOM_MEDIA.narrow!).matches,
  );
  return (
    <section className="card time-window" aria-labelledby="time-window-title">
      <h2 id="time-window-title">{t.window.title}</h2>
      {/* On a phone the controls start folded, so the timeline comes up on the first screen. */}
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
      </details>
      <OverviewStrip filtered={filtered} domain={domain} />
    </section>
  );
}

import { useMemo } from 'react';
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
  return (
    <section className="card time-window" aria-labelledby="time-window-title">
      <div className="card-header">
        <h2 id="time-window-title">{t.window.title}</h2>
        <WindowPresets domain={domain} />
      </div>
      <div className="time-window-row">
        <WindowDates domain={domain} />
        <AxisSwitch />
      </div>
      <OverviewStrip filtered={filtered} domain={domain} />
    </section>
  );
}

// Peer 1: vis-timeline 8.5 with vis-data 8, lanes (groups) by donor, stacked items as the
// explorer stacks marks, wheel zoom and drag pan built in, a tooltip from each item's title.
import { DataSet, DataView } from 'vis-data/peer';
import { Timeline } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { firstDonor, lanesOf, loadRows, markDrawn, showError } from './common';

interface Item {
  id: string;
  group: string;
  start: Date;
  end?: Date;
  type: 'point' | 'range';
  content: string;
  title: string;
  className: string;
}

loadRows()
  .then((rows) => {
    const lanes = lanesOf(rows);
    const groups = new DataSet(lanes.map((lane) => ({ id: lane, content: lane })));
    const items = new DataSet<Item>(
      rows.map((row) => ({
        id: row.id,
        group: row.lane,
        start: new Date(row.start),
        ...(row.isSpan
          ? { end: new Date(row.end), type: 'range' as const }
          : { type: 'point' as const }),
        content: '',
        title: row.label,
        className: `kind-${row.kind}`,
      })),
    );
    let donor: string | null = null;
    const view = new DataView(items, {
      filter: (item) => donor === null || item.group.split('+').includes(donor),
    });
    const timeline = new Timeline(document.getElementById('chart')!, view, groups, {
      maxHeight: 760,
      verticalScroll: true,
      tooltip: { delay: 0, followMouse: false },
      showCurrentTime: false,
    });
    timeline.on('changed', () => markDrawn(rows.length));
    document.getElementById('filter-donor')!.addEventListener('click', () => {
      donor = donor === null ? firstDonor(rows) : null;
      view.refresh();
    });
  })
  .catch(showError);

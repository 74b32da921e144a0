import { useMemo, useState } from 'react';
import type { Announcement, Category, Kind } from '../data/schema';
import { CATEGORIES } from '../data/vocabulary';
import { KIND_ORDER, KIND_STYLES, markPath } from '../encoding/kind-style';
import { useI18n } from '../ui/use-i18n';
import { useViewStore } from '../state/store';
import { Flag } from '../ui/flag';
import { ToggleToolbar } from '../ui/toggle-toolbar';
import '../ui/card.css';
import '../ui/controls.css';
import './filters.css';

/** Donor, kind and category filters, the deployments toggle, and a way to clear them. */
export function Filters({ records }: { records: readonly Announcement[] }) {
  const donors = useViewStore((s) => s.donors);
  const kinds = useViewStore((s) => s.kinds);
  const categories = useViewStore((s) => s.categories);
  const showDeployments = useViewStore((s) => s.showDeployments);
  const timeWindow = useViewStore((s) => s.timeWindow);
  const toggleDonor = useViewStore((s) => s.toggleDonor);
  const toggleKind = useViewStore((s) => s.toggleKind);
  const toggleCategory = useViewStore((s) => s.toggleCategory);
  const setShowDeployments = useViewStore((s) => s.setShowDeployments);
  const clearFilters = useViewStore((s) => s.clearFilters);
  const i18n = useI18n();
  const { t } = i18n;

  const { donorCodes, presentKinds, presentCategories } = useMemo(() => {
    const sorted = [...records].sort((a, b) => (a.date.start < b.date.start ? -1 : 1));
    return {
      donorCodes: [...new Set(sorted.flatMap((r) => r.donors))],
      presentKinds: KIND_ORDER.filter((k) => records.some((r) => r.kind === k)),
      presentCategories: CATEGORIES.filter((c) =>
        records.some((r) => r.items.some((i) => i.category === c)),
      ),
    };
  }, [records]);
  const anything = donors.length + kinds.length + categories.length > 0 || timeWindow !== null;
  const active = donors.length + kinds.length + categories.length + (showDeployments ? 1 : 0);
  // On a phone the filters fold behind one button (filters.css shows it only there).
  const [open, setOpen] = useState(false);

  return (
    <section
      className={`card filters${open ? ' filters-open' : ''}`}
      aria-labelledby="filters-title"
    >
      <div className="card-header">
        <h2 id="filters-title">
          <span className="filters-heading">{t.filters.title}</span>
          <button
            type="button"
            className="filters-toggle"
            aria-expanded={open}
            aria-controls="filters-body"
            onClick={() => setOpen(!open)}
          >
            {t.filters.toggle(active)}
          </button>
        </h2>
        <button
          type="button"
          className="control-button"
          onClick={clearFilters}
          disabled={!anything}
        >
          {t.filters.clear}
        </button>
      </div>
      <div id="filters-body" className="filters-body">
        <fieldset>
          <legend>{t.filters.donors}</legend>
          <ToggleToolbar
            label={t.filters.donors}
            className="filter-chips"
            itemClassName="filter-chip"
            onToggle={toggleDonor}
            items={donorCodes.map((code) => ({
              key: code,
              pressed: donors.includes(code),
              label: (
                <>
                  <Flag code={code} /> {i18n.party(code)}
                </>
              ),
            }))}
          />
        </fieldset>
        <fieldset>
          <legend>{t.filters.kinds}</legend>
          <ToggleToolbar
            label={t.filters.kinds}
            className="filter-chips"
            itemClassName="filter-chip"
            onToggle={(kind) => toggleKind(kind as Kind)}
            items={presentKinds.map((kind) => ({
              key: kind,
              pressed: kinds.includes(kind),
              disabled: kind === 'deployment' && !showDeployments,
              label: <KindChip kind={kind} name={i18n.kind(kind)} />,
            }))}
            trailing={(roving) => (
              // In the kinds' tab stop: it decides whether deployments are a kind on show.
              <label className="filter-toggle">
                <input
                  {...roving}
                  type="checkbox"
                  checked={showDeployments}
                  onChange={(e) => setShowDeployments(e.target.checked)}
                />{' '}
                {t.filters.deployments}
              </label>
            )}
          />
        </fieldset>
        <fieldset>
          <legend>{t.filters.categories}</legend>
          <ToggleToolbar
            label={t.filters.categories}
            className="filter-chips"
            itemClassName="filter-chip"
            onToggle={(category) => toggleCategory(category as Category)}
            items={presentCategories.map((category) => ({
              key: category,
              pressed: categories.includes(category),
              label: i18n.category(category),
            }))}
          />
        </fieldset>
      </div>
    </section>
  );
}

/** A kind's mark, as the charts draw it, and its name. */
function KindChip({ kind, name }: { kind: Kind; name: string }) {
  const style = KIND_STYLES[kind];
  return (
    <>
      <svg width={14} height={14} viewBox="-7 -7 14 14" aria-hidden="true">
        <path
          d={markPath(style.shape, 60)}
          transform={`rotate(${style.rotate})`}
          style={{ fill: style.paint }}
        />
      </svg>{' '}
      {name}
    </>
  );
}

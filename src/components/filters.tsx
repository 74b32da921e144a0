import { useMemo } from 'react';
import type { Announcement } from '../data/schema';
import { CATEGORIES } from '../data/vocabulary';
import { KIND_ORDER, KIND_STYLES, markPath } from '../encoding/kind-style';
import { useI18n } from '../ui/use-i18n';
import { useViewStore } from '../state/store';
import { Flag } from '../ui/flag';
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

  return (
    <section className="card filters" aria-labelledby="filters-title">
      <div className="card-header">
        <h2 id="filters-title">{t.filters.title}</h2>
        <button
          type="button"
          className="control-button"
          onClick={clearFilters}
          disabled={!anything}
        >
          {t.filters.clear}
        </button>
      </div>
      <fieldset>
        <legend>{t.filters.donors}</legend>
        <div className="filter-chips">
          {donorCodes.map((code) => (
            <button
              key={code}
              type="button"
              className="filter-chip"
              aria-pressed={donors.includes(code)}
              onClick={() => toggleDonor(code)}
            >
              <Flag code={code} /> {i18n.party(code)}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t.filters.kinds}</legend>
        <div className="filter-chips">
          {presentKinds.map((kind) => {
            const style = KIND_STYLES[kind];
            const disabled = kind === 'deployment' && !showDeployments;
            return (
              <button
                key={kind}
                type="button"
                className="filter-chip"
                aria-pressed={kinds.includes(kind)}
                disabled={disabled}
                onClick={() => toggleKind(kind)}
              >
                <svg width={14} height={14} viewBox="-7 -7 14 14" aria-hidden="true">
                  <path
                    d={markPath(style.shape, 60)}
                    transform={`rotate(${style.rotate})`}
                    style={{ fill: style.paint }}
                  />
                </svg>{' '}
                {i18n.kind(kind)}
              </button>
            );
          })}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t.filters.categories}</legend>
        <div className="filter-chips">
          {presentCategories.map((category) => (
            <button
              key={category}
              type="button"
              className="filter-chip"
              aria-pressed={categories.includes(category)}
              onClick={() => toggleCategory(category)}
            >
              {i18n.category(category)}
            </button>
          ))}
        </div>
      </fieldset>
      <label className="filter-toggle">
        <input
          type="checkbox"
          checked={showDeployments}
          onChange={(e) => setShowDeployments(e.target.checked)}
        />{' '}
        {t.filters.deployments}
      </label>
    </section>
  );
}

// Legend with a toggle and count per node type (within the mission filter), the filter, and the network layout choice.
import { labelStyle } from '../core/cy/palette';
import { missionMembers } from '../core/cy/to-elements';
import { primaryLabel } from '../core/graph/graph-model';
import type { GraphModel } from '../core/graph/types';
import { labelName, type Lang, type Translate } from '../core/i18n/i18n';
import { LAYOUTS, type LayoutId } from '../core/state/view-state';

interface Props {
  model: GraphModel;
  /** Nodes the mission filter lets through (label toggles aside): the counts follow the filter. */
  inFilter: Set<string>;
  missions: { id: string; name: string }[];
  hidden: string[];
  mission: string | null;
  layout: LayoutId | null;
  progress: number | null;
  lang: Lang;
  t: Translate;
  onToggle: (label: string) => void;
  onMission: (id: string | null) => void;
  onLayout: (layout: LayoutId) => void;
}

export function Legend({ model, inFilter, missions, hidden, mission, layout, progress, lang, t, onToggle, onMission, onLayout }: Props) {
  const counts = new Map<string, number>();
  for (const n of model.nodes.values()) {
    const label = primaryLabel(n);
    // Every loaded kind keeps its toggle (at 0 under a filter) so the list does not jump as the filter changes.
    counts.set(label, (counts.get(label) ?? 0) + (inFilter.has(n.id) ? 1 : 0));
  }
  const missionName = mission ? missions.find((m) => m.id === mission)?.name : undefined;
  return (
    <aside className="legend" aria-label={t('legend.title')}>
      <label>
        {t('filter.mission')}{' '}
        <select value={mission ?? ''} onChange={(e) => onMission(e.target.value || null)} data-testid="mission-filter">
          <option value="">{t('filter.allMissions')}</option>
          {missions.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
        </select>
      </label>
      {mission && missionName && (
        <p className="filter-note" data-testid="filter-note">
          {t('filter.note', { mission: missionName, count: missionMembers(model, mission).size - 1 })}
        </p>
      )}
      {layout && (
        <label>
          {t('layout.label')}{' '}
          <select value={layout} onChange={(e) => onLayout(e.target.value as LayoutId)} data-testid="layout-select">
            {LAYOUTS.map((l) => <option key={l} value={l}>{t(`layout.${l}`)}</option>)}
          </select>
        </label>
      )}
      {progress !== null && (
        <div className="progress" role="status">
          {t('layout.running', { pct: progress })}
          <progress max={100} value={progress} />
        </div>
      )}
      <ul className="legend-items">
        {[...counts.entries()].map(([label, count]) => {
          const on = !hidden.includes(label);
          return (
            <li key={label}>
              <button type="button" aria-pressed={on} className={on ? '' : 'off'} title={t('legend.toggle', { label: labelName(lang, label) })} onClick={() => onToggle(label)}>
                <span className="swatch" style={{ background: labelStyle(label).color }} aria-hidden="true" />
                {labelName(lang, label)} <span className="muted" data-testid={`legend-count-${label}`}>{count}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </aside>
  );
}

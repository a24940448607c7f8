// Legend with a toggle and count per node type (within the mission filter), the filter, and the network layout choice.
import type { NodeLabel } from '@kies/schema';
import { labelStyle } from '../core/cy/palette';
import { isRound, shapePoints } from '../core/cy/shape-icons';
import { COLOUR_BY, CONFIDENCE_COLOURS, MISSION_RAMP, SIZE_BY, type ColourBy, type SizeBy } from '../core/cy/emphasis';
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
  sizeBy: SizeBy;
  colourBy: ColourBy;
  onSizeBy: (s: SizeBy) => void;
  onColourBy: (c: ColourBy) => void;
}

export function Legend({
  model,
  inFilter,
  missions,
  hidden,
  mission,
  layout,
  progress,
  lang,
  t,
  onToggle,
  onMission,
  onLayout,
  ...emphasis
}: Props) {
  const counts = new Map<NodeLabel, number>();
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
          {missions.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
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
            {LAYOUTS.map((l) => (
              <option key={l} value={l}>
                {t(`layout.${l}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {progress !== null && (
        <div className="progress" role="status">
          {t('layout.running', { pct: progress })}
          <progress max={100} value={progress} />
        </div>
      )}
      <Emphasis {...emphasis} t={t} />
      <ul className="legend-items">
        {[...counts.entries()].map(([label, count]) => {
          const on = !hidden.includes(label);
          return (
            <li key={label}>
              <button
                type="button"
                aria-pressed={on}
                className={on ? '' : 'off'}
                title={t('legend.toggle', { label: labelName(lang, label) })}
                onClick={() => onToggle(label)}
              >
                <ShapeIcon label={label} />
                {labelName(lang, label)}{' '}
                <span className="muted" data-testid={`legend-count-${label}`}>
                  {count}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </aside>
  );
}

/** The kind's shape in its colour, as the graph draws it (NGF projects with their orange border). */
function ShapeIcon({ label }: { label: NodeLabel }) {
  const { color, shape } = labelStyle(label);
  const points = shapePoints(shape);
  const stroke = label === 'NGFProject' ? '#ef6c00' : color;
  const common = { fill: color, stroke, strokeWidth: isRound(shape) ? 1.5 : 0.5, strokeLinejoin: 'round' as const };
  return (
    <svg
      className="swatch"
      width="14"
      height="14"
      viewBox="-1 -1 14 14"
      aria-hidden="true"
      data-kind={label}
      data-shape={shape}
      data-color={color}
    >
      {points ? <polygon points={points} {...common} /> : <circle cx="6" cy="6" r="5.5" {...common} />}
    </svg>
  );
}

/** Size and colour choices, with the colour key when colour no longer means the kind. */
function Emphasis({
  sizeBy,
  colourBy,
  onSizeBy,
  onColourBy,
  t,
}: Pick<Props, 'sizeBy' | 'colourBy' | 'onSizeBy' | 'onColourBy' | 't'>) {
  const key: [string, string][] =
    colourBy === 'confidence'
      ? [
          [CONFIDENCE_COLOURS.literal!, t('colour.literal')],
          [CONFIDENCE_COLOURS.inferred!, t('colour.inferred')],
        ]
      : colourBy === 'missions'
        ? MISSION_RAMP.map((c, i) => [c, t('colour.missionCount', { count: i })])
        : [];
  return (
    <div className="emphasis">
      <label>
        {t('emphasis.size')}{' '}
        <select value={sizeBy} onChange={(e) => onSizeBy(e.target.value as SizeBy)} data-testid="size-by">
          {SIZE_BY.map((s) => (
            <option key={s} value={s}>
              {t(`size.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('emphasis.colour')}{' '}
        <select value={colourBy} onChange={(e) => onColourBy(e.target.value as ColourBy)} data-testid="colour-by">
          {COLOUR_BY.map((c) => (
            <option key={c} value={c}>
              {t(`colour.${c}`)}
            </option>
          ))}
        </select>
      </label>
      {key.length > 0 && (
        <ul className="colour-key" data-testid="colour-key">
          {key.map(([colour, text]) => (
            <li key={text}>
              <span className="swatch" style={{ background: colour, borderRadius: 3 }} aria-hidden="true" />
              {text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

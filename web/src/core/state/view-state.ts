// The view state that a URL reproduces: view, selection, filters, layout, expansions, path and panel.

export const VIEWS = ['kies', 'network', 'matrix', 'gaps'] as const;
export type ViewId = (typeof VIEWS)[number];
export const LAYOUTS = ['fcose', 'concentric', 'dagre'] as const;
export type LayoutId = (typeof LAYOUTS)[number];
export const PANELS = ['details', 'paths', 'partners', 'table'] as const;
export type PanelId = (typeof PANELS)[number];

export interface PathQuery {
  from: string;
  /** A node id, or `label:PPP` for "all PPPs" (paths from a mission to every PPP). */
  to: string;
}

export interface ViewState {
  view: ViewId;
  /** Selected node ids; the first is the focus shown in the details panel. */
  selected: string[];
  hiddenLabels: string[];
  mission: string | null;
  layout: LayoutId;
  /** Nodes whose neighbours were expanded, in order (replayed when a shared URL is opened). */
  expanded: string[];
  path: PathQuery | null;
  panel: PanelId;
  /** A question asked in the search box (its answer opens beside the graph); absent or null: none. */
  ask?: string | null;
}

export const DEFAULT_STATE: ViewState = {
  view: 'kies',
  selected: [],
  hiddenLabels: [],
  mission: null,
  layout: 'fcose',
  expanded: [],
  path: null,
  panel: 'details',
  ask: null,
};

const list = (value: string | null): string[] =>
  value ? value.split(',').map(decodeURIComponent).filter(Boolean) : [];
const oneOf = <T extends string>(options: readonly T[], value: string | null, fallback: T): T =>
  options.includes(value as T) ? (value as T) : fallback;
const idLike = (s: string) => /^[A-Za-z0-9_:.-]{1,200}$/.test(s);

export function parseViewState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const from = p.get('from');
  const to = p.get('to');
  return {
    view: oneOf(VIEWS, p.get('view'), DEFAULT_STATE.view),
    selected: list(p.get('sel')).filter(idLike),
    hiddenLabels: list(p.get('hide')).filter(idLike).sort(),
    mission: p.get('mission') && idLike(p.get('mission')!) ? p.get('mission') : null,
    layout: oneOf(LAYOUTS, p.get('layout'), DEFAULT_STATE.layout),
    expanded: list(p.get('exp')).filter(idLike),
    path: from && to && idLike(from) && idLike(to) ? { from, to } : null,
    panel: oneOf(PANELS, p.get('panel'), DEFAULT_STATE.panel),
    ask: p.get('ask')?.trim().slice(0, 300) || null,
  };
}

/** Only non-default values go in the URL, in a fixed order, so equal states give equal links. */
export function serializeViewState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.view !== DEFAULT_STATE.view) p.set('view', state.view);
  if (state.selected.length) p.set('sel', state.selected.join(','));
  if (state.hiddenLabels.length) p.set('hide', [...state.hiddenLabels].sort().join(','));
  if (state.mission) p.set('mission', state.mission);
  if (state.layout !== DEFAULT_STATE.layout) p.set('layout', state.layout);
  if (state.expanded.length) p.set('exp', state.expanded.join(','));
  if (state.path) {
    p.set('from', state.path.from);
    p.set('to', state.path.to);
  }
  if (state.panel !== DEFAULT_STATE.panel) p.set('panel', state.panel);
  if (state.ask) p.set('ask', state.ask);
  const s = p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return s ? `?${s}` : '';
}

/**
 * The KIES figure as it starts, nothing filtered, selected, opened or asked (panel tab and network layout aside):
 * the start page boot.ts may draw before the app mounts.
 */
export function isDefaultStart(search: string): boolean {
  const s = parseViewState(search);
  return (
    s.view === 'kies' &&
    !s.selected.length &&
    !s.hiddenLabels.length &&
    !s.mission &&
    !s.expanded.length &&
    !s.path &&
    !s.ask
  );
}

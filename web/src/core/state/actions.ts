// State transitions of the explorer as a pure reducer (tested headless; the App holds it with useReducer).
import { DEFAULT_STATE, type LayoutId, type PanelId, type PathQuery, type ViewId, type ViewState } from './view-state';

export type Action =
  | { type: 'hydrate'; state: ViewState }
  | { type: 'setView'; view: ViewId }
  | { type: 'select'; ids: string[] }
  | { type: 'toggleLabel'; label: string }
  | { type: 'setMission'; mission: string | null }
  | { type: 'setLayout'; layout: LayoutId }
  | { type: 'expand'; id: string }
  | { type: 'setPath'; path: PathQuery | null }
  | { type: 'setPanel'; panel: PanelId }
  | { type: 'setAsk'; ask: string | null }
  | { type: 'reset' };

export function reduce(state: ViewState, action: Action): ViewState {
  switch (action.type) {
    case 'hydrate':
      return action.state;
    case 'setView':
      return { ...state, view: action.view };
    case 'select':
      return {
        ...state,
        selected: [...new Set(action.ids)],
        // The table and the path list stay open while clicking through them; other panels show the details.
        panel: action.ids.length && state.panel !== 'table' && state.panel !== 'paths' ? 'details' : state.panel,
      };
    case 'toggleLabel': {
      const hidden = new Set(state.hiddenLabels);
      if (hidden.has(action.label)) hidden.delete(action.label);
      else hidden.add(action.label);
      return { ...state, hiddenLabels: [...hidden].sort() };
    }
    case 'setMission':
      return { ...state, mission: action.mission };
    case 'setLayout':
      return { ...state, layout: action.layout };
    case 'expand':
      return state.expanded.includes(action.id) ? state : { ...state, expanded: [...state.expanded, action.id] };
    case 'setPath':
      return { ...state, path: action.path, panel: action.path ? 'paths' : state.panel };
    case 'setPanel':
      return { ...state, panel: action.panel };
    case 'setAsk':
      return { ...state, ask: action.ask?.trim() || null };
    case 'reset':
      return { ...DEFAULT_STATE, view: state.view };
  }
}

// URL <-> view state and the reducer: a link reproduces the view; bad input falls back to defaults.
import { describe, expect, it } from 'vitest';
import { reduce } from './actions';
import { DEFAULT_STATE, parseViewState, serializeViewState, type ViewState } from './view-state';

describe('view state in the URL', () => {
  it('round-trips a full state', () => {
    const state: ViewState = {
      view: 'network',
      selected: ['ppp-aboard', 'mission-iv'],
      hiddenLabels: ['Organisation', 'Region'],
      mission: 'mission-iv',
      layout: 'concentric',
      expanded: ['ppp-aboard'],
      path: { from: 'mission-iv', to: 'label:PPP' },
      panel: 'paths',
      ask: "Welke PPP's dienen missie IV?",
    };
    const url = serializeViewState(state);
    expect(url).toBe(
      '?view=network&sel=ppp-aboard,mission-iv&hide=Organisation,Region&mission=mission-iv&layout=concentric&exp=ppp-aboard&from=mission-iv&to=label:PPP&panel=paths&ask=Welke+PPP%27s+dienen+missie+IV%3F',
    );
    expect(parseViewState(url)).toEqual(state);
  });

  it('writes nothing for the default state and reads an empty URL as the KIES view', () => {
    expect(serializeViewState(DEFAULT_STATE)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_STATE);
  });

  it('ignores unknown values and ids that are not ids', () => {
    const s = parseViewState('?view=evil&layout=x&sel=ok-id,<script>&panel=nope');
    expect(s.view).toBe('kies');
    expect(s.layout).toBe('fcose');
    expect(s.selected).toEqual(['ok-id']);
    expect(s.panel).toBe('details');
  });
});

describe('reduce', () => {
  it('selecting shows the details, except while the table or path list is open', () => {
    expect(reduce({ ...DEFAULT_STATE, panel: 'partners' }, { type: 'select', ids: ['a'] }).panel).toBe('details');
    expect(reduce({ ...DEFAULT_STATE, panel: 'table' }, { type: 'select', ids: ['a'] }).panel).toBe('table');
    expect(reduce({ ...DEFAULT_STATE, panel: 'paths' }, { type: 'select', ids: ['a'] }).panel).toBe('paths');
  });

  it('toggles labels, records expansions once, opens the path panel for a path', () => {
    let s = reduce(DEFAULT_STATE, { type: 'toggleLabel', label: 'PPP' });
    expect(s.hiddenLabels).toEqual(['PPP']);
    s = reduce(s, { type: 'toggleLabel', label: 'PPP' });
    expect(s.hiddenLabels).toEqual([]);
    s = reduce(reduce(s, { type: 'expand', id: 'a' }), { type: 'expand', id: 'a' });
    expect(s.expanded).toEqual(['a']);
    expect(reduce(s, { type: 'setPath', path: { from: 'a', to: 'b' } }).panel).toBe('paths');
  });
});

// The explorer's view state, mirrored in the URL: a view change is a history step, the rest replaces the entry, and
// the browser's back and forward buttons bring the state of that entry back.
import { useEffect, useReducer } from 'react';
import { reduce } from '../core/state/actions';
import { parseViewState, serializeViewState } from '../core/state/view-state';

/** The state and its dispatch (stable, like useReducer's). */
export function useViewState() {
  const [state, dispatch] = useReducer(reduce, undefined, () => parseViewState(location.search));
  useEffect(() => {
    const next = serializeViewState(state);
    if (next === location.search) return;
    const prevView = parseViewState(location.search).view;
    const method = prevView !== state.view ? 'pushState' : 'replaceState';
    history[method](null, '', `${location.pathname}${next}`);
  }, [state]);
  useEffect(() => {
    const onPop = () => dispatch({ type: 'hydrate', state: parseViewState(location.search) });
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  return [state, dispatch] as const;
}

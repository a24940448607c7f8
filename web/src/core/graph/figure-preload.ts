// Starts the KIES figure request before React mounts, so the server answers while the bundle evaluates.
import { parseViewState } from '../state/view-state';
import { FIGURE_LABELS } from '../kies-layout/lanes';
import { loadGraph, type LoadedGraph } from './graph-loader';

let pending: Promise<LoadedGraph> | null = null;
/** The preloaded figure once it arrived: the app's first render can draw it at once (no empty frame first). */
let settled: LoadedGraph | null = null;

/** Called once at entry-module start; only the KIES view loads the figure as its base graph. */
export function preloadFigure(search: string): void {
  if (pending || parseViewState(search).view !== 'kies') return;
  pending = loadGraph(FIGURE_LABELS);
  // The view reports a failure when it takes the promise; an untaken rejection must not reach the console.
  pending.then(
    (g) => (settled = g),
    () => undefined,
  );
}

/**
 * The preloaded figure, if any. It stays available until `releaseFigure` (called once the view drew it), so a
 * load that was abandoned half-way (StrictMode's second effect run in development) can take it again.
 */
export function preloadedFigure(): Promise<LoadedGraph> | null {
  return pending;
}

/** The preloaded figure if it has already arrived, else null (then the view waits for `preloadedFigure`). */
export function settledFigure(): LoadedGraph | null {
  return settled;
}

export function releaseFigure(): void {
  pending = null;
  settled = null;
}

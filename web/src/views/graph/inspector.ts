// The one way a harness (browser tests, benchmarks) sees the drawn graph: a hook its injected script defines.
import type { Core } from 'cytoscape';

/**
 * A harness defines `window.__KIES_INSPECTOR__` in a script it injects before the page loads (Playwright's
 * addInitScript); the graph controller then hands it each Cytoscape instance it creates. Without one nothing is
 * exposed, and the explorer ships no harness code (docs/decisions/013-typed-data-layer-and-graph-inspector.md).
 */
interface GraphInspector {
  /** Called with each new instance; a returned function runs before that instance is destroyed. */
  graphCreated?: (cy: Core) => (() => void) | void;
}

declare global {
  interface Window {
    __KIES_INSPECTOR__?: GraphInspector;
  }
}

/** Announces a new instance to the harness, if any; call the result before destroying it. */
export function announceGraph(cy: Core): () => void {
  const release = window.__KIES_INSPECTOR__?.graphCreated?.(cy);
  return () => release?.();
}

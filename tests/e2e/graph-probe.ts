// Injected into every test page: receives the explorer's Cytoscape instance through its inspector hook and answers
// window.__kiesGraph() with what is drawn where (the canvas has no DOM to inspect). The app itself exposes nothing.
import type { Core } from 'cytoscape';

interface ProbeWindow {
  __KIES_INSPECTOR__?: { graphCreated: (cy: Core) => () => void };
  __kiesGraph?: () => unknown;
  /** performance.now() when body[data-graph-ready] was first set, per view ("kies", "network"). */
  __kiesReady?: Record<string, number>;
}

/** Runs in the page before any of its scripts (addInitScript): no imports, no closure over test code. */
function install(): void {
  const w = window as unknown as ProbeWindow;
  w.__KIES_INSPECTOR__ = {
    graphCreated: (cy) => {
      w.__kiesGraph = () => ({
        zoom: cy.zoom(),
        width: cy.width(),
        height: cy.height(),
        nodes: cy.nodes(':visible[!decor]').map((n) => ({
          id: n.id(),
          kind: n.data('kind') as string,
          shape: n.style('shape') as string,
          color: n.style('background-color') as string,
          // Highlighted (path, partners, selection neighbourhood) and selected, as the user sees them.
          highlighted: n.hasClass('hl'),
          selected: n.selected(),
          position: { ...n.position() },
          // Rendered: in page pixels of the canvas; model: in graph coordinates, label included.
          rendered: n.renderedBoundingBox({ includeLabels: false }),
          model: n.boundingBox({ includeLabels: true }),
          // The drawn name: its text and its box on the canvas (empty when min-zoomed-font-size hides it).
          label: n.style('label') as string,
          labelShown:
            n.style('label') !== '' &&
            parseFloat(n.style('font-size')) * cy.zoom() >= parseFloat(n.style('min-zoomed-font-size')),
          fontPx: parseFloat(n.style('font-size')) * cy.zoom(),
          labelBox: n.renderedBoundingBox({ includeLabels: true, includeNodes: false } as never),
        })),
        edgesShown: cy.edges().filter((e) => e.visible()).length,
        // Relations drawn for the hovered node, as type:source->target.
        hovered: cy
          .edges('.hov')
          .filter((e) => e.visible())
          .map((e) => `${e.data('type')}:${e.data('source')}->${e.data('target')}`),
        // Rows, lanes and bands as drawn (rendered pixels) and whether the mission filter highlights them.
        decor: cy.nodes('.decor').map((n) => ({
          id: n.id(),
          active: n.hasClass('active'),
          rendered: n.renderedBoundingBox({ includeLabels: false }),
        })),
        // Decor boxes' own titles (lane headers, row and band names), in graph coordinates.
        titles: cy.nodes('.decor').map((n) => ({
          id: n.id(),
          label: n.data('label') as string,
          box: n.boundingBox({ includeNodes: false, includeLabels: true } as never),
        })),
      });
      return () => delete w.__kiesGraph;
    },
  };
  // The moment each view first reports its graph drawn (GraphCanvas sets body[data-graph-ready]).
  w.__kiesReady = {};
  new MutationObserver(() => {
    const mode = document.body?.dataset.graphReady;
    if (mode && w.__kiesReady![mode] === undefined) w.__kiesReady![mode] = Math.round(performance.now());
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-graph-ready'] });
}

/**
 * The script text for addInitScript. `__name` is defined because a TypeScript runner with keepNames (tsx) wraps
 * named functions in calls to its helper, which the page does not have.
 */
export const GRAPH_PROBE = `var __name = (f) => f;\n(${install.toString()})();`;

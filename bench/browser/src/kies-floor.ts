// The KIES-view floor: bare Cytoscape drawing the explorer's captured labelled figure with the explorer's stylesheet,
// same canvas size, zoom and pan, options as GraphController sets them; no React, no app, no data layer.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { stylesheet } from '../../../web/src/core/cy/stylesheet';
import { afterPaint, bench, capturedElements } from './bench-data';

/** What kies-view-bench.ts captured from the explorer once its first view was drawn. */
export interface CapturedView {
  elements: ElementDefinition[];
  width: number;
  height: number;
  zoom: number;
  pan: { x: number; y: number };
}

async function main() {
  const view = (await capturedElements()) as unknown as CapturedView;
  const container = document.getElementById('cy')!;
  container.style.width = `${view.width}px`;
  container.style.height = `${view.height}px`;
  const cy = cytoscape({
    container,
    elements: view.elements,
    style: stylesheet(),
    layout: { name: 'preset' },
    zoom: view.zoom,
    pan: view.pan,
    pixelRatio: 1,
    textureOnViewport: true,
    hideEdgesOnViewport: false,
    minZoom: 0.02,
    maxZoom: 4,
  });
  // The drag-pan measurement reads the pan here (this page's own instance; no private Cytoscape fields).
  (window as unknown as { __floorCy: typeof cy }).__floorCy = cy;
  cy.one('render', async () => {
    await afterPaint();
    bench.sinceNavigationMs = performance.now();
    // The same check as on the explorer: names drawn (not hidden by min-zoomed-font-size) in this first frame.
    bench.labels = cy
      .nodes('[!decor]')
      .filter(
        (n) =>
          n.style('label') !== '' &&
          parseFloat(n.style('font-size')) * cy.zoom() >= parseFloat(n.style('min-zoomed-font-size')),
      ).length;
    document.body.dataset.rendered = 'true';
  });
}

main().catch((error: Error) => (bench.error = error.message));

// The floor page: bare Cytoscape (default style, preset positions) drawing the same elements as the explorer.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { afterPaint, bench, capturedElements, params, renderer, subgraph } from './bench-data';

async function main() {
  const n = Number(params.get('n') ?? 0);
  const data = n > 0 ? subgraph(n) : null;
  const captured = n > 0 ? null : ((await capturedElements()) as ElementDefinition[]);
  const started = performance.now();
  const elements: ElementDefinition[] = data
    ? [
        ...data.graph.nodes.map((node) => ({
          group: 'nodes' as const,
          data: { id: node.id },
          position: data.positions[node.id],
        })),
        ...data.graph.relationships.map((r, i) => ({
          group: 'edges' as const,
          data: { id: `e${i}`, source: r.start, target: r.end },
        })),
      ]
    : captured!;
  const cy = cytoscape({
    container: document.getElementById('cy'),
    elements,
    layout: { name: 'preset' },
    pixelRatio: 1,
    ...(renderer === 'webgl' ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions);
  // The WebGL renderer emits no 'render' event: there (on both pages alike) the first frame is ready + one paint.
  const firstFrame = (then: () => void) => (renderer === 'webgl' ? cy.ready(then) : cy.one('render', then));
  firstFrame(async () => {
    await afterPaint();
    bench.renderMs = performance.now() - started;
    bench.sinceNavigationMs = performance.now();
    document.body.dataset.rendered = 'true';
  });
}

main().catch((error: Error) => (bench.error = error.message));

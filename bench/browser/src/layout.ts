// Layout timings: the explorer's layout worker (web/src/workers) against bare Cytoscape running the layout headless.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import dagre from 'cytoscape-dagre';
import type { LayoutMessage, LayoutRequest, WorkerLayout } from '../../../web/src/core/layout/layout-protocol';
import { bench, params, subgraph } from './bench-data';

cytoscape.use(fcose);
cytoscape.use(dagre);

const n = Number(params.get('n') ?? 500);
const layout = (params.get('layout') ?? 'fcose') as WorkerLayout;
const { graph } = subgraph(n);
const nodes = graph.nodes.map((node) => ({ id: node.id }));
const edges = graph.relationships.map((r, i) => ({ id: `e${i}`, source: r.start, target: r.end }));

/** The explorer's path: post the graph to its worker, wait for the final positions. */
function inWorker(): Promise<number> {
  const worker = new Worker(new URL('../../../web/src/workers/layout-worker.ts', import.meta.url), { type: 'module' });
  const started = performance.now();
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<LayoutMessage>) => {
      if (event.data.kind === 'done') resolve(performance.now() - started);
      if (event.data.kind === 'error') reject(new Error(event.data.message));
    };
    worker.postMessage({ jobId: 1, layout, nodes, edges, keepPositions: false } satisfies LayoutRequest);
  }).finally(() => worker.terminate()) as Promise<number>;
}

/** The floor: the same layout with Cytoscape's defaults (fcose: draft quality), headless, on the main thread. */
function bare(): Promise<number> {
  const started = performance.now();
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...nodes.map((d) => ({ group: 'nodes' as const, data: d })),
      ...edges.map((d) => ({ group: 'edges' as const, data: d })),
    ],
  });
  return new Promise((resolve) => {
    const options =
      layout === 'fcose' ? { name: 'fcose', quality: 'draft', animate: false } : { name: 'dagre', animate: false };
    const run = cy.layout(options as cytoscape.LayoutOptions);
    run.one('layoutstop', () => resolve(performance.now() - started));
    run.run();
  });
}

(params.get('floor') === 'true' ? bare() : inWorker())
  .then((ms) => {
    bench.renderMs = ms;
    document.body.dataset.rendered = 'true';
  })
  .catch((error: Error) => (bench.error = error.message));

// Layout worker: runs fcose (draft, then refine) or dagre on a headless Cytoscape, off the main thread.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import dagre from 'cytoscape-dagre';
import { FCOSE_REFINE_LIMIT, type LayoutMessage, type LayoutRequest } from '../core/layout/layout-protocol';
import type { Positions } from '../core/graph/types';
import { wrapRanks } from '../core/layout/wrap-ranks';

cytoscape.use(fcose);
cytoscape.use(dagre);

/** A wrapped rank's column height: about the view's aspect for a network of a thousand nodes. */
const DAGRE_PER_COLUMN = 40;

const post = (message: LayoutMessage) => (self as unknown as Worker).postMessage(message);

function run(cy: cytoscape.Core, options: Record<string, unknown>): Promise<void> {
  return new Promise((resolve, reject) => {
    const layout = cy.layout({ animate: false, fit: false, ...options } as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => resolve());
    // Errors thrown by run() reject the job, so the page hears of them instead of waiting forever.
    try {
      layout.run();
    } catch (error) {
      reject(error);
    }
  });
}

const positionsOf = (cy: cytoscape.Core): Positions =>
  Object.fromEntries(
    cy.nodes().map((n) => [n.id(), { x: Math.round(n.position('x')), y: Math.round(n.position('y')) }]),
  );

self.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const req = event.data;
  const started = performance.now();
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [
        ...req.nodes.map((n) => ({
          group: 'nodes' as const,
          data: { id: n.id },
          position: { x: n.x ?? 0, y: n.y ?? 0 },
        })),
        ...req.edges.map((e) => ({ group: 'edges' as const, data: e })),
      ],
      style: [{ selector: 'node', style: { width: 22, height: 22 } }],
    });
    post({ jobId: req.jobId, kind: 'progress', pct: 10, stage: 'start' });
    if (req.layout === 'dagre') {
      await run(cy, { name: 'dagre', rankDir: 'LR', nodeSep: 8, rankSep: 120 });
    } else {
      const common = {
        name: 'fcose',
        idealEdgeLength: 120,
        nodeRepulsion: 20000,
        nodeSeparation: 60,
        packComponents: true,
      };
      // fcose only accepts randomize: false with quality 'proof' (its spectral draft needs random starts; anything
      // else throws "reading 'nodeIndexes'"): the draft starts random, the refinement starts from the draft.
      if (!req.keepPositions) {
        await run(cy, { ...common, quality: 'draft', randomize: true });
        post({ jobId: req.jobId, kind: 'progress', pct: 50, stage: 'draft', positions: positionsOf(cy) });
      }
      if (req.keepPositions || req.nodes.length <= FCOSE_REFINE_LIMIT)
        await run(cy, { ...common, quality: 'proof', randomize: false, numIter: 1500 });
    }
    // dagre puts all leaves of a rank in one column (hundreds of organisations): wrap long ranks into blocks.
    const positions =
      req.layout === 'dagre'
        ? wrapRanks(positionsOf(cy), { perColumn: DAGRE_PER_COLUMN, columnGap: 150 })
        : positionsOf(cy);
    post({ jobId: req.jobId, kind: 'done', positions, ms: Math.round(performance.now() - started) });
    cy.destroy();
  } catch (error) {
    post({ jobId: req.jobId, kind: 'error', message: (error as Error).message });
  }
};

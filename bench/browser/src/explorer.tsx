// The measured page: the explorer's own GraphController (web/) drawing a synthetic subgraph with its stylesheet.
import cytoscape from 'cytoscape';
import { createRoot } from 'react-dom/client';
import { GraphController } from '../../../web/src/views/graph/GraphController';
import { canvasLabelFit } from '../../../web/src/core/cy/label-fit';
import { toCyElements } from '../../../web/src/core/cy/to-elements';
import { stylesheet } from '../../../web/src/core/cy/stylesheet';
import type { GraphModel, KEdge, KNode } from '../../../web/src/core/graph/types';
import { afterPaint, bench, params, renderer, subgraph } from './bench-data';

const n = Number(params.get('n') ?? 2000);
const { graph, positions } = subgraph(n);
const prov = { sources: [], quotes: [], confidence: 'literal', note: null };
const model: GraphModel = {
  nodes: new Map(
    graph.nodes.map((node): [string, KNode] => [
      node.id,
      {
        ...prov,
        id: node.id,
        labels: node.labels,
        name: String(node.properties.name),
        fullName: null,
        aliases: [],
        description: null,
        code: null,
        kind: null,
        url: null,
        amountText: null,
      },
    ]),
  ),
  edges: new Map(
    graph.relationships.map((r, i): [string, KEdge] => [
      `e${i}`,
      { ...prov, id: `e${i}`, type: r.type, source: r.start, target: r.end, role: null },
    ]),
  ),
};
const visible = new Set(model.nodes.keys());
const started = performance.now();
const done = async () => {
  await afterPaint();
  bench.renderMs = performance.now() - started;
  document.body.dataset.rendered = 'true';
};

if (renderer === 'canvas') {
  // The real component, props as the explorer passes them for a freshly loaded network view.
  const container = document.getElementById('cy') as HTMLDivElement;
  const elements = toCyElements(model, { positions, fitLabel: canvasLabelFit() });
  // onRendered already fires after the drawn frame was painted (the same test as afterPaint).
  const painted = () => {
    bench.renderMs = performance.now() - started;
    document.body.dataset.rendered = 'true';
  };
  createRoot(document.createElement('div')).render(
    <GraphController
      container={container}
      elements={elements}
      positions={positions}
      visible={visible}
      selected={[]}
      highlight={null}
      fitKey="bench"
      onSelect={() => {}}
      onExpand={() => {}}
      onReady={() => {}}
      onRendered={painted}
    />,
  );
} else {
  // GraphController has no WebGL switch (the notes advise WebGL only with a real GPU): the explorer's elements and
  // stylesheet with the WebGL renderer, to show what switching it on would cost here.
  const cy = cytoscape({
    container: document.getElementById('cy'),
    elements: toCyElements(model, { positions }),
    style: stylesheet(),
    layout: { name: 'preset' },
    pixelRatio: 1,
    textureOnViewport: true,
    renderer: { name: 'canvas', webgl: true },
  } as cytoscape.CytoscapeOptions);
  cy.ready(() => void done()); // no 'render' event from the WebGL renderer: ready + one paint, as on the bare page
}

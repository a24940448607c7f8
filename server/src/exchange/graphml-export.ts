// GraphML export for yEd and Cytoscape desktop; every value escaped by xml-text.ts (strict XML 1.0).
import { CSV_ARRAY_DELIMITER } from '@kies/schema';
import type { GraphData } from '../domain/graph-data.js';
import { attributeTypes, flatProperties, type FlatValue } from './flat-properties.js';
import { xmlAttributes, xmlText } from './xml-text.js';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

const dataLines = (prefix: string, data: Record<string, FlatValue>): string[] =>
  Object.entries(data).map(
    ([name, value]) => `      <data ${xmlAttributes({ key: `${prefix}_${name}` })}>${xmlText(String(value))}</data>`,
  );

export function graphToGraphml(graph: GraphData): string {
  const nodes = graph.nodes.map((n) => ({
    id: n.id,
    data: { ...flatProperties(n.properties), labels: n.labels.join(CSV_ARRAY_DELIMITER) },
  }));
  const edges = graph.relationships.map((r) => ({
    start: r.start,
    end: r.end,
    data: { ...flatProperties(r.properties), type: r.type as FlatValue },
  }));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml ${xmlAttributes({ xmlns: GRAPHML_NS, 'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance', 'xsi:schemaLocation': `${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd` })}>`,
  ];
  // Keys are declared per domain with an id prefix, since a name (e.g. "sources") exists on nodes and edges.
  for (const [name, type] of attributeTypes(nodes.map((n) => n.data))) {
    lines.push(`  <key ${xmlAttributes({ id: `n_${name}`, for: 'node', 'attr.name': name, 'attr.type': type })}/>`);
  }
  for (const [name, type] of attributeTypes(edges.map((e) => e.data))) {
    lines.push(`  <key ${xmlAttributes({ id: `e_${name}`, for: 'edge', 'attr.name': name, 'attr.type': type })}/>`);
  }
  lines.push(`  <graph ${xmlAttributes({ id: 'KIES', edgedefault: 'directed' })}>`);
  for (const node of nodes)
    lines.push(`    <node ${xmlAttributes({ id: node.id })}>`, ...dataLines('n', node.data), '    </node>');
  edges.forEach((edge, i) => {
    lines.push(
      `    <edge ${xmlAttributes({ id: `e${i}`, source: edge.start, target: edge.end })}>`,
      ...dataLines('e', edge.data),
      '    </edge>',
    );
  });
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}

// GraphML export for yEd and other tools; xmlbuilder2 does the XML escaping.
import { CSV_ARRAY_DELIMITER } from '@kies/schema';
import { create } from 'xmlbuilder2';
import type { GraphData } from '../domain/graph-data.js';
import { attributeTypes, flatProperties, type FlatValue } from './flat-properties.js';

export function graphToGraphml(graph: GraphData): string {
  const nodes = graph.nodes.map((n) => ({ id: n.id, data: { ...flatProperties(n.properties), labels: n.labels.join(CSV_ARRAY_DELIMITER) } }));
  const edges = graph.relationships.map((r) => ({ start: r.start, end: r.end, data: { ...flatProperties(r.properties), type: r.type as FlatValue } }));
  const nodeKeys = attributeTypes(nodes.map((n) => n.data));
  const edgeKeys = attributeTypes(edges.map((e) => e.data));

  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('graphml', {
    xmlns: 'http://graphml.graphdrawing.org/xmlns',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
  });
  // Keys are declared per domain with an id prefix, since a name (e.g. "sources") exists on nodes and edges.
  for (const [name, type] of nodeKeys) root.ele('key', { id: `n_${name}`, for: 'node', 'attr.name': name, 'attr.type': type });
  for (const [name, type] of edgeKeys) root.ele('key', { id: `e_${name}`, for: 'edge', 'attr.name': name, 'attr.type': type });
  const g = root.ele('graph', { id: 'KIES', edgedefault: 'directed' });
  for (const node of nodes) {
    const el = g.ele('node', { id: node.id });
    for (const [name, value] of Object.entries(node.data)) el.ele('data', { key: `n_${name}` }).txt(String(value));
  }
  edges.forEach((edge, i) => {
    const el = g.ele('edge', { id: `e${i}`, source: edge.start, target: edge.end });
    for (const [name, value] of Object.entries(edge.data)) el.ele('data', { key: `e_${name}` }).txt(String(value));
  });
  return root.end({ prettyPrint: true });
}

// GEXF export for Gephi, written by graphology-gexf from a graphology copy of the graph.
import { CSV_ARRAY_DELIMITER } from '@kies/schema';
import { createRequire } from 'node:module';
import type { GraphData } from '../domain/graph-data.js';
import { flatProperties } from './flat-properties.js';

const require = createRequire(import.meta.url);
// Both are CommonJS; createRequire avoids default-export interop differences between tsx and vitest.
const { MultiDirectedGraph } = require('graphology') as typeof import('graphology');
const gexf = require('graphology-gexf') as typeof import('graphology-gexf');

export function graphToGexf(graph: GraphData): string {
  const g = new MultiDirectedGraph();
  for (const node of graph.nodes) {
    g.addNode(node.id, { ...flatProperties(node.properties), label: String(node.properties.name ?? node.id), labels: node.labels.join(CSV_ARRAY_DELIMITER) });
  }
  graph.relationships.forEach((rel, i) => {
    g.addEdgeWithKey(`e${i}`, rel.start, rel.end, { ...flatProperties(rel.properties), label: rel.type, type: rel.type });
  });
  return gexf.write(g, {
    formatNode: (_key, attributes) => {
      const { label, ...rest } = attributes;
      return { label: String(label), attributes: rest };
    },
    formatEdge: (_key, attributes) => {
      const { label, ...rest } = attributes;
      return { label: String(label), attributes: rest };
    },
  });
}

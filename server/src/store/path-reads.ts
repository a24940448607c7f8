// Paths between two nodes on the embedded store: the pure bounded search (domain/bounded-paths.ts) over compact
// adjacency kept between writes, then the answer's nodes and relationships read back as stored.
import { boundedPaths, type Adjacency } from '../domain/bounded-paths.js';
import type { GraphPath, PathRequest } from '../domain/subgraphs.js';
import type { CypherExecutor } from './executor.js';
import { relationshipsByKeyStatement } from './cypher/adjacency-cypher.js';
import { nodesByIdStatement } from './cypher/query-cypher.js';
import { toNode, toRelationship } from './row-values.js';

export async function readBoundedPaths(
  executor: CypherExecutor,
  adjacency: Adjacency,
  request: PathRequest & { to: string },
): Promise<GraphPath[]> {
  const found = boundedPaths(adjacency, { ...request, to: request.to });
  if (found.length === 0) return [];
  const keyOf = (h: { start: string; type: string; end: string }) => `${h.start}|${h.type}|${h.end}`;
  const keys = new Map(found.flatMap((p) => p.hops).map((h) => [keyOf(h), h]));
  const [nodeRows, relRows] = await Promise.all([
    executor.read(nodesByIdStatement([...new Set(found.flatMap((p) => p.nodes))])),
    executor.read(relationshipsByKeyStatement([...keys.values()])),
  ]);
  const nodes = new Map(nodeRows.map((r) => toNode(r.node)).map((n) => [n.id, n]));
  const rels = new Map(relRows.map((r) => toRelationship(r.rel)).map((r) => [keyOf(r), r]));
  const paths: GraphPath[] = [];
  for (const p of found) {
    const pathNodes = p.nodes.map((id) => nodes.get(id));
    const hops = p.hops.map((h, i) => ({
      from: p.nodes[i]!,
      to: p.nodes[i + 1]!,
      relationship: rels.get(keyOf(h))!,
      forward: h.start === p.nodes[i],
    }));
    // A node or relationship deleted since the adjacency was read: the path is left out (the next call re-reads).
    if (pathNodes.every(Boolean) && hops.every((h) => h.relationship))
      paths.push({ nodes: pathNodes as GraphPath['nodes'], hops });
  }
  return paths;
}

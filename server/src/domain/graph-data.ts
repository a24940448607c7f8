// The exchange shape of a whole graph (export JSON format), and conversions from the parsed seed.
import type { NodeLabel, RelationshipType } from '@kies/schema';

export type PropertyMap = Record<string, unknown>;

export interface GraphNode {
  id: string;
  labels: NodeLabel[];
  properties: PropertyMap;
}

export interface GraphRelationship {
  type: RelationshipType;
  start: string;
  end: string;
  properties: PropertyMap;
}

/** `{"nodes":[...],"relationships":[...]}`: what `npm run export -- --format json` writes. */
export interface GraphData {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
}

/** Sorts nodes by id and relationships by (type, start, end): a canonical order for comparing exports. */
export function canonicalGraph(graph: GraphData): GraphData {
  const sortKeys = (map: PropertyMap): PropertyMap =>
    Object.fromEntries(
      Object.keys(map)
        .sort()
        .map((k) => [k, map[k]]),
    );
  return {
    nodes: [...graph.nodes]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((n) => ({ id: n.id, labels: [...n.labels].sort(), properties: sortKeys(n.properties) })),
    relationships: [...graph.relationships]
      .sort((a, b) => a.type.localeCompare(b.type) || a.start.localeCompare(b.start) || a.end.localeCompare(b.end))
      .map((r) => ({ type: r.type, start: r.start, end: r.end, properties: sortKeys(r.properties) })),
  };
}

/** Counts a graph by label and type (a node counts once under each of its labels). */
export function countGraph(graph: GraphData): GraphCounts {
  const byLabel: Record<string, number> = {};
  const byType: Record<string, number> = {};
  for (const node of graph.nodes) for (const label of node.labels) byLabel[label] = (byLabel[label] ?? 0) + 1;
  for (const rel of graph.relationships) byType[rel.type] = (byType[rel.type] ?? 0) + 1;
  return { nodes: graph.nodes.length, relationships: graph.relationships.length, byLabel, byType };
}

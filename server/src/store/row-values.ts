// Engine rows as API values: one place that turns a projected node or relationship map into domain objects.
import { DERIVED_NODE_PROPERTIES, type RelationshipType } from '@kies/schema';
import type { GraphNode, GraphRelationship } from '../domain/graph-data.js';
import type { Row } from './executor.js';
import { modelLabels } from './cypher/labels.js';
import type { Degree } from './neighbourhood.js';

/** A stored node as the API sees it: model labels only, no derived properties. */
export function toNode(value: unknown): GraphNode {
  const row = value as { id: unknown; labels: unknown; properties: Record<string, unknown> };
  const properties = { ...(row.properties ?? {}) };
  for (const name of DERIVED_NODE_PROPERTIES) delete properties[name];
  return { id: String(row.id), labels: modelLabels(row.labels), properties };
}

export function toRelationship(value: unknown): GraphRelationship {
  const row = value as { type: RelationshipType; start: unknown; end: unknown; properties: Record<string, unknown> };
  return { type: row.type, start: String(row.start), end: String(row.end), properties: row.properties ?? {} };
}

/** Degree rows ({id, outDegree, inDegree}) as a map. */
export function toDegrees(rows: Row[]): Map<string, Degree> {
  return new Map(rows.map((r) => [String(r.id), { out: Number(r.outDegree), in: Number(r.inDegree) }]));
}

// Engine rows as API values: one place that turns a projected node or relationship map into domain objects.
import { DERIVED_NODE_PROPERTIES, type RelationshipType } from '@kies/schema';
import type { GraphNode, GraphRelationship } from '../domain/graph-data.js';
import type { Row } from './executor.js';
import { modelLabels } from './cypher/labels.js';
import type { Degree } from './neighbourhood.js';

const DERIVED = new Set(DERIVED_NODE_PROPERTIES);

/**
 * Properties without nulls (and without `skip`): a stored property is never null, but a projected map reads a
 * missing one as null (cypher/query-cypher.ts propertiesOf), and it must look as missing as in a whole row.
 */
function present(properties: Record<string, unknown> | undefined, skip?: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in properties) {
    const value = properties[key];
    if (value !== null && value !== undefined && !skip?.has(key)) out[key] = value;
  }
  return out;
}

/** `keys` of `properties` that it has (a projected read of whole properties already at hand). */
export function pickProperties(
  properties: Readonly<Record<string, unknown>>,
  keys: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (key in properties) out[key] = properties[key];
  return out;
}

/** A stored node as the API sees it: model labels only, no derived properties. */
export function toNode(value: unknown): GraphNode {
  const row = value as { id: unknown; labels: unknown; properties: Record<string, unknown> };
  return { id: String(row.id), labels: modelLabels(row.labels), properties: present(row.properties, DERIVED) };
}

export function toRelationship(value: unknown): GraphRelationship {
  const row = value as { type: RelationshipType; start: unknown; end: unknown; properties: Record<string, unknown> };
  return { type: row.type, start: String(row.start), end: String(row.end), properties: present(row.properties) };
}

/** Degree rows ({id, outDegree, inDegree}) as a map. */
export function toDegrees(rows: Row[]): Map<string, Degree> {
  return new Map(rows.map((r) => [String(r.id), { out: Number(r.outDegree), in: Number(r.inDegree) }]));
}

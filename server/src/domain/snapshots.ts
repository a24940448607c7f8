// Snapshots of nodes and relationships as audit events store them, and the comparison undo uses to see whether a
// fact has changed since an event.
import { DERIVED_NODE_PROPERTIES } from '@kies/schema';
import type { GraphNode, GraphRelationship, PropertyMap } from './graph-data.js';
import type { NodeSnapshot } from './curation.js';

/** A node snapshot as audit events store it: model labels sorted, properties sorted, derived ones left out. */
export function nodeSnapshot(node: GraphNode, relationships?: GraphRelationship[]): NodeSnapshot {
  const properties = sortKeys(node.properties);
  for (const name of DERIVED_NODE_PROPERTIES) delete properties[name];
  return {
    id: node.id,
    labels: [...node.labels].sort(),
    properties,
    ...(relationships ? { relationships: relationships.map(relationshipSnapshot) } : {}),
  };
}

export function relationshipSnapshot(rel: GraphRelationship): GraphRelationship {
  return { type: rel.type, start: rel.start, end: rel.end, properties: sortKeys(rel.properties) };
}

function sortKeys(map: PropertyMap): PropertyMap {
  return Object.fromEntries(
    Object.keys(map)
      .filter((k) => map[k] !== null && map[k] !== undefined)
      .sort()
      .map((k) => [k, map[k]]),
  );
}

/** Whether two snapshots describe the same state (relationship lists are compared as sets). */
export function sameNode(a: NodeSnapshot, b: NodeSnapshot): boolean {
  return (
    JSON.stringify({ ...nodeSnapshot(a), relationships: undefined }) ===
    JSON.stringify({ ...nodeSnapshot(b), relationships: undefined })
  );
}

export function sameRelationship(a: GraphRelationship, b: GraphRelationship): boolean {
  return JSON.stringify(relationshipSnapshot(a)) === JSON.stringify(relationshipSnapshot(b));
}

// Subgraphs and paths as the store reads them and the API draws them: nodes with the relationships among them.
import type { NodeLabel, RelationshipType } from '@kies/schema';
import type { GraphNode, GraphRelationship } from './graph-data.js';

/**
 * Stored property keys to read per node and per relationship of a subgraph; `null` reads every property. A node or
 * relationship read with a projection carries only those properties (and its id, labels, type and ends).
 */
export interface Projection {
  node: readonly string[] | null;
  relationship: readonly string[] | null;
}

export const WHOLE_ROWS: Projection = { node: null, relationship: null };

export interface Subgraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  /** True when the node limit cut the result short. */
  truncated: boolean;
  /** Nodes that qualified before the limit (a lower bound when totalNodesExact is false). */
  totalNodes: number;
  /** False when counting stopped early (the neighbourhood counts up to a multiple of the limit). */
  totalNodesExact: boolean;
}

export interface PathHop {
  from: string;
  to: string;
  relationship: GraphRelationship;
  /** True when the relationship reads from `from` to `to`. */
  forward: boolean;
}

export interface GraphPath {
  nodes: GraphNode[];
  hops: PathHop[];
}

export interface PathRequest {
  from: string;
  to: string | null;
  toLabels: NodeLabel[] | null;
  maxLength: number;
  via: NodeLabel[] | null;
  types: RelationshipType[] | null;
  limit: number;
}

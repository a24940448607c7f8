// Subgraphs and paths as the store reads them and the API draws them: nodes with the relationships among them.
import type { NodeLabel, RelationshipType } from '@kies/schema';
import type { GraphNode, GraphRelationship } from './graph-data.js';

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

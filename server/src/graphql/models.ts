// The objects resolvers pass around (codegen mappers): store/domain data, resolved to GraphQL fields lazily.
import type { GraphNode, GraphRelationship, PropertyMap } from '../domain/graph-data.js';
import type { GraphPath, PathHop, Subgraph } from '../domain/subgraphs.js';
import type { SearchResult } from '../domain/node-lookups.js';
import type { CoverageCell, CoverageRow, Dimension } from '../domain/coverage.js';
import type { Finding } from '../domain/gaps.js';
import type { PartnerRanking, Reason } from '../domain/partners.js';
import type { AuditEvent, NodeChange, RelationshipChange } from '../domain/curation.js';
import type { Identity } from '../auth/tokens.js';

export type NodeModel = GraphNode;
export type RelationshipModel = GraphRelationship;
/** Provenance is read straight from the node's or relationship's properties. */
export type ProvenanceModel = PropertyMap;
export type PathModel = GraphPath;
export type HopModel = PathHop;
export type SubgraphModel = Subgraph;
export type SearchHitModel = SearchResult;
export interface CoverageMatrixModel {
  dimensions: Dimension[];
  rows: CoverageRow[];
}
export type CoverageRowModel = CoverageRow;
export type CoverageCellModel = CoverageCell;
export type GapModel = Finding;
export type PartnerSuggestionModel = PartnerRanking;
export type PartnerReasonModel = Reason;
export interface NodeEdgeModel {
  cursor: string;
  node: GraphNode;
}
export interface NodeConnectionModel {
  edges: NodeEdgeModel[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}
export type AuditEventModel = AuditEvent;
export type NodeChangeModel = NodeChange;
export type RelationshipChangeModel = RelationshipChange;
export type ViewerModel = Identity;

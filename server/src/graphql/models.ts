// The objects resolvers pass around (codegen mappers): store/domain data, resolved to GraphQL fields lazily.
import type { GraphNode, GraphRelationship, PropertyMap } from '../domain/graph-data.js';
import type { GraphPath, PathHop, SearchResult, Subgraph } from '../domain/query-types.js';
import type { CoverageCell, CoverageRow, Dimension } from '../domain/coverage.js';

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
export type GapModel = import('../domain/gaps.js').Finding;
export type PartnerSuggestionModel = import('../domain/partners.js').PartnerRanking;
export type PartnerReasonModel = import('../domain/partners.js').Reason;
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
export type AuditEventModel = import('../domain/curation.js').AuditEvent;
export type NodeChangeModel = import('../store/curation-store.js').NodeChange;
export type RelationshipChangeModel = import('../store/curation-store.js').RelationshipChange;
export type ViewerModel = import('../auth/tokens.js').Identity;

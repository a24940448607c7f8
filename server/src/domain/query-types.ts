// Result shapes of the store's query operations: plain data the API and the pure analyses share.
import type { NodeLabel, RelationshipType } from '@kies/schema';
import type { GraphNode, GraphRelationship } from './graph-data.js';
import type { MissionPppLink } from './mission-links.js';

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

export interface SearchResult {
  node: GraphNode;
  score: number;
  matchedOn: 'NAME' | 'DESCRIPTION' | 'TARGET';
}

export interface NodePageRequest {
  labels: NodeLabel[] | null;
  ids: string[] | null;
  /** Folded (lower-case, accent-free) text the searchText must contain. */
  nameContains: string | null;
  kind: string | null;
  code: string | null;
  confidence: string | null;
  hasSources: boolean | null;
  relatedTo: string | null;
  first: number;
  /** Keyset cursor: only ids greater than this. */
  afterId: string | null;
}

export interface NodePage {
  nodes: GraphNode[];
  totalCount: number;
  hasNextPage: boolean;
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

export type Direction = 'OUT' | 'IN' | 'BOTH';

/** One mission row of the matrix for one label: the ids of the nodes that ADDRESS the mission. */
export interface CoverageEntry {
  missionId: string;
  label: NodeLabel;
  members: GraphNode[];
}

/** A node's links relevant to partner ranking: what it shares with others is computed in the domain. */
export interface PartnerProfile {
  node: GraphNode;
  /** Neighbour ids by category: missions, technologies (KET/programme/KEM), topsectors/TKIs, partnerships, care agreements. */
  missions: string[];
  technologies: string[];
  topsectors: string[];
  partnerships: string[];
  careAgreements: string[];
}

/** Raw facts the gap analysis classifies; each list comes from one bounded Cypher query. */
export interface GapFacts {
  missions: GraphNode[];
  coverage: CoverageEntry[];
  unservedCareAgreements: GraphNode[];
  unservedProgrammes: GraphNode[];
  programmesWithoutMission: GraphNode[];
  pppsWithoutMission: GraphNode[];
  nodesWithoutProvenance: GraphNode[];
  relationshipsWithoutProvenance: GraphRelationship[];
  /** Each (mission, PPP) pair joined by up to 3 serving hops, with the inner nodes all its paths share (mission-links.ts). */
  missionPppLinks: MissionPppLink[];
  /** Missions whose links were cut short by the work bound (none on the KIES seed); they have no links above. */
  missionPppLinksTruncated: string[];
  /**
   * The nodes the facts above name only by id (relationship ends, linked PPPs, shared inner nodes), fetched with the
   * facts: findings then resolve every node without another query (and are cached with the facts between writes).
   */
  referencedNodes: GraphNode[];
}

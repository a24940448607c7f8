// Finding nodes: search hits, pages of nodes by label and filter, and the direction of a node's relationships.
import type { NodeLabel } from '@kies/schema';
import type { GraphNode } from './graph-data.js';

export interface SearchResult {
  node: GraphNode;
  score: number;
  matchedOn: 'NAME' | 'DESCRIPTION' | 'TARGET';
}

/** A node's names as search matches them: its stored searchText (folded name, full name, code, English name, aliases). */
export interface NodeNames {
  id: string;
  names: string[];
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

/** A page of `first` nodes with no filter but the ones given: every filter the request knows starts out null. */
export const nodePageRequest = (first: number, filters: Partial<NodePageRequest> = {}): NodePageRequest => ({
  labels: null,
  ids: null,
  nameContains: null,
  kind: null,
  code: null,
  confidence: null,
  hasSources: null,
  relatedTo: null,
  first,
  afterId: null,
  ...filters,
});

export interface NodePage {
  nodes: GraphNode[];
  totalCount: number;
  hasNextPage: boolean;
}

export type Direction = 'OUT' | 'IN' | 'BOTH';

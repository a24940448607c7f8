// Loader of the drawn graph: the base graph of a view and a node's neighbourhood, as KNode/KEdge lists.
import { request } from '../api/client';
import {
  GraphDocument,
  NeighbourhoodDocument,
  type NodeLabel,
  type SubgraphFieldsFragment,
} from '../api/generated/operations';
import { toKEdge, toKNode } from './from-api';
import type { KEdge, KNode } from './types';

export { NodesByIdDocument } from '../api/generated/operations';

export interface LoadedGraph {
  nodes: KNode[];
  edges: KEdge[];
  truncated: boolean;
  /** How many nodes qualified: "1000" or, when the server stopped counting, "1000+". */
  totalText: string;
}

function fromSubgraph(sub: SubgraphFieldsFragment): LoadedGraph {
  const totalText = `${sub.totalNodes}${sub.totalNodesExact ? '' : '+'}`;
  return { nodes: sub.nodes.map(toKNode), edges: sub.relationships.map(toKEdge), truncated: sub.truncated, totalText };
}

export async function loadGraph(labels: readonly NodeLabel[] | null, signal?: AbortSignal): Promise<LoadedGraph> {
  const data = await request(GraphDocument, { labels: labels && [...labels], limit: 2000 }, { signal });
  return fromSubgraph(data.graph);
}

export async function loadNeighbourhood(id: string, signal?: AbortSignal): Promise<LoadedGraph> {
  const data = await request(NeighbourhoodDocument, { id, depth: 1, limit: 300 }, { signal });
  return fromSubgraph(data.neighbourhood);
}

/** The ids of a selection the graph does not hold, as the variables naming them in one request (null: none). */
export const nodesByIdVariables = (missing: readonly string[]) => (missing.length ? { ids: [...missing] } : null);

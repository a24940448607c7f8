// Fetches graph pieces from the API and turns them into KNode/KEdge lists.
import { gql } from '../api/client';
import { GRAPH_QUERY, NEIGHBOURHOOD_QUERY } from '../api/queries';
import { toKEdge, toKNode, type WireSubgraph } from '../api/wire';
import type { KEdge, KNode } from './types';

export interface LoadedGraph {
  nodes: KNode[];
  edges: KEdge[];
  truncated: boolean;
  /** How many nodes qualified: "1000" or, when the server stopped counting, "1000+". */
  totalText: string;
}

export function fromSubgraph(sub: WireSubgraph): LoadedGraph {
  const totalText = `${sub.totalNodes}${sub.totalNodesExact ? '' : '+'}`;
  return { nodes: sub.nodes.map(toKNode), edges: sub.relationships.map(toKEdge), truncated: sub.truncated, totalText };
}

export async function loadGraph(labels: readonly string[] | null, signal?: AbortSignal): Promise<LoadedGraph> {
  const data = await gql<{ graph: WireSubgraph }>(GRAPH_QUERY, { labels, limit: 2000 }, { signal });
  return fromSubgraph(data.graph);
}

export async function loadNeighbourhood(id: string, signal?: AbortSignal): Promise<LoadedGraph> {
  const data = await gql<{ neighbourhood: WireSubgraph }>(NEIGHBOURHOOD_QUERY, { id, depth: 1, limit: 300 }, { signal });
  return fromSubgraph(data.neighbourhood);
}

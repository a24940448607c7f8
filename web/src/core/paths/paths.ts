// Path results: the query variables for a path request, and the elements to highlight.
import type { WireNode, WireRel } from '../api/wire';
import type { PathQuery } from '../state/view-state';

export interface WirePath {
  length: number;
  nodes: WireNode[];
  hops: { direction: 'FORWARD' | 'BACKWARD'; from: { id: string; name: string }; to: { id: string; name: string }; relationship: WireRel }[];
}

/** `to` is a node id or `label:<NodeLabel>` ("all PPPs"). */
export function pathVariables(query: PathQuery, maxLength = 3): Record<string, unknown> {
  const byLabel = /^label:(\w+)$/.exec(query.to);
  return byLabel
    ? { from: query.from, toLabels: [byLabel[1]], maxLength: Math.min(maxLength, 2), limit: 100 }
    : { from: query.from, to: query.to, maxLength: 4, limit: 50 };
}

export function pathHighlight(paths: WirePath[]): { nodeIds: Set<string>; edgeIds: Set<string> } {
  const nodeIds = new Set<string>();
  const edgeIds = new Set<string>();
  for (const p of paths) {
    for (const n of p.nodes) nodeIds.add(n.id);
    for (const h of p.hops) edgeIds.add(h.relationship.id);
  }
  return { nodeIds, edgeIds };
}

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

export interface PathGroup {
  target: WireNode;
  /** Its paths, shortest first. */
  paths: WirePath[];
  /** True when one path is a single hop: the target is linked to the start itself (e.g. the PPP addresses the mission). */
  direct: boolean;
  /** For an indirect target: the nodes its shortest paths run through (what makes the connection indirect). */
  via: WireNode[];
}

/**
 * Paths grouped by where they end, direct targets first, then by name. A path through other nodes (the central
 * mission, an agreement, a fund) shows a connection, not that the target works on the start itself.
 */
export function groupPathsByTarget(paths: WirePath[]): { direct: PathGroup[]; indirect: PathGroup[] } {
  const groups = new Map<string, PathGroup>();
  for (const p of paths) {
    const target = p.nodes.at(-1);
    if (!target) continue;
    const group = groups.get(target.id) ?? { target, paths: [], direct: false, via: [] };
    group.paths.push(p);
    if (p.length === 1) group.direct = true;
    groups.set(target.id, group);
  }
  const byName = (a: PathGroup, b: PathGroup) => a.target.name.localeCompare(b.target.name) || a.target.id.localeCompare(b.target.id);
  for (const g of groups.values()) {
    g.paths.sort((a, b) => a.length - b.length);
    const shortest = g.paths[0]!.length;
    const via = new Map<string, WireNode>();
    if (!g.direct) for (const p of g.paths) if (p.length === shortest) for (const n of p.nodes.slice(1, -1)) via.set(n.id, n);
    g.via = [...via.values()];
  }
  const all = [...groups.values()];
  return { direct: all.filter((g) => g.direct).sort(byName), indirect: all.filter((g) => !g.direct).sort(byName) };
}

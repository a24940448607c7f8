// Loader of path tracing: the variables of a path request, the elements to highlight, paths grouped by target.
import { isNodeLabel } from '@kies/schema';
import type { PathsQuery, PathsQueryVariables } from '../api/generated/operations';
import type { PathQuery } from '../state/view-state';

export { PathsDocument } from '../api/generated/operations';

/** One traced path: its nodes in order and each hop with its evidence. */
export type TracedPath = PathsQuery['paths'][number];

/** What highlighting and grouping read of a path (views pass TracedPath and get it back in the groups). */
export interface PathLike {
  length: number;
  nodes: { id: string; name: string }[];
  hops: { relationship: { id: string } }[];
}

/** `to` is a node id or `label:<NodeLabel>` ("all PPPs"); null asks nothing. */
export function pathVariables(query: PathQuery | null, maxLength = 3): PathsQueryVariables | null {
  if (!query) return null;
  const byLabel = /^label:(\w+)$/.exec(query.to)?.[1];
  return byLabel !== undefined && isNodeLabel(byLabel)
    ? { from: query.from, toLabels: [byLabel], maxLength: Math.min(maxLength, 2), limit: 100 }
    : { from: query.from, to: query.to, maxLength: 4, limit: 50 };
}

export function pathHighlight(paths: readonly PathLike[]): { nodeIds: Set<string>; edgeIds: Set<string> } {
  const nodeIds = new Set<string>();
  const edgeIds = new Set<string>();
  for (const p of paths) {
    for (const n of p.nodes) nodeIds.add(n.id);
    for (const h of p.hops) edgeIds.add(h.relationship.id);
  }
  return { nodeIds, edgeIds };
}

export interface PathGroup<P extends PathLike = TracedPath> {
  target: P['nodes'][number];
  /** Its paths, shortest first. */
  paths: P[];
  /** True when one path is a single hop: the target is linked to the start itself (e.g. the PPP addresses the mission). */
  direct: boolean;
  /** For an indirect target: the nodes its shortest paths run through (what makes the connection indirect). */
  via: P['nodes'][number][];
}

/**
 * Paths grouped by where they end, direct targets first, then by name. A path through other nodes (the central
 * mission, an agreement, a fund) shows a connection, not that the target works on the start itself.
 */
export function groupPathsByTarget<P extends PathLike>(
  paths: P[],
): { direct: PathGroup<P>[]; indirect: PathGroup<P>[] } {
  const groups = new Map<string, PathGroup<P>>();
  for (const p of paths) {
    const target = p.nodes.at(-1);
    if (!target) continue;
    const group: PathGroup<P> = groups.get(target.id) ?? { target, paths: [], direct: false, via: [] };
    group.paths.push(p);
    if (p.length === 1) group.direct = true;
    groups.set(target.id, group);
  }
  const byName = (a: PathGroup<P>, b: PathGroup<P>) =>
    a.target.name.localeCompare(b.target.name) || a.target.id.localeCompare(b.target.id);
  for (const g of groups.values()) {
    g.paths.sort((a, b) => a.length - b.length);
    const shortest = g.paths[0]!.length;
    const via = new Map<string, P['nodes'][number]>();
    if (!g.direct)
      for (const p of g.paths) if (p.length === shortest) for (const n of p.nodes.slice(1, -1)) via.set(n.id, n);
    g.via = [...via.values()];
  }
  const all = [...groups.values()];
  return { direct: all.filter((g) => g.direct).sort(byName), indirect: all.filter((g) => !g.direct).sort(byName) };
}

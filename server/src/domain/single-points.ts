// Single points of failure: nodes every connection between a mission and one of its PPPs runs through.
import type { MissionPppLink } from './mission-links.js';

export interface SinglePoint {
  nodeId: string;
  missionId: string;
  /** PPPs the mission would lose all connection to if the node went away. */
  pppIds: string[];
}

/**
 * For each (mission, PPP) pair, the inner nodes common to all its paths are cut vertices for that pair (a direct
 * ADDRESSES link has no inner nodes, so no cut). A mission connected to exactly one PPP loses its PPPs when that
 * PPP goes, so the PPP itself is reported too.
 */
export function singlePointsOfFailure(links: readonly MissionPppLink[]): SinglePoint[] {
  // Per mission, per PPP, the nodes common to all its links (one link per pair is the norm; should a pair come
  // twice, only nodes common to both are cuts). Arrays, not sets: a pair shares at most two inner nodes.
  const byMission = new Map<string, Map<string, string[]>>();
  for (const link of links) {
    let pairs = byMission.get(link.missionId);
    if (!pairs) byMission.set(link.missionId, (pairs = new Map()));
    const seen = pairs.get(link.pppId);
    const common = seen ? seen.filter((id) => link.commonNodeIds.includes(id)) : link.commonNodeIds;
    pairs.set(link.pppId, common.length > 1 && new Set(common).size < common.length ? [...new Set(common)] : common);
  }
  const found: SinglePoint[] = [];
  for (const [missionId, pairs] of byMission) {
    const points = new Map<string, SinglePoint>();
    // Each (node, PPP) comes once from the pairs (distinct PPPs, distinct common nodes): no look-up per add.
    const add = (nodeId: string, pppId: string) => {
      let point = points.get(nodeId);
      if (!point) points.set(nodeId, (point = { nodeId, missionId, pppIds: [] }));
      point.pppIds.push(pppId);
    };
    for (const [pppId, common] of pairs) for (const nodeId of common) add(nodeId, pppId);
    const [only] = pairs.keys();
    if (pairs.size === 1 && !points.get(only!)?.pppIds.includes(only!)) add(only!, only!);
    for (const point of points.values()) found.push(point);
  }
  for (const p of found) p.pppIds.sort();
  return found.sort(
    (a, b) =>
      b.pppIds.length - a.pppIds.length || a.missionId.localeCompare(b.missionId) || a.nodeId.localeCompare(b.nodeId),
  );
}

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
  const pairs = new Map<string, { missionId: string; pppId: string; common: Set<string> }>();
  for (const link of links) {
    // One link per pair is the norm; should a pair come twice, only nodes common to both are cuts.
    const key = `${link.missionId}\u0000${link.pppId}`;
    const seen = pairs.get(key)?.common;
    const common = seen ? new Set(link.commonNodeIds.filter((id) => seen.has(id))) : new Set(link.commonNodeIds);
    pairs.set(key, { missionId: link.missionId, pppId: link.pppId, common });
  }
  const found = new Map<string, SinglePoint>();
  const add = (nodeId: string, missionId: string, pppId: string) => {
    const key = `${nodeId}\u0000${missionId}`;
    const point = found.get(key) ?? { nodeId, missionId, pppIds: [] };
    if (!point.pppIds.includes(pppId)) point.pppIds.push(pppId);
    found.set(key, point);
  };
  const pppsByMission = new Map<string, Set<string>>();
  for (const pair of pairs.values()) {
    for (const nodeId of pair.common) add(nodeId, pair.missionId, pair.pppId);
    const set = pppsByMission.get(pair.missionId) ?? new Set<string>();
    set.add(pair.pppId);
    pppsByMission.set(pair.missionId, set);
  }
  for (const [missionId, ppps] of pppsByMission) {
    if (ppps.size === 1) {
      const [only] = ppps;
      add(only, missionId, only);
    }
  }
  return [...found.values()]
    .map((p) => ({ ...p, pppIds: p.pppIds.sort() }))
    .sort(
      (a, b) =>
        b.pppIds.length - a.pppIds.length || a.missionId.localeCompare(b.missionId) || a.nodeId.localeCompare(b.nodeId),
    );
}

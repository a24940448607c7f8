// Concentric-by-mission layout: missions in the middle, each node on a ring by distance, in its mission's sector.
import { adjacency, missionOrder, missionsOf } from '../graph/graph-model';
import type { GraphModel, Positions } from '../graph/types';

/** Breadth-first hop distance from the nearest mission (unreachable nodes get the outermost ring). */
function distances(model: GraphModel, sources: string[]): Map<string, number> {
  const adj = adjacency(model);
  const dist = new Map<string, number>(sources.map((s) => [s, 0]));
  let frontier = [...sources];
  while (frontier.length) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const n of adj.get(id) ?? []) {
        if (!dist.has(n)) {
          dist.set(n, dist.get(id)! + 1);
          next.push(n);
        }
      }
    }
    frontier = next;
  }
  return dist;
}

export function concentricByMission(model: GraphModel): Positions {
  const missions = missionOrder(model);
  const dist = distances(model, missions);
  const maxD = Math.max(1, ...dist.values()) + 1;
  const sector = new Map<string, number>(); // node -> sector index (mission), missions.length = shared
  for (const id of model.nodes.keys()) {
    const ms = missionsOf(model, id, missions);
    sector.set(
      id,
      ms.length === 1 ? missions.indexOf(ms[0]!) : missions.includes(id) ? missions.indexOf(id) : missions.length,
    );
  }
  const rings = new Map<number, string[]>();
  for (const id of model.nodes.keys()) {
    const d = dist.get(id) ?? maxD;
    rings.set(d, [...(rings.get(d) ?? []), id]);
  }
  const positions: Positions = {};
  const sectors = missions.length + 1;
  for (const [d, ids] of rings) {
    ids.sort((a, b) => sector.get(a)! - sector.get(b)! || a.localeCompare(b));
    const radius = d === 0 ? 140 : 140 + d * 260 + Math.max(0, ids.length - 40) * 4;
    ids.forEach((id, i) => {
      // Spread within the ring but keep sector order, so a mission's nodes face that mission.
      const angle = (2 * Math.PI * (i + 0.5)) / ids.length - Math.PI / 2 + (d === 0 ? 0 : Math.PI / sectors / 4);
      positions[id] = { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
    });
  }
  return positions;
}

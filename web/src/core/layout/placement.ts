// Places nodes that have no position yet next to their placed neighbours, leaving placed nodes where they are.
import { adjacency } from '../graph/graph-model';
import type { GraphModel, Point, Positions } from '../graph/types';

const RING = 70;

/** Returns positions for `ids` only; each goes on a small ring around the centre of its placed neighbours. */
export function placeNewNodes(model: GraphModel, placed: Positions, ids: string[]): Positions {
  const adj = adjacency(model);
  const out: Positions = {};
  const known = (id: string): Point | undefined => placed[id] ?? out[id];
  const slots = new Map<string, number>(); // anchor key -> used slots, so siblings fan out
  const bounds = Object.values(placed);
  const maxY = bounds.length ? Math.max(...bounds.map((p) => p.y)) : 0;
  const minX = bounds.length ? Math.min(...bounds.map((p) => p.x)) : 0;
  let orphan = 0;
  // Two passes: nodes whose neighbours are placed only in the second pass get them then.
  for (let pass = 0; pass < 2; pass++) {
    for (const id of ids) {
      if (out[id]) continue;
      const anchors = (adj.get(id) ?? []).map(known).filter((p): p is Point => p !== undefined);
      if (anchors.length === 0) {
        if (pass === 1) out[id] = { x: minX + (orphan++ % 20) * RING, y: maxY + 2 * RING + Math.floor(orphan / 20) * RING };
        continue;
      }
      const cx = anchors.reduce((s, p) => s + p.x, 0) / anchors.length;
      const cy = anchors.reduce((s, p) => s + p.y, 0) / anchors.length;
      const key = `${Math.round(cx)}:${Math.round(cy)}`;
      const slot = slots.get(key) ?? 0;
      slots.set(key, slot + 1);
      // Golden-angle spiral: evenly spread, and the n-th sibling always lands in the same place.
      const angle = slot * 2.399963;
      const r = RING * (1 + Math.sqrt(slot) * 0.6);
      out[id] = { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) };
    }
  }
  return out;
}

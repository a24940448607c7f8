// Places nodes that have no position yet next to their placed neighbours, leaving placed nodes where they are.
import { adjacency } from '../graph/graph-model';
import type { GraphModel, Point, Positions } from '../graph/types';

const RING = 70;
/** The room a placed node takes: its 22 px shape and the label under it (cut to about 84 px, label-fit.ts). */
const FOOT_W = 96;
const FOOT_TOP = 14;
const FOOT_BOTTOM = 34;
/** Nodes without a placed neighbour (partner suggestions, search hits) stand in rows, a label's width apart. */
const ROW_STEP = FOOT_W + 8;
/** Spiral slots tried per node before giving up on a free one (the spiral grows, so a free one comes soon). */
const MAX_TRIES = 400;

/** An area new nodes must stay out of, such as the titles of the KIES figure's rows and bands. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const blocked = (p: Point, keepOut: readonly Rect[]) =>
  keepOut.some(
    (r) =>
      p.x + FOOT_W / 2 > r.x && p.x - FOOT_W / 2 < r.x + r.w && p.y + FOOT_BOTTOM > r.y && p.y - FOOT_TOP < r.y + r.h,
  );

/**
 * Returns positions for `ids` only; each goes on a small ring around the centre of its placed neighbours, the
 * first free spot of a spiral outside `keepOut`.
 */
export function placeNewNodes(
  model: GraphModel,
  placed: Positions,
  ids: string[],
  keepOut: readonly Rect[] = [],
): Positions {
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
        if (pass === 0) continue;
        let p: Point;
        let tries = 0;
        do {
          p = { x: minX + (orphan % 20) * ROW_STEP, y: maxY + 2 * RING + Math.floor(orphan / 20) * RING };
          orphan++;
        } while (blocked(p, keepOut) && ++tries < MAX_TRIES);
        out[id] = p;
        continue;
      }
      const cx = anchors.reduce((s, p) => s + p.x, 0) / anchors.length;
      const cy = anchors.reduce((s, p) => s + p.y, 0) / anchors.length;
      const key = `${Math.round(cx)}:${Math.round(cy)}`;
      let slot = slots.get(key) ?? 0;
      let p: Point;
      let tries = 0;
      do {
        // Golden-angle spiral: evenly spread, and the n-th sibling always lands in the same place.
        const angle = slot * 2.399963;
        const r = RING * (1 + Math.sqrt(slot) * 0.6);
        p = { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) };
        slot++;
      } while (blocked(p, keepOut) && ++tries < MAX_TRIES);
      slots.set(key, slot);
      out[id] = p;
    }
  }
  return out;
}

// Hierarchical layout aid: a rank holding hundreds of leaves becomes a block of columns instead of one endless column.
import type { Positions } from '../graph/types';

export interface WrapOptions {
  /** Most nodes per column; a longer rank is wrapped into several columns. */
  perColumn: number;
  /** Distance between the wrapped columns of one rank. */
  columnGap: number;
}

/**
 * Takes a left-to-right layered layout (dagre, rankDir LR: one x per rank) and wraps each rank taller than
 * `perColumn` nodes into side-by-side columns, keeping the rank's top-to-bottom order (dagre's crossing-reduced
 * order) column by column; later ranks shift right to make room. Ranks stay left to right, each packed and centred.
 */
export function wrapRanks(positions: Positions, { perColumn, columnGap }: WrapOptions): Positions {
  const ranks = new Map<number, string[]>();
  for (const [id, p] of Object.entries(positions)) {
    const x = Math.round(p.x);
    ranks.set(x, [...(ranks.get(x) ?? []), id]);
  }
  const xs = [...ranks.keys()].sort((a, b) => a - b);
  const ys = Object.values(positions).map((p) => p.y);
  const top = ys.length ? Math.min(...ys) : 0;
  const rowGap = perColumn > 1 ? Math.max(30, minGap(positions, ranks)) : 30;
  const out: Positions = {};
  // Dagre spreads a short rank along the height of the tallest one (next to its neighbours there); once that is
  // wrapped, every rank is packed too, each column centred on the block's height.
  const tallest = Math.min(perColumn, Math.max(0, ...[...ranks.values()].map((ids) => ids.length)));
  let shift = 0;
  for (const x of xs) {
    const ids = ranks.get(x)!.sort((a, b) => positions[a]!.y - positions[b]!.y);
    const columns = Math.ceil(ids.length / perColumn);
    ids.forEach((id, i) => {
      const column = Math.floor(i / perColumn);
      const inColumn = Math.min(perColumn, ids.length - column * perColumn);
      const offset = ((tallest - inColumn) * rowGap) / 2;
      out[id] = { x: x + shift + column * columnGap, y: top + offset + (i % perColumn) * rowGap };
    });
    shift += (columns - 1) * columnGap;
  }
  return out;
}

/** The smallest vertical distance between neighbours in a rank: wrapped columns keep dagre's spacing. */
function minGap(positions: Positions, ranks: Map<number, string[]>): number {
  let gap = Infinity;
  for (const ids of ranks.values()) {
    const ys = ids.map((id) => positions[id]!.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) if (ys[i]! - ys[i - 1]! > 0) gap = Math.min(gap, ys[i]! - ys[i - 1]!);
  }
  return Number.isFinite(gap) ? gap : 30;
}

// Deterministic KIES (Figuur 5) positions: lanes left to right, one row per mission, bands at the bottom.
import { missionOrder, primaryLabel } from '../graph/graph-model';
import type { GraphModel, KNode, Positions } from '../graph/types';
import type { Rect } from '../layout/placement';
import { BANDS, LANES, bandOfLabel, laneOfLabel, type LaneId } from './lanes';

export const CELL_W = 92;
export const CELL_H = 64;
const PAD = 24;
const HEADER_H = 70;
const LANE_GAP = 40;

/** A background box (lane header, mission row band, bottom band) drawn behind the nodes. */
export interface DecorBox {
  id: string;
  kind: 'lane' | 'row' | 'band';
  /** i18n key, or a literal title (mission rows use the mission name). */
  titleKey?: string;
  title?: string;
  x: number;
  y: number;
  w: number;
  h: number;
  shade: number;
}

export interface KiesLayout {
  positions: Positions;
  decor: DecorBox[];
  /** Row id -> y range, for the mission filter and "scroll to mission". */
  rows: { id: string; y: number; h: number }[];
  /** Node id -> the mission row it stands in: its ADDRESSES edge to that mission is implied by the row. */
  rowOf: Record<string, string>;
  /** Where the titles of lanes, rows and bands are drawn: nodes placed later (expansions) must stay out. */
  titleAreas: Rect[];
}

const NO_MISSION = 'row-none';

// Same order as String#localeCompare, but one collator each: localeCompare(x, 'nl') looks the locale up per call.
const anyLocale = new Intl.Collator();
const dutch = new Intl.Collator('nl');
const byName = (a: KNode, b: KNode) =>
  anyLocale.compare(a.labels[0]!, b.labels[0]!) || dutch.compare(a.name, b.name) || anyLocale.compare(a.id, b.id);

/** Grid of `count` cells in a box `width` wide: how many columns and rows. */
function gridShape(count: number, width: number): { cols: number; rows: number } {
  const cols = Math.max(1, Math.floor((width - PAD) / CELL_W));
  return { cols, rows: Math.ceil(count / cols) };
}

function placeGrid(nodes: KNode[], left: number, width: number, top: number, positions: Positions): void {
  const { cols } = gridShape(nodes.length, width);
  const used = Math.min(cols, nodes.length);
  const offset = left + (width - used * CELL_W) / 2 + CELL_W / 2;
  nodes.forEach((n, i) => {
    positions[n.id] = { x: offset + (i % cols) * CELL_W, y: top + CELL_H / 2 + Math.floor(i / cols) * CELL_H };
  });
}

/** Band titles sit in the band's left end (stylesheet: 240 px wide, 250 px in); row titles left of the row, lane
 * titles above the lane (stylesheet: decor-band, decor-row, decor-lane). A little room is added around each. */
const BAND_TITLE_W = 270;
const ROW_TITLE_W = 170;
const LANE_TITLE_H = 40;

function titleArea(box: DecorBox): Rect {
  if (box.kind === 'band') return { x: box.x, y: box.y, w: BAND_TITLE_W, h: box.h };
  if (box.kind === 'row') return { x: box.x - ROW_TITLE_W, y: box.y, w: ROW_TITLE_W, h: box.h };
  return { x: box.x, y: box.y - LANE_TITLE_H, w: box.w, h: LANE_TITLE_H + 10 };
}

export function computeKiesLayout(model: GraphModel): KiesLayout {
  const missions = missionOrder(model);
  const rank = new Map(missions.map((m, i) => [m, i]));
  // The row a node stands in: its first mission (Figuur 5 order) among literal ADDRESSES edges (the figure's
  // own rows), else among inferred ones ("named in the central mission chapter" should not pull a PPP up).
  const firstMission = new Map<string, string>();
  const literal = new Set<string>();
  for (const e of model.edges.values()) {
    if ((e.type !== 'ADDRESSES' && e.type !== 'APPLIES_TO') || !rank.has(e.target)) continue;
    const isLiteral = e.confidence !== 'inferred';
    const current = firstMission.get(e.source);
    const better =
      current === undefined ||
      (isLiteral && !literal.has(e.source)) ||
      (isLiteral === literal.has(e.source) && rank.get(e.target)! < rank.get(current)!);
    if (better) firstMission.set(e.source, e.target);
    if (isLiteral) literal.add(e.source);
  }

  const rowIds = [...missions, NO_MISSION];
  const cells = new Map<string, KNode[]>(); // `${row}|${lane}`
  const bands = new Map<string, KNode[]>();
  const ministries: KNode[] = [];
  for (const node of model.nodes.values()) {
    const label = primaryLabel(node);
    const lane = laneOfLabel(label);
    if (lane === 'ministries') ministries.push(node);
    else if (lane === 'missions') continue;
    else if (lane) {
      const key = `${firstMission.get(node.id) ?? NO_MISSION}|${lane}`;
      cells.set(key, [...(cells.get(key) ?? []), node]);
    } else {
      const band = bandOfLabel(label);
      if (band) bands.set(band, [...(bands.get(band) ?? []), node]);
    }
  }

  const laneX = new Map<LaneId, number>();
  let x = 0;
  for (const lane of LANES) {
    laneX.set(lane.id, x);
    x += lane.width + LANE_GAP;
  }
  const totalW = x - LANE_GAP;
  const positions: Positions = {};
  const decor: DecorBox[] = [];
  const rows: KiesLayout['rows'] = [];

  let y = HEADER_H;
  rowIds.forEach((rowId, index) => {
    let gridRows = 1;
    for (const lane of LANES) {
      if (lane.id === 'ministries' || lane.id === 'missions') continue;
      const nodes = cells.get(`${rowId}|${lane.id}`) ?? [];
      gridRows = Math.max(gridRows, gridShape(nodes.length, lane.width).rows);
    }
    if (rowId === NO_MISSION && ![...cells.keys()].some((k) => k.startsWith(`${NO_MISSION}|`))) return;
    const h = gridRows * CELL_H + PAD;
    for (const lane of LANES) {
      const nodes = (cells.get(`${rowId}|${lane.id}`) ?? []).sort(byName);
      placeGrid(nodes, laneX.get(lane.id)!, lane.width, y + PAD / 2, positions);
    }
    if (rowId !== NO_MISSION) positions[rowId] = { x: laneX.get('missions')! + LANES[4]!.width / 2, y: y + h / 2 };
    const mission = model.nodes.get(rowId);
    decor.push({
      id: `decor-${rowId}`,
      kind: 'row',
      ...(mission ? { title: mission.code ? `${mission.code === 'CM' ? '+5, -30' : mission.code}` : mission.name } : { titleKey: 'row.none' }),
      x: -LANE_GAP / 2,
      y,
      w: totalW + LANE_GAP,
      h,
      shade: index % 2,
    });
    rows.push({ id: rowId, y, h });
    y += h;
  });

  // Ministries act on every mission: spread them over the full height of the mission rows.
  const sortedMinistries = ministries.sort(byName);
  const rowsH = Math.max(y - HEADER_H, CELL_H);
  sortedMinistries.forEach((n, i) => {
    positions[n.id] = {
      x: laneX.get('ministries')! + LANES[0]!.width / 2,
      y: HEADER_H + ((i + 0.5) * rowsH) / sortedMinistries.length,
    };
  });

  for (const lane of LANES) {
    decor.push({ id: `decor-lane-${lane.id}`, kind: 'lane', titleKey: lane.titleKey, x: laneX.get(lane.id)!, y: 0, w: lane.width, h: y, shade: 0 });
  }

  y += PAD;
  for (const band of BANDS) {
    const nodes = (bands.get(band.id) ?? []).sort(byName);
    if (nodes.length === 0) continue;
    const left = laneX.get('routes')!;
    const width = totalW - left - LANES[4]!.width - LANE_GAP;
    const h = gridShape(nodes.length, width).rows * CELL_H + PAD;
    placeGrid(nodes, left, width, y + PAD / 2, positions);
    decor.push({ id: `decor-band-${band.id}`, kind: 'band', titleKey: band.titleKey, x: -LANE_GAP / 2, y, w: totalW + LANE_GAP, h, shade: 2 });
    y += h;
  }
  return { positions, decor, rows, rowOf: Object.fromEntries(firstMission), titleAreas: decor.map(titleArea) };
}

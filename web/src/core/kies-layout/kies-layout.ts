// Deterministic KIES (Figuur 5) positions: lanes left to right, one row per mission, bands at the bottom.
import { missionOrder, primaryLabel } from '../graph/graph-model';
import type { GraphModel, KNode, Positions } from '../graph/types';
import type { Rect } from '../layout/placement';
import { BANDS, LANES, bandOfLabel, laneOfLabel, type LaneId } from './lanes';

/**
 * Figure metrics, in graph units (the default fit at 1440x900 draws them at about 0.8x): every figure node is a
 * small marker with its name to the right, one name per line, names in columns inside each row x lane cell, as the
 * printed Figuur 5 lists names in cells. FIG_LABEL_PX (label-fit.ts) keeps a name inside its column.
 */
export const COL_W = 96;
export const LINE_H = 18;
const PAD = 8;
const HEADER_H = 46;
const LANE_GAP = 12;
/** Room left of the lanes for the row titles (+5, -30; I..V) and the band titles. */
const TITLE_W = 64;
/** A mission row is at least this many lines high: the mission's own name wraps onto up to three. */
const MISSION_LINES = 3;
/** The marker sits this far into its column; its name starts right of it. */
const MARK_X = 6;

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
  /** Rows and bands: offset of the title from the box centre (it sits in the box's left end). */
  titleDx?: number;
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
  /** The whole figure: expanded nodes go around it, so they never cover a name in a cell. */
  figureArea: Rect;
}

const NO_MISSION = 'row-none';

// Same order as String#localeCompare, but one collator each: localeCompare(x, 'nl') looks the locale up per call.
const anyLocale = new Intl.Collator();
const dutch = new Intl.Collator('nl');
const byName = (a: KNode, b: KNode) =>
  anyLocale.compare(a.labels[0]!, b.labels[0]!) || dutch.compare(a.name, b.name) || anyLocale.compare(a.id, b.id);

/** The fewest lines `count` names need in a box `width` wide, every column in use. */
function gridShape(count: number, width: number): { cols: number; lines: number } {
  const cols = Math.max(1, Math.floor(width / COL_W));
  return { cols, lines: Math.ceil(count / cols) };
}

/** Names read down, then across (like a printed list); `lines` is the number of lines the cell uses. */
function placeList(nodes: KNode[], left: number, lines: number, top: number, positions: Positions): void {
  nodes.forEach((n, i) => {
    positions[n.id] = { x: left + Math.floor(i / lines) * COL_W + MARK_X, y: top + LINE_H / 2 + (i % lines) * LINE_H };
  });
}

/** Where titles are drawn (stylesheet: decor-row and decor-band put them in the box's left end, decor-lane on
 * top): nodes placed later (expansions) keep out of these areas. */
const BAND_TITLE_W = 150;

function titleArea(box: DecorBox): Rect {
  if (box.kind === 'band') return { x: box.x, y: box.y, w: BAND_TITLE_W, h: box.h };
  if (box.kind === 'row') return { x: box.x, y: box.y, w: TITLE_W, h: box.h };
  return { x: box.x, y: box.y, w: box.w, h: HEADER_H };
}

/** Horizontal offset from a box's centre to the middle of its title column (data-mapped `text-margin-x`). */
const titleDx = (w: number, titleW: number) => -w / 2 + titleW / 2;

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
  const left = -TITLE_W - LANE_GAP / 2;
  const fullW = totalW - left + LANE_GAP / 2;
  const positions: Positions = {};
  const decor: DecorBox[] = [];
  const rows: KiesLayout['rows'] = [];
  let y = HEADER_H;
  rowIds.forEach((rowId, index) => {
    if (rowId === NO_MISSION && ![...cells.keys()].some((k) => k.startsWith(`${NO_MISSION}|`))) return;
    // As many lines as the fullest cell needs with all its columns in use; a mission row has room for its name.
    let lines = rowId === NO_MISSION ? 1 : MISSION_LINES;
    for (const lane of LANES) {
      const count = cells.get(`${rowId}|${lane.id}`)?.length ?? 0;
      if (count) lines = Math.max(lines, gridShape(count, lane.width).lines);
    }
    const h = lines * LINE_H + 2 * PAD;
    for (const lane of LANES) {
      const nodes = (cells.get(`${rowId}|${lane.id}`) ?? []).sort(byName);
      placeList(nodes, laneX.get(lane.id)!, lines, y + PAD, positions);
    }
    if (rowId !== NO_MISSION) positions[rowId] = { x: laneX.get('missions')! + MARK_X + 4, y: y + h / 2 };
    const mission = model.nodes.get(rowId);
    decor.push({
      id: `decor-${rowId}`,
      kind: 'row',
      ...(mission
        ? { title: mission.code ? `${mission.code === 'CM' ? '+5, -30' : mission.code}` : mission.name }
        : { titleKey: 'row.none' }),
      x: left,
      y,
      w: fullW,
      h,
      shade: index % 2,
      titleDx: titleDx(fullW, TITLE_W),
    });
    rows.push({ id: rowId, y, h });
    y += h;
  });

  // Ministries act on every mission: spread them over the full height of the mission rows.
  const sortedMinistries = ministries.sort(byName);
  const rowsH = Math.max(y - HEADER_H, LINE_H);
  sortedMinistries.forEach((n, i) => {
    positions[n.id] = {
      x: laneX.get('ministries')! + MARK_X,
      y: HEADER_H + ((i + 0.5) * rowsH) / sortedMinistries.length,
    };
  });
  for (const lane of LANES) {
    decor.push({
      id: `decor-lane-${lane.id}`,
      kind: 'lane',
      titleKey: lane.titleKey,
      x: laneX.get(lane.id)! - LANE_GAP / 4,
      y: 0,
      w: lane.width + LANE_GAP / 2,
      h: y,
      shade: 0,
    });
  }
  y += PAD;
  // Bands under the rows: names from the routes lane to the PPP lane, the title in the left end.
  const bandLeft = laneX.get('routes')!;
  const bandWidth = laneX.get('missions')! - LANE_GAP - bandLeft;
  for (const band of BANDS) {
    const nodes = (bands.get(band.id) ?? []).sort(byName);
    if (nodes.length === 0) continue;
    const { lines } = gridShape(nodes.length, bandWidth);
    const h = Math.max(lines, 2) * LINE_H + 2 * PAD;
    placeList(nodes, bandLeft, lines, y + PAD, positions);
    decor.push({
      id: `decor-band-${band.id}`,
      kind: 'band',
      titleKey: band.titleKey,
      x: left,
      y,
      w: fullW,
      h,
      shade: 2,
      titleDx: titleDx(fullW, BAND_TITLE_W),
    });
    y += h + 2;
  }
  const figureArea = { x: left, y: 0, w: fullW, h: y };
  return {
    positions,
    decor,
    rows,
    rowOf: Object.fromEntries(firstMission),
    titleAreas: decor.map(titleArea),
    figureArea,
  };
}

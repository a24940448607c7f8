// Turns the loaded graph (+ positions, filters, highlight) into Cytoscape element definitions, in one array.
import type { ElementDefinition } from 'cytoscape';
import type { NodeLabel } from '@kies/schema';
import { primaryLabel } from '../graph/graph-model';
import type { GraphModel, KNode, Positions } from '../graph/types';
import type { DecorBox } from '../kies-layout/kies-layout';
import { FIGURE_LABELS } from '../kies-layout/lanes';
import { figureName, fitsByLength, fullTitle, missionShortName, twoLines } from './figure-names';
import { FIG_FONT_PX, FIG_LABEL_PX, FIG_LONG_SCALE, NODE_FONT_PX, type LabelFit } from './label-fit';
import { EDGE_COLORS, labelStyle } from './palette';

export interface ElementOptions {
  positions?: Positions;
  decor?: DecorBox[];
  /** Translates decor title keys. */
  translate?: (key: string) => string;
  /** KIES view: node -> mission row; the ADDRESSES edge to that row's mission is drawn only when highlighted. */
  rowOf?: Record<string, string>;
  /** Leave out nodes without a position (and their edges): drawn at the origin first, they would cost a frame and jump. */
  placedOnly?: boolean;
  /** Cuts labels to the canvas width in the normal and the bold (highlighted) font; absent: Cytoscape cuts them. */
  fitLabel?: LabelFit;
  /** KIES figure: figure nodes get short names beside a small marker (class `fig`), their edges show on demand. */
  figure?: boolean;
  /** KIES figure with a mission filter: that mission's row is highlighted. */
  activeRow?: string | null;
}

/** Missions wrap and ministries use a larger font: their own style rules size those few labels. */
const OWN_LABEL_RULE = new Set<NodeLabel>(['Mission', 'Ministry']);

/** Short canvas label: the name; abbreviations stay as written. Long names are cut (full name is in the panel). */
export function displayLabel(node: Pick<KNode, 'name' | 'id'>, max = 28): string {
  const name = node.name?.trim() || node.id;
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

const FIGURE = new Set(FIGURE_LABELS);
/** The figure font is larger than the node font the fitter measures in: widths scale with it. */
const FIG_WIDTH = (FIG_LABEL_PX * NODE_FONT_PX) / FIG_FONT_PX;

/** Figure labels: short name (or abbreviation), and two lines of more text for when the user zooms in. */
function figureLabels(node: KNode, label: string, fit?: LabelFit): Record<string, string> {
  const fits = fit?.fits ? (t: string) => fit.fits!(t, FIG_WIDTH) : fitsByLength;
  const cut = (t: string, scale = 1) => (fit ? fit.normal(t, FIG_WIDTH * scale) : t);
  const short = label === 'Mission' ? missionShortName(node) : (figureName(node, fits) ?? cut(node.name));
  const longFits = fit?.fits ? (t: string) => fit.fits!(t, FIG_WIDTH * FIG_LONG_SCALE) : (t: string) => t.length <= 28;
  const long = label === 'Mission' ? node.name : twoLines(node, longFits, (t) => cut(t, FIG_LONG_SCALE));
  return {
    label: short,
    labelBold: fit && label !== 'Mission' ? fit.bold(short, FIG_WIDTH) : short,
    labelLong: long,
    title: fullTitle(node),
  };
}

function nodeElement(node: KNode, positions?: Positions, fit?: LabelFit, figure = false): ElementDefinition {
  const label = primaryLabel(node);
  const style = labelStyle(label);
  const text = displayLabel(node);
  const inFigure = figure && FIGURE.has(label);
  const cut = fit && !OWN_LABEL_RULE.has(label);
  const el: ElementDefinition = {
    group: 'nodes',
    data: {
      id: node.id,
      ...(inFigure
        ? figureLabels(node, label, fit)
        : { label: cut ? fit.normal(text) : text, labelBold: cut ? fit.bold(text) : text, title: fullTitle(node) }),
      kind: label,
      color: style.color,
      shape: style.shape,
    },
    classes: [`l-${label}`, node.labels.includes('NGFProject') ? 'ngf' : '', inFigure ? 'fig' : '']
      .filter(Boolean)
      .join(' '),
  };
  const p = positions?.[node.id];
  if (p) el.position = { x: p.x, y: p.y };
  return el;
}

function decorElement(box: DecorBox, translate: (key: string) => string, active = false): ElementDefinition {
  return {
    group: 'nodes',
    data: {
      id: box.id,
      label: box.title ?? (box.titleKey ? translate(box.titleKey) : ''),
      w: box.w,
      h: box.h,
      dx: box.titleDx ?? 0,
      decor: true,
    },
    position: { x: box.x + box.w / 2, y: box.y + box.h / 2 },
    classes: `decor decor-${box.kind} shade-${box.shade}${active ? ' active' : ''}`,
    selectable: false,
    grabbable: false,
    pannable: true,
  };
}

export function toCyElements(model: GraphModel, options: ElementOptions = {}): ElementDefinition[] {
  const translate = options.translate ?? ((k: string) => k);
  const active = options.activeRow ? `decor-${options.activeRow}` : null;
  const elements: ElementDefinition[] = (options.decor ?? []).map((b) => decorElement(b, translate, b.id === active));
  const placed = (id: string) => !options.placedOnly || options.positions?.[id] !== undefined;
  for (const node of model.nodes.values())
    if (placed(node.id)) elements.push(nodeElement(node, options.positions, options.fitLabel, options.figure));
  const inFigure = (id: string) => options.figure === true && FIGURE.has(primaryLabel(model.nodes.get(id)!));
  for (const edge of model.edges.values()) {
    if (!placed(edge.source) || !placed(edge.target)) continue;
    elements.push({
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        // One data-mapped colour instead of a style rule per type: fewer selectors to match on every style pass.
        color: EDGE_COLORS[edge.type],
        // Core elements and preconditions apply to every mission: in the figure that is the bottom band, not lines.
        implied:
          options.rowOf !== undefined &&
          (edge.type === 'APPLIES_TO' || (edge.type === 'ADDRESSES' && options.rowOf[edge.source] === edge.target)),
      },
      // Between figure nodes, relations are drawn on hover and selection only: the figure says them by position.
      classes: `t-${edge.type}${edge.confidence === 'inferred' ? ' inferred' : ''}${inFigure(edge.source) && inFigure(edge.target) ? ' quiet' : ''}`,
    });
  }
  return elements;
}

/** The mission and the nodes that address it directly (an ADDRESSES relationship to it): what the filter shows. */
export function missionMembers(model: GraphModel, missionId: string): Set<string> {
  const members = new Set<string>([missionId]);
  for (const e of model.edges.values()) if (e.target === missionId && e.type === 'ADDRESSES') members.add(e.source);
  return members;
}

/**
 * Ids of nodes that are visible under the label toggles and mission filter. The filter keeps only what addresses
 * the mission directly (one hop further would add PPPs that merely share a technology with it); nodes the user
 * expanded keep their neighbours, since expanding asked for them.
 */
export function visibleNodeIds(
  model: GraphModel,
  hiddenLabels: ReadonlySet<string>,
  missionFilter: string | null,
  expanded: readonly string[] = [],
): Set<string> {
  const visible = new Set<string>();
  for (const node of model.nodes.values()) if (!hiddenLabels.has(primaryLabel(node))) visible.add(node.id);
  if (!missionFilter || !model.nodes.has(missionFilter)) return visible;
  const keep = missionMembers(model, missionFilter);
  const opened = new Set(expanded.filter((id) => keep.has(id)));
  for (const e of model.edges.values()) {
    if (opened.has(e.source)) keep.add(e.target);
    if (opened.has(e.target)) keep.add(e.source);
  }
  return new Set([...visible].filter((id) => keep.has(id)));
}

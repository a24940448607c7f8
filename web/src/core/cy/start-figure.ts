// The KIES start figure as Cytoscape elements: the same pieces the explorer's hooks compute, in one pure function.
import type { ElementDefinition } from 'cytoscape';
import type { GraphModel, Positions } from '../graph/types';
import { computeKiesLayout } from '../kies-layout/kies-layout';
import { placeNewNodes } from '../layout/placement';
import { translator, type Lang } from '../i18n/i18n';
import { namedIn } from './figure-names';
import type { LabelFit } from './label-fit';
import { toCyElements, visibleNodeIds } from './to-elements';

export interface StartFigure {
  elements: ElementDefinition[];
  positions: Positions;
  visible: Set<string>;
}

/**
 * What the KIES view draws for the default start state (no filter, selection or expansion) in `lang`: the lanes
 * layout of the model as loaded (use-positions.ts), every node visible (App), the elements named in the interface
 * language (App's `namedIn`, GraphCanvas). The early draw before React
 * (views/graph/early-figure.ts) uses it; once React mounts, its own hooks compute the same picture from the same
 * functions, and the graph controller changes only what differs.
 */
export function startFigure(model: GraphModel, lang: Lang, fitLabel?: LabelFit): StartFigure {
  const kies = computeKiesLayout(model);
  const rest = [...model.nodes.keys()].filter((id) => !kies.positions[id]);
  const keepOut = [...kies.titleAreas, kies.figureArea];
  const positions = { ...kies.positions, ...placeNewNodes(model, kies.positions, rest, keepOut) };
  const elements = toCyElements(namedIn(model, lang), {
    positions,
    decor: kies.decor,
    rowOf: kies.rowOf,
    translate: translator(lang),
    placedOnly: true,
    fitLabel,
    figure: true,
    activeRow: null,
  });
  return { elements, positions, visible: visibleNodeIds(model, new Set(), null, []) };
}

/**
 * Element definitions ready for Cytoscape's constructor: positions set, invisible nodes hidden, and the element's
 * own classes kept in `data.cls` (the graph controller compares them on later renders to touch only changes).
 */
export function constructorElements(
  elements: readonly ElementDefinition[],
  positions: Positions,
  visible: ReadonlySet<string>,
): ElementDefinition[] {
  return elements.map((el) => {
    const id = el.data.id!;
    const own = (el.classes as string | undefined) ?? '';
    const node = el.group === 'nodes' && !el.data.decor;
    const hide = node && !visible.has(id);
    return {
      ...el,
      classes: hide ? `${own} hidden`.trim() : own,
      position: (node ? positions[id] : undefined) ?? el.position,
      data: { ...el.data, cls: own },
    };
  });
}

// The figure cut to a dossier's subject: the KIES layout (Figuur 5 rows x lanes) of its part, as boxes and names for SVG.
import type { NodeLabel } from '@kies/schema';
import { LABEL_STYLES } from '../cy/palette';
import { figureName, fitsByLength, fullTitle, missionShortName } from '../cy/figure-names';
import { FIG_LABEL_PX, fitLabel, type Measure } from '../cy/label-fit';
import { primaryLabel } from '../graph/graph-model';
import type { GraphModel, KEdge, KNode } from '../graph/types';
import { computeKiesLayout } from '../kies-layout/kies-layout';
import { wrapLabel } from '../matrix/coverage';
import type { DossierData, DossierNodeRef } from './dossier-types';

interface FigureBox {
  id: string;
  kind: 'lane' | 'row' | 'band';
  /** Title lines (lane headers wrap). */
  title: string[];
  x: number;
  y: number;
  w: number;
  h: number;
  shade: number;
}

interface FigureName {
  id: string;
  label: string;
  x: number;
  y: number;
  /** The short name drawn (missions: their name over up to three lines). */
  lines: string[];
  /** The full name, for the SVG <title> (a tooltip on screen). */
  full: string;
  color: string;
  shape: string;
  subject: boolean;
}

export interface DossierFigure {
  x: number;
  y: number;
  w: number;
  h: number;
  boxes: FigureBox[];
  names: FigureName[];
  /** The subject's own relations, drawn as lines, when it is not a mission (a mission's row says them already). */
  links: { id: string; x1: number; y1: number; x2: number; y2: number }[];
}

const prov = { sources: [], quotes: [], confidence: 'literal', note: null };

function toKNode(n: DossierNodeRef): KNode {
  const labels = [n.label, ...n.labels.filter((l) => l !== n.label)];
  return {
    ...prov,
    id: n.id,
    labels,
    name: n.name,
    nameEn: n.nameEn,
    fullName: n.fullName,
    aliases: n.aliases,
    description: null,
    code: n.code,
    kind: n.kind,
    url: null,
    amountText: null,
  };
}

/**
 * The part of the figure to draw. A mission: itself and its coverage members, each in its row (the ADDRESSES
 * relationship the matrix counts). Another node: its neighbours in the figure's lanes with the relations among
 * them, so each stands in the row of a mission it addresses, as in the full figure.
 */
export function figureModel(data: DossierData): GraphModel {
  const nodes = new Map<string, KNode>();
  const edges = new Map<string, KEdge>();
  const { subject } = data;
  nodes.set(subject.id, toKNode(subject));
  if (data.coverage) {
    const row = data.coverage.rows.find((r) => r.mission.id === subject.id);
    for (const member of row?.cells.flatMap((c) => c.members) ?? []) {
      if (!nodes.has(member.id)) nodes.set(member.id, toKNode(member));
      const id = `${member.id}>ADDRESSES>${subject.id}`;
      edges.set(id, { ...prov, id, type: 'ADDRESSES', source: member.id, target: subject.id, role: null });
    }
  }
  for (const n of data.figure?.nodes ?? []) if (!nodes.has(n.id)) nodes.set(n.id, toKNode(n));
  for (const r of data.figure?.relationships ?? []) {
    if (nodes.has(r.start) && nodes.has(r.end))
      edges.set(r.id, {
        ...prov,
        confidence: r.provenance.confidence,
        id: r.id,
        type: r.type,
        source: r.start,
        target: r.end,
        role: null,
      });
  }
  return { nodes, edges };
}

/** A mission's name in its row: four lines fit the row's least height; more end in "…" (long English names). */
function missionLines(name: string): string[] {
  const lines = wrapLabel(name, 18);
  return lines.length > 4 ? [...lines.slice(0, 3), `${lines[3]}…`] : lines;
}

/** Lays the part out as the KIES view does and names every node as the figure does (`measure`: the figure font). */
export function dossierFigure(
  model: GraphModel,
  subjectId: string,
  translate: (key: string) => string,
  measure: Measure | null,
): DossierFigure {
  const layout = computeKiesLayout(model);
  const fits = measure ? (text: string) => measure(text) < FIG_LABEL_PX : fitsByLength;
  const cut = (text: string) =>
    measure ? fitLabel(text, FIG_LABEL_PX, measure) : text.length > 14 ? `${text.slice(0, 13)}…` : text;
  const names: FigureName[] = [];
  for (const node of model.nodes.values()) {
    const at = layout.positions[node.id];
    if (!at) continue;
    const label = primaryLabel(node);
    const style = LABEL_STYLES[label as NodeLabel] ?? { color: '#607d8b', shape: 'ellipse' };
    const lines =
      label === 'Mission' ? missionLines(missionShortName(node)) : [figureName(node, fits) ?? cut(node.name)];
    names.push({
      id: node.id,
      label,
      x: at.x,
      y: at.y,
      lines,
      full: fullTitle(node),
      color: style.color,
      shape: style.shape,
      subject: node.id === subjectId,
    });
  }
  const boxes = layout.decor.map((b) => {
    const title = b.title ?? (b.titleKey ? translate(b.titleKey) : '');
    return {
      id: b.id,
      kind: b.kind,
      title: b.kind === 'lane' ? wrapLabel(title, Math.max(8, Math.floor(b.w / 6))) : [title],
      x: b.x,
      y: b.y,
      w: b.w,
      h: b.h,
      shade: b.shade,
    };
  });
  const links: DossierFigure['links'] = [];
  const subject = model.nodes.get(subjectId);
  if (subject && !subject.labels.includes('Mission')) {
    for (const e of model.edges.values()) {
      const a = layout.positions[e.source];
      const b = layout.positions[e.target];
      if ((e.source === subjectId || e.target === subjectId) && a && b)
        links.push({ id: e.id, x1: a.x, y1: a.y, x2: b.x, y2: b.y });
    }
  }
  const area = layout.figureArea;
  return { x: area.x, y: area.y, w: area.w, h: area.h, boxes, names, links };
}

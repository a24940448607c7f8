// Gap classification: turns the store's gap facts into findings with kind, severity and a plain explanation.
import type { GraphNode, GraphRelationship } from './graph-data.js';
import { factNodes, type GapFacts } from './gap-facts.js';
import { dimensionOfLabel, type Dimension } from './coverage.js';
import { singlePointsOfFailure } from './single-points.js';
import { distinctNamer } from './display-names.js';
import { labelSpec, RELATIONSHIP_NAMES } from '@kies/schema';

export type GapKind =
  | 'THIN_MISSION_CELL'
  | 'UNSERVED_CARE_AGREEMENT'
  | 'UNSERVED_PROGRAMME'
  | 'PROGRAMME_WITHOUT_MISSION'
  | 'PPP_WITHOUT_MISSION'
  | 'MISSION_WITHOUT_POLICY'
  | 'PROGRAMME_NOT_RUN'
  | 'NODE_WITHOUT_PROVENANCE'
  | 'RELATIONSHIP_WITHOUT_PROVENANCE'
  | 'SINGLE_POINT_OF_FAILURE';
export type Severity = 'LOW' | 'MEDIUM' | 'HIGH';
export const SEVERITY_RANK: Record<Severity, number> = { LOW: 0, MEDIUM: 1, HIGH: 2 };

/** Which sentence describes a finding: clients render it in their language from the finding's named parts. */
type GapMessage =
  | 'MISSION_CELL_EMPTY'
  | 'MISSION_CELL_ONE'
  | 'UNSERVED_CARE_AGREEMENT'
  | 'UNSERVED_PROGRAMME'
  | 'PROGRAMME_WITHOUT_MISSION'
  | 'PPP_WITHOUT_MISSION'
  | 'MISSION_WITHOUT_POLICY'
  | 'PROGRAMME_NOT_RUN'
  | 'NODE_WITHOUT_PROVENANCE'
  | 'RELATIONSHIP_WITHOUT_PROVENANCE'
  | 'MISSION_RESTS_ON_ONE_PPP'
  | 'MISSION_REACHES_PPPS_ONLY_THROUGH';

export interface Finding {
  id: string;
  kind: GapKind;
  severity: Severity;
  message: GapMessage;
  /** The English rendering of the message (API clients without their own texts). */
  title: string;
  explanation: string;
  /** What the finding is about: the mission, agreement, programme, PPP or node; a relationship's start. */
  subjectId: string | null;
  /** The node every path runs through (single points), the only PPP (one-PPP missions), a relationship's end. */
  throughId: string | null;
  /** Further nodes the sentence names: a thin cell's only member, the PPPs a single point cuts off. */
  affectedIds: string[];
  /** Node ids, the mission first where there is one. */
  nodeIds: string[];
  relationships: GraphRelationship[];
  dimension: Dimension | null;
}

/** A cell with fewer members than this is "thin" (few), and with none it is empty. */
const THIN_CELL_BELOW = 2;

const DIMENSION_WORDS: Record<Dimension, string> = {
  PPP: 'public-private partnerships (PPPs)',
  NGF_PROJECT: 'Nationaal Groeifonds projects',
  KEY_TECHNOLOGY: 'key technologies',
  PROGRAMME: 'programmes (MJP/BGP)',
  KEY_METHODOLOGY: 'key methodologies',
  CARE_AGREEMENT: 'care agreements',
  TOPSECTOR: 'topsectors',
  NWA_ROUTE: 'NWA routes',
  MINISTRY: 'ministries',
};

// The English sentences; {subject}, {through}, {affected}, {dimension}, {type}, {count} are filled in by name.
const ENGLISH: Record<GapMessage, { title: string; explanation: string }> = {
  MISSION_CELL_EMPTY: {
    title: '{subject}: no {dimension}',
    explanation:
      'No {dimension} address {subject} in the graph, so that column of the mission matrix is empty for this mission.',
  },
  MISSION_CELL_ONE: {
    title: '{subject}: only one of the {dimension}',
    explanation: 'Only {affected} addresses {subject} among the {dimension}; the mission depends on it alone.',
  },
  UNSERVED_CARE_AGREEMENT: {
    title: 'No PPP supports {subject}',
    explanation:
      'No public-private partnership or NGF project is recorded as supporting {subject}, so its goals have no research and innovation partner in the graph.',
  },
  UNSERVED_PROGRAMME: {
    title: 'No PPP is linked to {subject}',
    explanation:
      'No public-private partnership or NGF project is linked to the programme {subject}, so nobody is recorded as putting it into practice.',
  },
  PROGRAMME_WITHOUT_MISSION: {
    title: '{subject} is in no mission row',
    explanation: 'The programme {subject} does not address any mission, so it does not show up in the mission matrix.',
  },
  PPP_WITHOUT_MISSION: {
    title: '{subject} is linked to no mission',
    explanation:
      'The partnership {subject} addresses no mission in the graph: either its contribution is not recorded or it falls outside the mission agenda.',
  },
  MISSION_WITHOUT_POLICY: {
    title: 'No policy frames {subject}',
    explanation:
      'No law, strategy, agenda or other policy is recorded as framing {subject}, so the graph cannot say which policy it works within.',
  },
  PROGRAMME_NOT_RUN: {
    title: 'Nobody runs {subject}',
    explanation:
      'No organisation, team or partnership is recorded as running the programme {subject}, so it has no owner in the graph.',
  },
  NODE_WITHOUT_PROVENANCE: {
    title: '{subject} has no source',
    explanation: 'Nothing records where {subject} comes from; add the source lines and quotes so it can be checked.',
  },
  RELATIONSHIP_WITHOUT_PROVENANCE: {
    title: '{subject} {type} {through} has no source',
    explanation:
      'The link "{type}" from {subject} to {through} has no source lines or quotes; add them so it can be checked.',
  },
  MISSION_RESTS_ON_ONE_PPP: {
    title: '{subject} rests on one PPP',
    explanation: '{through} is the only PPP connected to {subject}; if it stops, the mission has no partnership left.',
  },
  MISSION_REACHES_PPPS_ONLY_THROUGH: {
    title: '{subject} reaches {count} indirectly linked PPP(s) only through {through}',
    explanation:
      '{affected} do not address {subject} directly; every path from them to the mission (over agreements, funds, ' +
      'ministries and programmes, up to 3 steps) runs through {through}. If {through} drops out, the mission loses its connection to these partnerships.',
  },
};

type Draft = Omit<Finding, 'title' | 'explanation'>;

export function classifyGaps(facts: GapFacts): Finding[] {
  const drafts: Draft[] = [];
  const missionsById = new Map(facts.missions.map((m) => [m.id, m]));
  const single = (kind: GapKind, severity: Severity, node: GraphNode): Draft => ({
    id: `${kind}:${node.id}`,
    kind,
    severity,
    message: kind as GapMessage,
    subjectId: node.id,
    throughId: null,
    affectedIds: [],
    nodeIds: [node.id],
    relationships: [],
    dimension: null,
  });

  // Every empty or one-member cell of every matrix column: the gaps list and the matrix tell the same story.
  for (const entry of facts.coverage) {
    const mission = missionsById.get(entry.missionId);
    const dimension = dimensionOfLabel(entry.label);
    if (!mission || !dimension || entry.members.length >= THIN_CELL_BELOW) continue;
    const empty = entry.members.length === 0;
    drafts.push({
      id: `THIN_MISSION_CELL:${mission.id}:${dimension}`,
      kind: 'THIN_MISSION_CELL',
      // An empty cell weighs what the label's registry entry says (an empty PPP cell is the worst gap).
      severity: empty ? (labelSpec(entry.label).coverage?.emptyCell ?? 'MEDIUM') : 'LOW',
      message: empty ? 'MISSION_CELL_EMPTY' : 'MISSION_CELL_ONE',
      subjectId: mission.id,
      throughId: null,
      affectedIds: entry.members.map((m) => m.id),
      nodeIds: [mission.id, ...entry.members.map((m) => m.id)],
      relationships: [],
      dimension,
    });
  }
  for (const n of facts.unservedCareAgreements) drafts.push(single('UNSERVED_CARE_AGREEMENT', 'MEDIUM', n));
  for (const n of facts.unservedProgrammes) drafts.push(single('UNSERVED_PROGRAMME', 'MEDIUM', n));
  for (const n of facts.programmesWithoutMission) drafts.push(single('PROGRAMME_WITHOUT_MISSION', 'LOW', n));
  for (const n of facts.pppsWithoutMission) drafts.push(single('PPP_WITHOUT_MISSION', 'MEDIUM', n));
  // A mission outside any policy frame is a governance question (MEDIUM); an unowned programme is a data gap (LOW).
  for (const n of facts.missionsWithoutPolicy) drafts.push(single('MISSION_WITHOUT_POLICY', 'MEDIUM', n));
  for (const n of facts.programmesNotRun) drafts.push(single('PROGRAMME_NOT_RUN', 'LOW', n));
  for (const n of facts.nodesWithoutProvenance) drafts.push(single('NODE_WITHOUT_PROVENANCE', 'LOW', n));
  for (const r of facts.relationshipsWithoutProvenance) {
    drafts.push({
      id: `RELATIONSHIP_WITHOUT_PROVENANCE:${r.start}>${r.type}>${r.end}`,
      kind: 'RELATIONSHIP_WITHOUT_PROVENANCE',
      severity: 'LOW',
      message: 'RELATIONSHIP_WITHOUT_PROVENANCE',
      subjectId: r.start,
      throughId: r.end,
      affectedIds: [],
      nodeIds: [r.start, r.end],
      relationships: [r],
      dimension: null,
    });
  }
  for (const point of singlePointsOfFailure(facts.missionPppLinks)) {
    const selfOnly = point.pppIds.length === 1 && point.pppIds[0] === point.nodeId;
    drafts.push({
      id: `SINGLE_POINT_OF_FAILURE:${point.missionId}:${point.nodeId}`,
      kind: 'SINGLE_POINT_OF_FAILURE',
      // Resting on one PPP is critical. An indirect cut (PPPs that reach the mission only through one agreement,
      // fund or ministry) leaves the mission's direct partnerships intact, so it is a warning, not an emergency.
      severity: selfOnly ? 'HIGH' : point.pppIds.length > 2 ? 'MEDIUM' : 'LOW',
      message: selfOnly ? 'MISSION_RESTS_ON_ONE_PPP' : 'MISSION_REACHES_PPPS_ONLY_THROUGH',
      subjectId: point.missionId,
      throughId: point.nodeId,
      affectedIds: selfOnly ? [] : point.pppIds.filter((id) => id !== point.nodeId),
      nodeIds: [point.missionId, point.nodeId, ...point.pppIds.filter((id) => id !== point.nodeId)],
      relationships: [],
      dimension: null,
    });
  }
  const byId = new Map<string, GraphNode>();
  for (const n of factNodes(facts)) byId.set(n.id, n);
  const namer = distinctNamer(byId.values());
  const named = (id: string | null) => {
    const n = id ? byId.get(id) : undefined;
    return n ? namer(n) : id ? 'an unknown node' : '';
  };
  const findings: Finding[] = drafts.map((d) => {
    const text = TEMPLATES[d.message];
    return {
      id: d.id,
      kind: d.kind,
      severity: d.severity,
      message: d.message,
      subjectId: d.subjectId,
      throughId: d.throughId,
      affectedIds: d.affectedIds,
      nodeIds: d.nodeIds,
      relationships: d.relationships,
      dimension: d.dimension,
      title: fill(text.title, d, named),
      explanation: fill(text.explanation, d, named),
    };
  });
  // The kinds' order once (localeCompare, as the findings' ids): ~10k findings are sorted per call at 100k.
  const kinds = [...new Set(drafts.map((d) => d.kind))].sort((a, b) => a.localeCompare(b));
  const kindRank = new Map(kinds.map((k, i) => [k, i]));
  return findings.sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      kindRank.get(a.kind)! - kindRank.get(b.kind)! ||
      a.id.localeCompare(b.id),
  );
}

/** A placeholder's text for draft `d`, computed only where its sentence has it (nodes by name, told apart where names collide among the facts' nodes). */
function param(key: string, d: Draft, named: (id: string | null) => string): string {
  switch (key) {
    case 'subject':
      return named(d.subjectId);
    case 'through':
      return named(d.throughId);
    case 'affected':
      return d.affectedIds.map(named).join(', ');
    case 'dimension':
      return d.dimension ? DIMENSION_WORDS[d.dimension] : '';
    case 'type':
      return d.relationships[0] ? RELATIONSHIP_NAMES[d.relationships[0].type].en : '';
    case 'count':
      return String(d.affectedIds.length);
    default:
      return '';
  }
}

/** A sentence split at its placeholders once (odd places hold parameter names): ~10k findings are filled per call at 100k. */
type Template = string[];
const compile = (text: string): Template => text.split(/\{(\w+)\}/);
const TEMPLATES = Object.fromEntries(
  Object.entries(ENGLISH).map(([message, t]) => [
    message,
    { title: compile(t.title), explanation: compile(t.explanation) },
  ]),
) as Record<GapMessage, { title: Template; explanation: Template }>;

function fill(template: Template, d: Draft, named: (id: string | null) => string): string {
  let out = template[0]!;
  for (let i = 1; i < template.length; i += 2) out += param(template[i]!, d, named) + template[i + 1]!;
  return out;
}

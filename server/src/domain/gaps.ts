// Gap classification: turns the store's gap facts into findings with kind, severity and a plain explanation.
import type { GraphNode, GraphRelationship } from './graph-data.js';
import type { GapFacts } from './query-types.js';
import { dimensionOfLabel, type Dimension } from './coverage.js';
import { singlePointsOfFailure } from './single-points.js';

export type GapKind =
  | 'THIN_MISSION_CELL' | 'UNSERVED_CARE_AGREEMENT' | 'UNSERVED_PROGRAMME' | 'PROGRAMME_WITHOUT_MISSION'
  | 'PPP_WITHOUT_MISSION' | 'NODE_WITHOUT_PROVENANCE' | 'RELATIONSHIP_WITHOUT_PROVENANCE' | 'SINGLE_POINT_OF_FAILURE';
export type Severity = 'LOW' | 'MEDIUM' | 'HIGH';
export const SEVERITY_RANK: Record<Severity, number> = { LOW: 0, MEDIUM: 1, HIGH: 2 };

export interface Finding {
  id: string;
  kind: GapKind;
  severity: Severity;
  title: string;
  explanation: string;
  /** Node ids, the mission first where there is one. */
  nodeIds: string[];
  relationships: GraphRelationship[];
  dimension: Dimension | null;
}

/** A cell with fewer members than this is "thin" (few), and with none it is empty. */
export const THIN_CELL_BELOW = 2;

const name = (n: GraphNode) => String(n.properties.name ?? n.id);
const DIMENSION_WORDS: Partial<Record<Dimension, string>> = {
  PPP: 'public-private partnerships (PPPs)', NGF_PROJECT: 'Nationaal Groeifonds projects', KEY_TECHNOLOGY: 'key technologies',
  PROGRAMME: 'programmes (MJP/BGP)', CARE_AGREEMENT: 'care agreements',
};

export function classifyGaps(facts: GapFacts): Finding[] {
  const findings: Finding[] = [];
  const missionsById = new Map(facts.missions.map((m) => [m.id, m]));
  const single = (kind: GapKind, severity: Severity, node: GraphNode, title: string, explanation: string): Finding => ({
    id: `${kind}:${node.id}`, kind, severity, title, explanation, nodeIds: [node.id], relationships: [], dimension: null,
  });

  for (const entry of facts.coverage) {
    const mission = missionsById.get(entry.missionId);
    const dimension = dimensionOfLabel(entry.label);
    if (!mission || !dimension || entry.members.length >= THIN_CELL_BELOW) continue;
    const words = DIMENSION_WORDS[dimension] ?? dimension;
    const empty = entry.members.length === 0;
    findings.push({
      id: `THIN_MISSION_CELL:${mission.id}:${dimension}`,
      kind: 'THIN_MISSION_CELL',
      severity: empty ? (dimension === 'PPP' ? 'HIGH' : 'MEDIUM') : 'LOW',
      title: `${name(mission)}: ${empty ? 'no' : 'only one of the'} ${words}`,
      explanation: empty
        ? `No ${words} address ${name(mission)} in the graph, so nothing in that column of the mission matrix works on this mission.`
        : `Only ${name(entry.members[0])} addresses ${name(mission)} among the ${words}; the mission depends on it alone.`,
      nodeIds: [mission.id, ...entry.members.map((m) => m.id)],
      relationships: [],
      dimension,
    });
  }
  for (const n of facts.unservedCareAgreements) {
    findings.push(single('UNSERVED_CARE_AGREEMENT', 'MEDIUM', n, `No PPP supports ${name(n)}`,
      `No public-private partnership or NGF project is recorded as supporting ${name(n)}, so its goals have no research and innovation partner in the graph.`));
  }
  for (const n of facts.unservedProgrammes) {
    findings.push(single('UNSERVED_PROGRAMME', 'MEDIUM', n, `No PPP is linked to ${name(n)}`,
      `No public-private partnership or NGF project is linked to the programme ${name(n)}, so nobody is recorded as putting it into practice.`));
  }
  for (const n of facts.programmesWithoutMission) {
    findings.push(single('PROGRAMME_WITHOUT_MISSION', 'LOW', n, `${name(n)} is in no mission row`,
      `The programme ${name(n)} does not address any mission, so it does not show up in the mission matrix.`));
  }
  for (const n of facts.pppsWithoutMission) {
    findings.push(single('PPP_WITHOUT_MISSION', 'MEDIUM', n, `${name(n)} is linked to no mission`,
      `The partnership ${name(n)} addresses no mission in the graph: either its contribution is not recorded or it falls outside the mission agenda.`));
  }
  for (const n of facts.nodesWithoutProvenance) {
    findings.push(single('NODE_WITHOUT_PROVENANCE', 'LOW', n, `${name(n)} has no source`,
      `Nothing records where ${name(n)} comes from; add the source lines and quotes so it can be checked.`));
  }
  for (const r of facts.relationshipsWithoutProvenance) {
    findings.push({
      id: `RELATIONSHIP_WITHOUT_PROVENANCE:${r.start}>${r.type}>${r.end}`, kind: 'RELATIONSHIP_WITHOUT_PROVENANCE', severity: 'LOW',
      title: `${r.start} ${r.type} ${r.end} has no source`,
      explanation: `The link ${r.type} from ${r.start} to ${r.end} has no source lines or quotes; add them so it can be checked.`,
      nodeIds: [r.start, r.end], relationships: [r], dimension: null,
    });
  }
  for (const point of singlePointsOfFailure(facts.missionPppLinks)) {
    const mission = missionsById.get(point.missionId);
    const missionName = mission ? name(mission) : point.missionId;
    const selfOnly = point.pppIds.length === 1 && point.pppIds[0] === point.nodeId;
    findings.push({
      id: `SINGLE_POINT_OF_FAILURE:${point.missionId}:${point.nodeId}`,
      kind: 'SINGLE_POINT_OF_FAILURE',
      // Resting on one PPP is critical. An indirect cut (PPPs that reach the mission only through one agreement,
      // fund or ministry) leaves the mission's direct partnerships intact, so it is a warning, not an emergency.
      severity: selfOnly ? 'HIGH' : point.pppIds.length > 2 ? 'MEDIUM' : 'LOW',
      title: selfOnly
        ? `${missionName} rests on one PPP`
        : `${missionName} reaches ${point.pppIds.length} indirect PPP(s) only through ${point.nodeId}`,
      explanation: selfOnly
        ? `${point.nodeId} is the only PPP connected to ${missionName}; if it stops, the mission has no partnership left.`
        : `${point.pppIds.join(', ')} do not address ${missionName} directly; every path from them to the mission (over ` +
          `agreements, funds, ministries and programmes, up to 3 steps) runs through ${point.nodeId}. If ${point.nodeId} ` +
          `drops out, the mission loses its connection to these partnerships.`,
      nodeIds: [point.missionId, point.nodeId, ...point.pppIds.filter((id) => id !== point.nodeId)],
      relationships: [],
      dimension: null,
    });
  }
  return findings.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
}

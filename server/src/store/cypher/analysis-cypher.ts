// Pure Cypher builders for the analyses: mission matrix, gap facts (partners: partner-cypher.ts). One bounded query each.
import { BASE_LABEL, type NodeLabel } from '@kies/schema';
import type { Statement } from '../executor.js';
import { labelPredicate, nodeMap, relMap } from './query-cypher.js';

/**
 * Every node with one of `labels` that ADDRESSES a mission, once, with the missions it addresses (by name, then id).
 * A key technology that is INPUT_FOR a mission counts in that mission's key technology column too (issue 12).
 * One pass over the ADDRESSES relationships: the former per-(mission, label) subquery projected the same node once
 * per cell and cost 4x more at KIES scale (issue #7); domain/coverage.ts `coverageEntries` builds the cells.
 */
export function coverageStatement(labels: NodeLabel[]): Statement {
  return {
    cypher: `MATCH (x:${BASE_LABEL})-[:ADDRESSES|INPUT_FOR]->(m:Mission)
WHERE ${labelPredicate('x', labels)}
WITH x, collect(DISTINCT m.id) AS missionIds
RETURN missionIds, ${nodeMap('x')} AS member
ORDER BY x.name, x.id`,
    params: {},
  };
}

export function missionsStatement(): Statement {
  return { cypher: `MATCH (m:Mission) RETURN ${nodeMap('m')} AS node ORDER BY m.id`, params: {} };
}

/** Nodes of `label` with no relationship of the given pattern; `pattern` is fixed text from this module. */
function nodesWithout(label: NodeLabel, pattern: string): Statement {
  return {
    cypher: `MATCH (n:${BASE_LABEL})
WHERE ${labelPredicate('n', [label])} AND NOT EXISTS { ${pattern} }
RETURN ${nodeMap('n')} AS node ORDER BY n.id`,
    params: {},
  };
}

export const unservedCareAgreementsStatement = () =>
  nodesWithout('CareAgreement', 'MATCH (n)<-[:SUPPORTS]-(x:Entity) WHERE x:PPP OR x:NGFProject');
export const unservedProgrammesStatement = () =>
  nodesWithout('Programme', 'MATCH (n)--(x:Entity) WHERE x:PPP OR x:NGFProject');
export const programmesWithoutMissionStatement = () => nodesWithout('Programme', 'MATCH (n)-[:ADDRESSES]->(:Mission)');
export const pppsWithoutMissionStatement = () => nodesWithout('PPP', 'MATCH (n)-[:ADDRESSES]->(:Mission)');
/** Missions no policy frames: no Policy (a care agreement with the Policy label too) FRAMES or ADDRESSES them. */
export const missionsWithoutPolicyStatement = () =>
  nodesWithout('Mission', 'MATCH (n)<-[:FRAMES|ADDRESSES]-(p:Entity) WHERE p:Policy');
/** Programmes nobody is recorded as running (no RUNS relationship ends at them). */
export const programmesNotRunStatement = () => nodesWithout('Programme', 'MATCH (n)<-[:RUNS]-(:Entity)');

export function nodesWithoutProvenanceStatement(limit: number): Statement {
  return {
    cypher: `MATCH (n:${BASE_LABEL})
WHERE size(coalesce(n.sources, [])) = 0
RETURN ${nodeMap('n')} AS node ORDER BY n.id LIMIT $limit`,
    params: { limit },
  };
}

export function relationshipsWithoutProvenanceStatement(limit: number): Statement {
  return {
    cypher: `MATCH (a:${BASE_LABEL})-[r]->(b:${BASE_LABEL})
WHERE size(coalesce(r.sources, [])) = 0
RETURN ${relMap('r')} AS rel ORDER BY type(r), a.id, b.id LIMIT $limit`,
    params: { limit },
  };
}

/**
 * The serving relationships (ADDRESSES, ACTS_VIA, PART_OF, SUPPORTS, FUNDS) the mission-to-PPP analysis walks, one
 * row each. Organisations are left out unless they are a mission or PPP: as inner nodes they would connect everything
 * to everything. One linear scan on purpose; the paths are assembled in server/src/domain/mission-links.ts, because a
 * variable-length match around hub missions enumerates combinatorially many paths before filtering them. Ordered,
 * because the domain step depends on edge order and a LIMIT must cut the same edges on every engine.
 */
export function missionPppEdgesStatement(limit: number): Statement {
  return {
    cypher: `MATCH (a:${BASE_LABEL})-[:ADDRESSES|ACTS_VIA|PART_OF|SUPPORTS|FUNDS]->(b:${BASE_LABEL})
WHERE (a:Mission OR a:PPP OR NOT a:Organisation) AND (b:Mission OR b:PPP OR NOT b:Organisation)
RETURN a.id AS a, b.id AS b, a:Mission AS aMission, a:PPP AS aPpp, b:Mission AS bMission, b:PPP AS bPpp
ORDER BY a, b
LIMIT $limit`,
    params: { limit },
  };
}

// Pure Cypher builders for partner suggestions: the subject's context, candidate discovery, candidates' own context.
import { BASE_LABEL, labelsWhere } from '@kies/schema';
import type { Statement } from '../executor.js';
import { idSet, nodeMap } from './query-cypher.js';

// The relationships through which a node takes part in a partnership (a PPP or NGF project hub).
const HUB_LINK = 'PARTNER_IN|PART_OF|INITIATED_BY';
// Label tests from the registry (a whitelist): hubs are `partners.hub`, candidates `partners.candidate`.
const anyOf = (v: string, labels: readonly string[]) => labels.map((l) => `${v}:${l}`).join(' OR ');
const HUB = (v: string) =>
  `(${anyOf(
    v,
    labelsWhere((s) => s.partners.hub),
  )})`;
const CANDIDATE = (v: string) =>
  anyOf(
    v,
    labelsWhere((s) => s.partners.candidate),
  );

/**
 * The subject and its context: its neighbours (`near`) and the neighbours of the partnerships it takes part in
 * (`further`). Plain MATCH + collect in two subqueries: the embedded engine plans OPTIONAL MATCH and a 2-hop pattern
 * as joins over every relationship.
 */
export function partnerSubjectStatement(id: string): Statement {
  return {
    cypher: `MATCH (me:${BASE_LABEL} {id: $id})
CALL (me) {
  MATCH (me)--(y:${BASE_LABEL})
  RETURN collect(DISTINCT y) AS c1
}
CALL (me) {
  MATCH (me)-[:${HUB_LINK}]-(h:${BASE_LABEL})
  WHERE ${HUB('h')}
  WITH DISTINCT me, h
  MATCH (h)--(y:${BASE_LABEL})
  WHERE y <> me
  RETURN collect(DISTINCT y) AS c2
}
RETURN ${nodeMap('me')} AS node, [y IN c1 | {id: y.id, labels: labels(y)}] AS near, [y IN c2 | {id: y.id, labels: labels(y)}] AS further`,
    params: { id },
  };
}

/**
 * PPPs, NGF projects and organisations (partner candidates) adjacent to the context nodes `ids`, one row per adjacency, in no order (the
 * caller orders them). It reads the context in growing slices and stops at enough candidates: LIMIT does not stop
 * this engine early.
 */
export function partnerCandidatesStatement(ids: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS yid
MATCH (y:${BASE_LABEL} {id: yid})
MATCH (y)--(c:${BASE_LABEL})
WHERE ${CANDIDATE('c')}
RETURN y.id AS via, c.id AS id`,
    params: { ids: [...ids] },
  };
}

/**
 * Per candidate: the node, its neighbours that are in the subject's context (`mine`) and the
 * partnerships it takes part in. The partnerships' own neighbours are read once each by partnerHubsStatement,
 * not once per candidate: hubs have 10k+ relationships on large graphs.
 */
export function partnerCandidateContextStatement(ids: readonly string[], mine: Iterable<string>): Statement {
  return {
    cypher: `UNWIND $ids AS cid
MATCH (c:${BASE_LABEL} {id: cid})
CALL (c) {
  MATCH (c)-[:${HUB_LINK}]-(h:${BASE_LABEL})
  WHERE ${HUB('h')}
  RETURN collect(DISTINCT h.id) AS hubs
}
CALL (c) {
  MATCH (c)--(y:${BASE_LABEL})
  WHERE $mine[y.id] IS NOT NULL
  RETURN collect(DISTINCT y.id) AS near
}
RETURN ${nodeMap('c')} AS node, near, hubs`,
    params: { ids: [...ids], mine: idSet(mine) },
  };
}

/**
 * Per partnership in `ids`: all its neighbours, read once per partnership rather than once per candidate. Unfiltered
 * on purpose: the caller keeps those in the subject's context, in JS a map lookup costs a fraction of this engine's
 * per-row filter (~1 µs), and the hubs of 300 candidates reach most of the partnership relationships on 100k nodes.
 */
export function partnerHubsStatement(ids: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS hid
MATCH (h:${BASE_LABEL} {id: hid})
CALL (h) {
  MATCH (h)--(y:${BASE_LABEL})
  RETURN collect(y.id) AS neighbours
}
RETURN h.id AS id, neighbours`,
    params: { ids: [...ids] },
  };
}

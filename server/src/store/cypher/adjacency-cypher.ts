// Pure Cypher for the compact adjacency (domain/bounded-paths.ts): every node's labels, every relationship's ends and
// type, the facts without sources (the gap analysis lists them, domain/adjacency-analyses.ts), the explorer's
// neighbourhood properties (kept-rows.ts), and relationships read back by (start, type, end).
// Memory (issue 15): the million relationships are read as a few lists of engine ids, never as a row each: a row per
// relationship with its ends' ids as strings left ~190 MB more in the process at 100k/1M (measured 05:30 UTC).
import { BASE_LABEL } from '@kies/schema';
import type { Statement } from '../executor.js';
import { KEPT_READS } from '../kept-rows.js';
import { checkKeys, NODE_KEYS, relMap, RELATIONSHIP_KEYS } from './query-cypher.js';

/**
 * `nid`: the engine's node id (relationships name their ends by it; the neighbourhood reads its answer back by it);
 * then one column per kept property (a map per node left ~2x the memory of columns behind, measured).
 */
export function adjacencyNodesStatement(): Statement {
  checkKeys(KEPT_READS.node, NODE_KEYS);
  return {
    cypher: `MATCH (n:${BASE_LABEL}) RETURN n.id AS id, labels(n) AS labels, size(coalesce(n.sources, [])) > 0 AS sourced,
  id(n) AS nid, ${KEPT_READS.node.map((k) => `n.${k} AS ${k}`).join(', ')}`,
    params: {},
  };
}

/**
 * One row: each relationship's start and end (engine node ids) and its own engine id, in one order (the engine's:
 * Grafeo expands `(a)-[r]-(b)` as a's outgoing list in this order, then its incoming list in
 * adjacencyIncomingStatement's).
 */
export function adjacencyRelationshipsStatement(): Statement {
  return {
    cypher: `MATCH (a:${BASE_LABEL})-[r]->(b:${BASE_LABEL})
RETURN collect(id(a)) AS starts, collect(id(b)) AS ends, collect(id(r)) AS rids`,
    params: {},
  };
}

/**
 * Relationships grouped by type and kept properties (kept-rows.ts), with the engine ids of each group: a few dozen
 * rows (a confidence, mostly no role). A column per relationship doubled the read (+2.5-5.5 s at 100k/1M).
 */
export function adjacencyRelationshipGroupsStatement(): Statement {
  const keys = KEPT_READS.relationship;
  checkKeys(keys, RELATIONSHIP_KEYS);
  return {
    cypher: `MATCH (:${BASE_LABEL})-[r]->(:${BASE_LABEL})
WITH type(r) AS type, ${keys.map((k) => `r.${k} AS ${k}`).join(', ')}, collect(id(r)) AS rids
RETURN type, {${keys.map((k) => `${k}: ${k}`).join(', ')}} AS kept, rids`,
    params: {},
  };
}

/** The relationships without sources, by their ends' ids and type (few in a curated graph). */
export function adjacencyUnsourcedStatement(): Statement {
  return {
    cypher: `MATCH (a:${BASE_LABEL})-[r]->(b:${BASE_LABEL})
WHERE size(coalesce(r.sources, [])) = 0
RETURN a.id AS start, type(r) AS type, b.id AS end`,
    params: {},
  };
}

/**
 * Every relationship id in the order the engine lists each node's incoming relationships (grouped by end node).
 * With adjacencyRelationshipsStatement's order, the neighbourhood's rings are walked as the ring statement reads them.
 * One row with one list: a million row objects would cost the read's peak memory.
 */
export function adjacencyIncomingStatement(): Statement {
  return {
    cypher: `MATCH (b:${BASE_LABEL})<-[r]-(a:${BASE_LABEL}) RETURN collect(id(r)) AS rids`,
    params: {},
  };
}

/** Relationships by their ends and type (a type is a value here, compared with type(r), never placed in the text). */
export function relationshipsByKeyStatement(keys: readonly { start: string; type: string; end: string }[]): Statement {
  return {
    cypher: `UNWIND $keys AS key
MATCH (a:${BASE_LABEL} {id: key.start})-[r]->(b:${BASE_LABEL} {id: key.end})
WHERE type(r) = key.type
RETURN ${relMap('r')} AS rel`,
    params: { keys: [...keys] },
  };
}

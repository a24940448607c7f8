// Pure Cypher for the compact adjacency (domain/bounded-paths.ts): every node's labels, every relationship's ends and
// type, whether each has sources (the gap analysis lists those without, domain/adjacency-analyses.ts), and
// relationships read back by (start, type, end).
import { BASE_LABEL } from '@kies/schema';
import type { Statement } from '../executor.js';
import { KEPT_READS } from '../kept-rows.js';
import { checkKeys, NODE_KEYS, propertiesOf, relMap, RELATIONSHIP_KEYS } from './query-cypher.js';

/**
 * `nid`: the engine's node id (the neighbourhood reads its answer back by it, neighbourhood-reads.ts); `kept`: the
 * properties the explorer's neighbourhood reads, kept beside the adjacency (kept-rows.ts).
 */
export function adjacencyNodesStatement(): Statement {
  return {
    cypher: `MATCH (n:${BASE_LABEL}) RETURN n.id AS id, labels(n) AS labels, size(coalesce(n.sources, [])) > 0 AS sourced,
  id(n) AS nid, ${propertiesOf('n', KEPT_READS.node, NODE_KEYS)} AS kept`,
    params: {},
  };
}

/** `rid`: the engine's relationship id, only to line the rows up with adjacencyIncomingStatement's. */
export function adjacencyRelationshipsStatement(): Statement {
  return {
    cypher: `MATCH (a:${BASE_LABEL})-[r]->(b:${BASE_LABEL}) RETURN a.id AS start, type(r) AS type, b.id AS end,
  size(coalesce(r.sources, [])) > 0 AS sourced, id(r) AS rid`,
    params: {},
  };
}

/**
 * The relationships' kept properties (kept-rows.ts), one row per distinct combination with the engine ids that have
 * it: they take few values (a confidence, mostly no role), and a column per relationship doubled the read (measured
 * at 100k/1M: +2.5-5.5 s as a map per row, ~1 s grouped like this).
 */
export function adjacencyKeptRelationshipsStatement(): Statement {
  const keys = KEPT_READS.relationship;
  checkKeys(keys, RELATIONSHIP_KEYS);
  return {
    cypher: `MATCH (:${BASE_LABEL})-[r]->(:${BASE_LABEL})
WITH ${keys.map((k) => `r.${k} AS ${k}`).join(', ')}, collect(id(r)) AS rids
RETURN {${keys.map((k) => `${k}: ${k}`).join(', ')}} AS kept, rids`,
    params: {},
  };
}

/**
 * Every relationship id in the order the engine lists each node's incoming relationships (grouped by end node).
 * Grafeo expands `(a)-[r]-(b)` as a's outgoing list, in the order the statement above returns it, then its
 * incoming list in this order; with both, the neighbourhood's rings are walked as the ring statement reads them.
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

// Pure Cypher for the compact adjacency (domain/bounded-paths.ts): every node's labels, every relationship's ends and
// type, whether each has sources (the gap analysis lists those without, domain/adjacency-analyses.ts), and
// relationships read back by (start, type, end).
import { BASE_LABEL } from '@kies/schema';
import type { Statement } from '../executor.js';
import { relMap } from './query-cypher.js';

export function adjacencyNodesStatement(): Statement {
  return {
    cypher: `MATCH (n:${BASE_LABEL}) RETURN n.id AS id, labels(n) AS labels, size(coalesce(n.sources, [])) > 0 AS sourced`,
    params: {},
  };
}

export function adjacencyRelationshipsStatement(): Statement {
  return {
    cypher: `MATCH (a:${BASE_LABEL})-[r]->(b:${BASE_LABEL}) RETURN a.id AS start, type(r) AS type, b.id AS end,
  size(coalesce(r.sources, [])) > 0 AS sourced`,
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

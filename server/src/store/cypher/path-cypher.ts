// Pure Cypher builders for typed paths between nodes (all simple paths up to a length, and the shortest one).
import { BASE_LABEL } from '@kies/schema';
import type { RelationshipType } from '@kies/schema';
import type { Statement } from '../executor.js';
import type { PathRequest } from '../../domain/subgraphs.js';
import { labelPredicate, nodeMap, relMap, typeAlternatives } from './query-cypher.js';

// Variable-length bounds cannot be parameters in Cypher, so they are checked integers placed in the text.
function checkedLength(value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw new Error(`path length must be 1..${max}, got ${value}`);
  return value;
}

/**
 * Simple paths (no node twice) from `from` to `to` (or to any node with `toLabels`), either direction, with
 * every node in between carrying one of the `via` labels. Shortest first, then by end id, then by the ids and types
 * along the path: without that last key each engine broke ties its own way, and a LIMIT kept different paths.
 */
// Inner nodes are `nodes(p)[1..length(p)]`, not `[1..-1]`: the embedded engine ignores negative slice ends.
export function pathsStatement(request: PathRequest): Statement {
  const max = checkedLength(request.maxLength, 5);
  const end = request.to !== null ? 'b.id = $to' : labelPredicate('b', request.toLabels);
  return {
    cypher: `MATCH (a:${BASE_LABEL} {id: $from})
MATCH p = (a)-[${typeAlternatives(request.types)}*1..${max}]-(b:${BASE_LABEL})
WHERE ${end} AND b <> a
  AND all(x IN nodes(p)[1..length(p)] WHERE ${labelPredicate('x', request.via)})
  AND all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
WITH p, b, reduce(k = '', x IN nodes(p) | k + x.id + ' ') + reduce(k = '', r IN relationships(p) | k + type(r) + ' ') AS along
ORDER BY length(p), b.id, along
LIMIT $limit
RETURN [x IN nodes(p) | ${nodeMap('x')}] AS nodes, [r IN relationships(p) | ${relMap('r')}] AS rels`,
    params: { from: request.from, to: request.to, limit: request.limit },
  };
}

export function shortestPathStatement(
  from: string,
  to: string,
  maxLength: number,
  types: RelationshipType[] | null,
): Statement {
  const max = checkedLength(maxLength, 8);
  return {
    cypher: `MATCH (a:${BASE_LABEL} {id: $from})
MATCH (b:${BASE_LABEL} {id: $to})
MATCH p = shortestPath((a)-[${typeAlternatives(types)}*..${max}]-(b))
RETURN [x IN nodes(p) | ${nodeMap('x')}] AS nodes, [r IN relationships(p) | ${relMap('r')}] AS rels`,
    params: { from, to },
  };
}

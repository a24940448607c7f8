// Pure Cypher builders for reading: nodes by id, pages, search, whole graph, relationships, degrees (neighbourhood: neighbourhood-cypher.ts).
import {
  BASE_LABEL,
  NODE_PROPERTIES,
  PROVENANCE_PROPERTIES,
  RELATIONSHIP_PROPERTIES,
  type NodeLabel,
  type RelationshipType,
} from '@kies/schema';
import { StoreError, type Statement } from '../executor.js';
import type { Projection } from '../../domain/subgraphs.js';
import type { Direction, NodePageRequest } from '../../domain/node-lookups.js';
import { labelFragment, typeFragment } from './labels.js';
import { luceneQuery, SEARCH_INDEX } from './fulltext-cypher.js';

/** Projects a node variable to {id, labels, properties}: one map per node, built in the engine. */
export const nodeMap = (v: string, keys: readonly string[] | null = null) =>
  `{id: ${v}.id, labels: labels(${v}), properties: ${propertiesOf(v, keys, NODE_KEYS)}}`;
/** Projects a relationship variable to {type, start, end, properties}. */
export const relMap = (r: string) =>
  `{type: type(${r}), start: startNode(${r}).id, end: endNode(${r}).id, properties: properties(${r})}`;

export const NODE_KEYS = new Set([...Object.keys(NODE_PROPERTIES), ...Object.keys(PROVENANCE_PROPERTIES)]);
export const RELATIONSHIP_KEYS = new Set([
  ...Object.keys(RELATIONSHIP_PROPERTIES),
  ...Object.keys(PROVENANCE_PROPERTIES),
]);

/**
 * `properties(v)`, or a map of the given keys alone (a missing property reads as null; toNode and toRelationship drop
 * nulls, which stored properties never are). Keys become Cypher text, so only the model's property names pass.
 */
export function propertiesOf(v: string, keys: readonly string[] | null, allowed: ReadonlySet<string>): string {
  if (keys === null) return `properties(${v})`;
  checkKeys(keys, allowed);
  return `{${keys.map((k) => `${k}: ${v}.${k}`).join(', ')}}`;
}

export function checkKeys(keys: readonly string[] | null, allowed: ReadonlySet<string>): void {
  const bad = keys?.find((k) => !allowed.has(k) || !/^[A-Za-z][A-Za-z0-9]*$/.test(k));
  if (bad !== undefined) throw new StoreError(`not a stored property of the model: ${JSON.stringify(bad)}`, 'INVALID');
}

/** Refuses a projection naming anything but the model's node and relationship properties (every reader, Cypher or not). */
export function checkProjection(projection: Projection): void {
  checkKeys(projection.node, NODE_KEYS);
  checkKeys(projection.relationship, RELATIONSHIP_KEYS);
}

/** Ids as a map parameter (`{id: true}`): membership is then one lookup per row (`$set[x.id]`), where `IN list` scans the list. */
export const idSet = (ids: Iterable<string>): Record<string, true> =>
  Object.fromEntries([...ids].map((id) => [id, true as const]));

/** `(v:A OR v:B)`, whitelisted; `true` when no labels are given (labels cannot be parameters in Cypher). */
export function labelPredicate(v: string, labels: readonly NodeLabel[] | null | undefined): string {
  if (!labels || labels.length === 0) return 'true';
  return `(${labels.map((l) => `${v}${labelFragment([l])}`).join(' OR ')})`;
}

/** `:A|B` for a relationship pattern, whitelisted; empty when every type is allowed. */
export function typeAlternatives(types: readonly RelationshipType[] | null | undefined): string {
  if (!types || types.length === 0) return '';
  return `:${types.map(typeFragment).join('|')}`;
}

export function nodesByIdStatement(ids: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id
MATCH (n:${BASE_LABEL} {id: id})
RETURN ${nodeMap('n')} AS node`,
    params: { ids: [...ids] },
  };
}

/** One page of nodes ordered by id (keyset: ids after `afterId`) plus the total that match the filter. */
export function nodePageStatement(request: NodePageRequest): Statement {
  const { labels, first, afterId, ...filter } = request;
  return {
    cypher: `MATCH (n:${BASE_LABEL})
WHERE ${labelPredicate('n', labels)}
  AND ($ids IS NULL OR n.id IN $ids)
  AND ($nameContains IS NULL OR n.searchText CONTAINS $nameContains)
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($code IS NULL OR n.code = $code)
  AND ($confidence IS NULL OR n.confidence = $confidence)
  AND ($hasSources IS NULL OR (size(coalesce(n.sources, [])) > 0) = $hasSources)
  AND ($relatedTo IS NULL OR EXISTS { MATCH (n)--(o:${BASE_LABEL}) WHERE o.id = $relatedTo })
WITH n ORDER BY n.id
WITH collect(n) AS matched
WITH matched, [x IN matched WHERE $afterId IS NULL OR x.id > $afterId] AS rest
RETURN size(matched) AS totalCount, [x IN rest[0..$take] | ${nodeMap('x')}] AS nodes`,
    params: { ...filter, afterId, take: first + 1 },
  };
}

/**
 * Ranked search on the folded names (searchText: name, full name, aliases, code), then on the mission target
 * and description. Scores: 100 exact name, 80 prefix, 60 contains, 40 every word in the names, 25 target, 20 description.
 * With `fulltext` (Neo4j) the candidates come from the full-text index (fulltext-cypher.ts), whose hits include
 * every node the scan would score; the same scoring then ranks them, so both engines give the same answer.
 * `properties`: the node properties to return (default: every one), as the resolver's projection asks.
 */
export function searchStatement(
  q: string,
  tokens: string[],
  labels: NodeLabel[] | null,
  first: number,
  options: { fulltext?: boolean; properties?: readonly string[] | null } = {},
): Statement {
  const candidates =
    options.fulltext && tokens.length > 0
      ? `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $lucene) YIELD node AS n
WITH n WHERE n:${BASE_LABEL} AND ${labelPredicate('n', labels)}`
      : `MATCH (n:${BASE_LABEL})
WHERE ${labelPredicate('n', labels)}`;
  return {
    cypher: `${candidates}
WITH n, split(coalesce(n.searchText, ''), ' | ') AS names,
     toLower(coalesce(n.target, '')) AS target, toLower(coalesce(n.description, '')) AS description
WITH n, target, description, CASE
    WHEN $q IN names THEN 100
    WHEN any(x IN names WHERE x STARTS WITH $q) THEN 80
    WHEN any(x IN names WHERE x CONTAINS $q) THEN 60
    WHEN all(t IN $tokens WHERE n.searchText CONTAINS t) THEN 40
    WHEN all(t IN $tokens WHERE target CONTAINS t) THEN 25
    WHEN all(t IN $tokens WHERE description CONTAINS t) THEN 20
    ELSE 0 END AS score
WHERE score > 0
RETURN ${nodeMap('n', options.properties ?? null)} AS node, score,
  CASE WHEN score >= 40 THEN 'NAME' WHEN score = 25 THEN 'TARGET' ELSE 'DESCRIPTION' END AS matchedOn
ORDER BY score DESC, size(n.name), n.id
LIMIT $first`,
    params:
      options.fulltext && tokens.length > 0 ? { q, tokens, first, lucene: luceneQuery(tokens) } : { q, tokens, first },
  };
}

/** Relationships among a kept node list `kept` (one subquery, so the whole subgraph is one statement; fine for the whole-graph view, whose nodes are read in id order, not around a hub). */
const relsAmong = (types: readonly RelationshipType[] | null) => `CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r${typeAlternatives(types)}]->(b:${BASE_LABEL})
  WHERE b IN kept
  RETURN collect(${relMap('r')}) AS rels
}
RETURN [x IN kept | ${nodeMap('x')}] AS nodes, rels, total`;

/** The whole graph (or the nodes with the given labels) ordered by id, capped, with the relationships among them. */
export function graphStatement(labels: NodeLabel[] | null, limit: number): Statement {
  return {
    cypher: `MATCH (n:${BASE_LABEL})
WHERE ${labelPredicate('n', labels)}
WITH n ORDER BY n.id
WITH collect(n) AS matched
WITH matched[0..$limit] AS kept, size(matched) AS total
${relsAmong(null)}`,
    params: { limit },
  };
}

/** The relationships of many nodes at once (one statement per distinct argument set: the DataLoader batch). */
export function relationshipsOfStatement(
  ids: readonly string[],
  types: RelationshipType[] | null,
  direction: Direction,
  first: number,
): Statement {
  const pattern =
    direction === 'OUT'
      ? `(a)-[r${typeAlternatives(types)}]->(b:${BASE_LABEL})`
      : direction === 'IN'
        ? `(a)<-[r${typeAlternatives(types)}]-(b:${BASE_LABEL})`
        : `(a)-[r${typeAlternatives(types)}]-(b:${BASE_LABEL})`;
  return {
    cypher: `UNWIND $ids AS id
MATCH (a:${BASE_LABEL} {id: id})
CALL (a) {
  MATCH ${pattern}
  WITH r, b ORDER BY type(r), b.id
  LIMIT $first
  RETURN collect(${relMap('r')}) AS rels
}
RETURN id, rels`,
    params: { ids: [...ids], first },
  };
}

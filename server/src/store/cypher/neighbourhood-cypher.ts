// Pure Cypher builders for the neighbourhood: one breadth-first ring, the final subgraph, and node degrees.
import { BASE_LABEL, type NodeLabel, type RelationshipType } from '@kies/schema';
import type { Statement } from '../executor.js';
import type { Projection } from '../../domain/subgraphs.js';
import { idSet, labelPredicate, nodeMap, propertiesOf, RELATIONSHIP_KEYS, typeAlternatives } from './query-cypher.js';

/**
 * The next breadth-first ring: distinct neighbours of `frontier`, in frontier order and then the engine's adjacency
 * order, at most `take`. The caller drops the nodes it has already seen (asking for that many more): filtering here
 * would read every row's id, and the LIMIT lets the engine stop reading a hub's relationships early.
 */
export function ringStatement(
  frontier: readonly string[],
  take: number,
  labels: NodeLabel[] | null,
  types: RelationshipType[] | null,
): Statement {
  return {
    cypher: `UNWIND $frontier AS id
MATCH (a:${BASE_LABEL} {id: id})-[${typeAlternatives(types)}]-(b:${BASE_LABEL})
WHERE ${labelPredicate('b', labels)}
WITH DISTINCT b LIMIT $take
RETURN collect(b.id) AS ids`,
    params: { frontier: [...frontier], take },
  };
}

/** Which relationships the subgraph statement reads (see planRelationships in neighbourhood.ts). */
export interface RelationshipPlan {
  kept: string[];
  /** Nodes whose outgoing relationships are read whole (kept ends only). */
  readOut: string[];
  /** Nodes whose incoming relationships from `outHubs` are read. */
  readIn: string[];
  /** Kept nodes whose outgoing relationships are not read whole (too many): found from the other end, or as a pair. */
  outHubs: string[];
  /** Pairs checked one by one, reading from the start node (`fromStart`) or from the end node (`fromEnd`). */
  fromStart: { start: string; end: string }[];
  fromEnd: { start: string; end: string }[];
}

const rel = (r: string, start: string, end: string, keys: readonly string[] | null) =>
  `{type: type(${r}), start: ${start}, end: ${end}, properties: ${propertiesOf(r, keys, RELATIONSHIP_KEYS)}}`;

/**
 * The kept nodes and every relationship among them: outgoing relationships of the nodes read whole, incoming ones
 * from the nodes that are not, and the remaining pairs of hubs one at a time. The parts are disjoint, so no
 * relationship comes twice. Membership is a lookup in the `$kept` map. Parts with nothing to read are left out of
 * the text (each costs the engine a subquery), so the text depends on which lists are empty, never on values.
 */
export function subgraphStatement(
  plan: RelationshipPlan,
  types: RelationshipType[] | null,
  projection: Projection = { node: null, relationship: null },
): Statement {
  const k = projection.relationship;
  const t = typeAlternatives(types);
  const pair = (list: 'fromStart' | 'fromEnd', pattern: string) => `UNWIND $${list} AS p
  WITH p.start AS s, p.end AS e
  MATCH (a:${BASE_LABEL} {id: s})
  MATCH (b:${BASE_LABEL} {id: e})
  MATCH ${pattern}
  RETURN collect(${rel('r', 's', 'e', k)}) AS ${list}`;
  // Each part reads the ids of the plan list it is named after and returns its relationships under that name.
  const parts = {
    readOut: `UNWIND $readOut AS id
  MATCH (a:${BASE_LABEL} {id: id})-[r${t}]->(b:${BASE_LABEL})
  WHERE $kept[b.id] IS NOT NULL
  RETURN collect(${rel('r', 'id', 'b.id', k)}) AS readOut`,
    readIn: `UNWIND $readIn AS id
  MATCH (b:${BASE_LABEL} {id: id})<-[r${t}]-(a:${BASE_LABEL})
  WHERE a.id IN $outHubs
  RETURN collect(${rel('r', 'a.id', 'id', k)}) AS readIn`,
    fromStart: pair('fromStart', `(a)-[r${t}]->(b)`),
    fromEnd: pair('fromEnd', `(b)<-[r${t}]-(a)`),
  };
  const used = (Object.keys(parts) as (keyof typeof parts)[]).filter((list) => plan[list].length > 0);
  return {
    cypher: `CALL () {
  UNWIND keys($kept) AS id
  MATCH (n:${BASE_LABEL} {id: id})
  RETURN collect(${nodeMap('n', projection.node)}) AS nodes
}
${used.map((list) => `CALL () {\n  ${parts[list]}\n}\n`).join('')}RETURN nodes, ${used.length > 0 ? used.join(' + ') : '[]'} AS rels`,
    params: {
      kept: idSet(plan.kept),
      ...Object.fromEntries(used.map((list) => [list, plan[list]])),
      ...(used.includes('readIn') ? { outHubs: plan.outHubs } : {}),
    },
  };
}

/**
 * Every node with more than `threshold` relationships, with its outgoing and incoming counts. One pass over the
 * graph; the embedded store caches the answer between writes (see CypherKiesStore).
 */
export function hubDegreesStatement(threshold: number): Statement {
  return {
    cypher: `MATCH (n:${BASE_LABEL})
WITH n, COUNT { (n)-->() } AS outDegree, COUNT { (n)<--() } AS inDegree
WHERE outDegree + inDegree > $threshold
RETURN n.id AS id, outDegree, inDegree`,
    params: { threshold },
  };
}

/** Outgoing and incoming counts of the given nodes (the uncached path; Neo4j plans these as degree look-ups). */
export function nodeDegreesStatement(ids: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id
MATCH (n:${BASE_LABEL} {id: id})
RETURN id, COUNT { (n)-->() } AS outDegree, COUNT { (n)<--() } AS inDegree`,
    params: { ids: [...ids] },
  };
}

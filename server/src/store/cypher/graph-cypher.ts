// Pure Cypher builders for the whole-graph operations: schema, batched idempotent load, export, counts, clear.
import { BASE_LABEL, type NodeLabel, type RelationshipType } from '@kies/schema';
import type { Statement } from '../executor.js';
import { labelFragment, typeFragment } from './labels.js';
import { storableProperties } from './property-values.js';

/** The unique id constraint on the base label, plus (where the engine needs it) an index beside it. */
export function schemaStatements(options: { indexBesideConstraint: boolean }): Statement[] {
  const statements: Statement[] = [
    {
      cypher: `CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:${BASE_LABEL}) REQUIRE n.id IS UNIQUE`,
      params: {},
    },
  ];
  if (options.indexBesideConstraint) {
    statements.push({
      cypher: `CREATE INDEX entity_id_index IF NOT EXISTS FOR (n:${BASE_LABEL}) ON (n.id)`,
      params: {},
    });
  }
  return statements;
}

/**
 * Upserts a batch of nodes that share one label set. MERGE on the base label's id makes a second load a
 * no-op; `SET n = row.properties` replaces every property so the stored node is exactly the row. Values are
 * checked by storableProperties: only what Neo4j can store reaches either engine.
 */
export function mergeNodesStatement(
  labels: readonly NodeLabel[],
  rows: { id: string; properties: Record<string, unknown> }[],
): Statement {
  return {
    cypher: `UNWIND $rows AS row
MERGE (n:${BASE_LABEL} {id: row.id})
SET n${labelFragment(labels)}
SET n = row.properties
RETURN count(n) AS count`,
    params: {
      rows: rows.map((row) => ({ id: row.id, properties: storableProperties(`node ${row.id}`, row.properties) })),
    },
  };
}

/** Upserts a batch of relationships of one type between existing nodes (one per type and node pair). */
export function mergeRelationshipsStatement(
  type: RelationshipType,
  rows: { start: string; end: string; properties: Record<string, unknown> }[],
): Statement {
  return {
    cypher: `UNWIND $rows AS row
MATCH (a:${BASE_LABEL} {id: row.start})
MATCH (b:${BASE_LABEL} {id: row.end})
MERGE (a)-[r:${typeFragment(type)}]->(b)
SET r = row.properties
RETURN count(r) AS count`,
    params: {
      rows: rows.map((row) => ({
        start: row.start,
        end: row.end,
        properties: storableProperties(`relationship ${row.start}-[:${type}]->${row.end}`, row.properties),
      })),
    },
  };
}

export function exportNodesStatement(skip: number, limit: number): Statement {
  return {
    cypher: `MATCH (n:${BASE_LABEL})
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY id SKIP $skip LIMIT $limit`,
    params: { skip, limit },
  };
}

export function exportRelationshipsStatement(skip: number, limit: number): Statement {
  return {
    cypher: `MATCH (a:${BASE_LABEL})-[r]->(b:${BASE_LABEL})
RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS properties
ORDER BY type, start, end SKIP $skip LIMIT $limit`,
    params: { skip, limit },
  };
}

export function countLabelsStatement(): Statement {
  return {
    cypher: `MATCH (n:${BASE_LABEL})
UNWIND labels(n) AS label
RETURN label, count(*) AS count`,
    params: {},
  };
}

export function countTypesStatement(): Statement {
  return {
    cypher: `MATCH (:${BASE_LABEL})-[r]->(:${BASE_LABEL})
RETURN type(r) AS type, count(*) AS count`,
    params: {},
  };
}

export function countNodesStatement(): Statement {
  return { cypher: `MATCH (n:${BASE_LABEL}) RETURN count(n) AS count`, params: {} };
}

export function clearStatement(): Statement {
  return { cypher: `MATCH (n:${BASE_LABEL}) DETACH DELETE n`, params: {} };
}

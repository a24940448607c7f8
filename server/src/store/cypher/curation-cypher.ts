// Pure Cypher builders for curation: one statement per change, each also creating the change's AuditEvent, so the
// change and its audit record are one statement of one transaction (neither exists without the other).
// Values travel as parameters; labels and types come only through the model whitelist (labels.ts).
// Updates and deletions are guarded by the state the change was computed from (`properties(n) = $expected`): if
// anything changed it in between, the statement matches nothing, writes nothing and returns no row.
import { AUDIT_LABEL, BASE_LABEL, type NodeLabel, type RelationshipType } from '@kies/schema';
import type { Statement } from '../executor.js';
import { labelFragment, typeFragment } from './labels.js';
import { storableProperties, type StorableValue } from './property-values.js';
import { relMap } from './query-cypher.js';

export type StoredProperties = Record<string, StorableValue>;

/** The audit unique constraint (and, where the engine needs it, an index beside it), plus an index on `undoes`. */
export function auditSchemaStatements(options: { indexBesideConstraint: boolean }): Statement[] {
  const statements: Statement[] = [
    {
      cypher: `CREATE CONSTRAINT audit_id_unique IF NOT EXISTS FOR (e:${AUDIT_LABEL}) REQUIRE e.id IS UNIQUE`,
      params: {},
    },
  ];
  if (options.indexBesideConstraint) {
    statements.push({
      cypher: `CREATE INDEX audit_id_index IF NOT EXISTS FOR (e:${AUDIT_LABEL}) ON (e.id)`,
      params: {},
    });
  }
  return statements;
}

const audit = (record: StoredProperties) => storableProperties('audit event', record);
const CREATE_AUDIT = `CREATE (e:${AUDIT_LABEL})
SET e = $audit`;

/** A node's stored state: labels, every property (derived ones too) and its relationships. */
export function nodeStateStatement(id: string): Statement {
  return {
    cypher: `MATCH (n:${BASE_LABEL} {id: $id})
CALL (n) {
  MATCH (n)-[r]-(:${BASE_LABEL})
  RETURN collect(${relMap('r')}) AS rels
}
RETURN labels(n) AS labels, properties(n) AS properties, rels`,
    params: { id },
  };
}

/** A relationship's stored properties (no row when it does not exist). */
export function relationshipStateStatement(type: RelationshipType, start: string, end: string): Statement {
  return {
    cypher: `MATCH (a:${BASE_LABEL} {id: $start})-[r:${typeFragment(type)}]->(b:${BASE_LABEL} {id: $end})
RETURN properties(r) AS properties`,
    params: { start, end },
  };
}

export function createNodeStatement(
  labels: readonly NodeLabel[],
  properties: StoredProperties,
  record: StoredProperties,
): Statement {
  return {
    cypher: `CREATE (n:${BASE_LABEL}${labelFragment(labels)})
SET n = $properties
${CREATE_AUDIT}
RETURN n.id AS id`,
    params: { properties: storableProperties(`node ${String(properties.id)}`, properties), audit: audit(record) },
  };
}

/** Guard: the node still has exactly `expectedLabels` (model labels) and `expected` properties. */
const nodeGuard = `properties(n) = $expected
  AND size(labels(n)) = size($expectedLabels) + 1
  AND all(l IN $expectedLabels WHERE l IN labels(n))`;

export function updateNodeStatement(
  id: string,
  expected: { labels: readonly NodeLabel[]; properties: StoredProperties },
  next: { labels: readonly NodeLabel[]; properties: StoredProperties },
  record: StoredProperties,
): Statement {
  const add = next.labels.filter((l) => !expected.labels.includes(l));
  const remove = expected.labels.filter((l) => !next.labels.includes(l));
  return {
    cypher: `MATCH (n:${BASE_LABEL} {id: $id})
WHERE ${nodeGuard}
SET n = $properties
${add.length ? `SET n${labelFragment(add)}\n` : ''}${remove.length ? `REMOVE n${labelFragment(remove)}\n` : ''}${CREATE_AUDIT}
RETURN n.id AS id`,
    params: {
      id,
      expected: expected.properties,
      expectedLabels: [...expected.labels],
      properties: storableProperties(`node ${id}`, next.properties),
      audit: audit(record),
    },
  };
}

/** Deletes a node and its relationships; guarded by its state and its number of relationships. */
export function deleteNodeStatement(
  id: string,
  expected: { labels: readonly NodeLabel[]; properties: StoredProperties; degree: number },
  record: StoredProperties,
): Statement {
  return {
    cypher: `MATCH (n:${BASE_LABEL} {id: $id})
WHERE ${nodeGuard}
  AND COUNT { MATCH (n)-[]-(:${BASE_LABEL}) } = $degree
${CREATE_AUDIT}
DETACH DELETE n
RETURN e.id AS id`,
    params: {
      id,
      expected: expected.properties,
      expectedLabels: [...expected.labels],
      degree: expected.degree,
      audit: audit(record),
    },
  };
}

/** Creates a relationship unless one of that type already links the two nodes (one per type and node pair). */
export function createRelationshipStatement(
  type: RelationshipType,
  start: string,
  end: string,
  properties: StoredProperties,
  record: StoredProperties,
): Statement {
  const t = typeFragment(type);
  return {
    cypher: `MATCH (a:${BASE_LABEL} {id: $start})
MATCH (b:${BASE_LABEL} {id: $end})
WHERE NOT EXISTS { MATCH (a)-[:${t}]->(b) }
CREATE (a)-[r:${t}]->(b)
SET r = $properties
${CREATE_AUDIT}
RETURN type(r) AS type`,
    params: {
      start,
      end,
      properties: storableProperties(`relationship ${start}-[:${type}]->${end}`, properties),
      audit: audit(record),
    },
  };
}

export function updateRelationshipStatement(
  type: RelationshipType,
  start: string,
  end: string,
  expected: StoredProperties,
  properties: StoredProperties,
  record: StoredProperties,
): Statement {
  return {
    cypher: `MATCH (a:${BASE_LABEL} {id: $start})-[r:${typeFragment(type)}]->(b:${BASE_LABEL} {id: $end})
WHERE properties(r) = $expected
SET r = $properties
${CREATE_AUDIT}
RETURN type(r) AS type`,
    params: {
      start,
      end,
      expected,
      properties: storableProperties(`relationship ${start}-[:${type}]->${end}`, properties),
      audit: audit(record),
    },
  };
}

export function deleteRelationshipStatement(
  type: RelationshipType,
  start: string,
  end: string,
  expected: StoredProperties,
  record: StoredProperties,
): Statement {
  return {
    cypher: `MATCH (a:${BASE_LABEL} {id: $start})-[r:${typeFragment(type)}]->(b:${BASE_LABEL} {id: $end})
WHERE properties(r) = $expected
${CREATE_AUDIT}
DELETE r
RETURN e.id AS id`,
    params: { start, end, expected, audit: audit(record) },
  };
}

/** An audit event on its own (whole-graph imports and restores, written in the import's transaction). */
export function auditEventStatement(record: StoredProperties): Statement {
  return { cypher: `${CREATE_AUDIT}\nRETURN e.id AS id`, params: { audit: audit(record) } };
}

export interface AuditFilterParams {
  nodeId: string | null;
  actor: string | null;
  since: string | null;
  until: string | null;
  limit: number;
}

// Events are returned with the ids of the events that undid them (normally none or one).
const withUndoneBy = `CALL (e) {
  OPTIONAL MATCH (u:${AUDIT_LABEL})
  WHERE u.undoes = e.id
  RETURN collect(u.id) AS undoneBy
}
RETURN properties(e) AS event, undoneBy`;

/** Audit events, newest first (ids are time-ordered), filtered by node, actor and period [since, until). */
export function auditEventsStatement(filter: AuditFilterParams): Statement {
  return {
    cypher: `MATCH (e:${AUDIT_LABEL})
WHERE ($nodeId IS NULL OR $nodeId IN e.nodeIds)
  AND ($actor IS NULL OR e.actor = $actor)
  AND ($since IS NULL OR e.at >= $since)
  AND ($until IS NULL OR e.at < $until)
WITH e ORDER BY e.id DESC
LIMIT $limit
${withUndoneBy}`,
    params: { ...filter },
  };
}

export function auditEventByIdStatement(id: string): Statement {
  return { cypher: `MATCH (e:${AUDIT_LABEL} {id: $id})\n${withUndoneBy}`, params: { id } };
}

/** Every audit event in id order (backups carry the audit trail). */
export function exportAuditStatement(skip: number, limit: number): Statement {
  return {
    cypher: `MATCH (e:${AUDIT_LABEL})
RETURN properties(e) AS event
ORDER BY e.id SKIP $skip LIMIT $limit`,
    params: { skip, limit },
  };
}

/** Upserts audit events by id (restoring a backup's audit trail keeps the events already stored). */
export function mergeAuditStatement(records: StoredProperties[]): Statement {
  return {
    cypher: `UNWIND $rows AS row
MERGE (e:${AUDIT_LABEL} {id: row.id})
SET e = row
RETURN count(e) AS count`,
    params: { rows: records.map(audit) },
  };
}

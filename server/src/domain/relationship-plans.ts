// Curation plans for relationships: create, update and delete, each a refusal or a plan (change, audit record, answer)
// the store applies in one guarded transaction. The plan types and node plans are in curation-plan.ts.
import type { NodeLabel } from '@kies/schema';
import type { GraphRelationship, PropertyMap } from './graph-data.js';
import { dedupeIssues, underArgument } from './field-issues.js';
import {
  relationshipId,
  type CreateRelationshipRequest,
  type ProvenanceInput,
  type RelationshipKey,
  type UpdateRelationshipRequest,
} from './curation.js';
import { checkRelationship, checkWriteProvenance, mergeProvenance, provenanceProperties } from './curation-checks.js';
import { relationshipSnapshot } from './snapshots.js';
import { auditRecord } from './audit-records.js';
import { clean, invalid, refuse, type PlanContext, type Planned } from './curation-plan.js';

const notFoundRelationship = (key: RelationshipKey) => refuse('NOT_FOUND', `no relationship ${relationshipId(key)}`);

/** `endLabels`: labels of the end nodes that exist (absent ones are left out, so the check reports them). */
export function planCreateRelationship(
  request: CreateRelationshipRequest,
  endLabels: Map<string, NodeLabel[]>,
  existing: GraphRelationship | null,
  { actor, stamp, texts }: PlanContext,
): Planned<GraphRelationship> {
  const rel: GraphRelationship = {
    type: request.type,
    start: request.start,
    end: request.end,
    properties: clean({ role: request.role ?? undefined, ...provenanceProperties(request.provenance) }),
  };
  const issues = underArgument(checkWriteProvenance(request.provenance, texts), 'input');
  issues.push(...underArgument(checkRelationship(rel, endLabels, texts), 'input'));
  if (issues.length > 0) return invalid(`relationship ${relationshipId(rel)} not created`, dedupeIssues(issues));
  if (existing) {
    return refuse(
      'CONSTRAINT',
      `relationship ${relationshipId(rel)} already exists (one per type and node pair); update it instead`,
      [{ field: 'input.type', message: 'already exists' }],
    );
  }
  const audit = auditRecord(
    stamp,
    actor,
    'CREATE_RELATIONSHIP',
    relationshipId(rel),
    [rel.start, rel.end],
    null,
    relationshipSnapshot(rel),
    request.provenance,
  );
  return {
    change: { kind: 'CREATE_RELATIONSHIP', relationship: rel },
    audit,
    result: rel,
    what: `relationship ${relationshipId(rel)}`,
  };
}

export function planUpdateRelationship(
  key: RelationshipKey,
  request: UpdateRelationshipRequest,
  current: GraphRelationship | null,
  endLabels: Map<string, NodeLabel[]>,
  { actor, stamp, texts }: PlanContext,
): Planned<GraphRelationship> {
  if (!current) return notFoundRelationship(key);
  const properties: PropertyMap = { ...current.properties };
  if (request.role === null) delete properties.role;
  else if (request.role !== undefined) properties.role = request.role;
  Object.assign(
    properties,
    mergeProvenance(current.properties, request.provenance, request.replaceProvenance ?? false),
  );
  const next: GraphRelationship = { ...key, properties: clean(properties) };
  const issues = underArgument(checkWriteProvenance(request.provenance, texts), 'input');
  issues.push(...underArgument(checkRelationship(next, endLabels, texts), 'input'));
  if (issues.length > 0) return invalid(`relationship ${relationshipId(key)} not updated`, dedupeIssues(issues));
  const audit = auditRecord(
    stamp,
    actor,
    'UPDATE_RELATIONSHIP',
    relationshipId(key),
    [key.start, key.end],
    relationshipSnapshot(current),
    relationshipSnapshot(next),
    request.provenance,
  );
  return {
    change: { kind: 'UPDATE_RELATIONSHIP', current, next },
    audit,
    result: next,
    what: `relationship ${relationshipId(key)}`,
  };
}

export function planDeleteRelationship(
  key: RelationshipKey,
  provenance: ProvenanceInput,
  current: GraphRelationship | null,
  { actor, stamp, texts }: PlanContext,
): Planned<null> {
  const issues = checkWriteProvenance(provenance, texts);
  if (issues.length > 0) return invalid(`relationship ${relationshipId(key)} not deleted`, issues);
  if (!current) return notFoundRelationship(key);
  const audit = auditRecord(
    stamp,
    actor,
    'DELETE_RELATIONSHIP',
    relationshipId(key),
    [key.start, key.end],
    relationshipSnapshot(current),
    null,
    provenance,
  );
  return {
    change: { kind: 'DELETE_RELATIONSHIP', current },
    audit,
    result: null,
    what: `relationship ${relationshipId(key)}`,
  };
}

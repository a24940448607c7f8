// Curation plans: a write request and the facts the store read become either a refusal (with every problem found)
// or a plan: the checked change, its audit record, and the answer. The store applies a plan in one transaction,
// guarded so that it writes nothing if the facts changed in between. This module holds the plan types and the node
// plans; relationship plans are in relationship-plans.ts, undo plans in undo-plan.ts.
import type { NodeLabel } from '@kies/schema';
import type { GraphNode, GraphRelationship, PropertyMap } from './graph-data.js';
import { dedupeIssues, underArgument, type FieldIssue } from './field-issues.js';
import {
  NODE_FIELD_NAMES,
  relationshipId,
  type Actor,
  type CreateNodeRequest,
  type ProvenanceInput,
  type UpdateNodeRequest,
} from './curation.js';
import {
  checkNode,
  checkRelationship,
  checkWriteProvenance,
  mergeProvenance,
  provenanceProperties,
} from './curation-checks.js';
import { nodeSnapshot } from './snapshots.js';
import { auditRecord, type AuditRecord, type AuditStamp } from './audit-records.js';
import type { SourceTexts } from '@kies/graph-seed/validation';

/** A node as the store holds it: the model node, the labels and every property as stored (the guard), its relationships. */
export interface NodeState {
  node: GraphNode;
  labels: NodeLabel[];
  /** Every stored property (derived ones too): the guard of an update compares exactly these. */
  stored: PropertyMap;
  relationships: GraphRelationship[];
}

/** The change a plan makes; the `current` states are what the store must still find (else it writes nothing). */
export type CurationChange =
  | { kind: 'CREATE_NODE'; node: GraphNode; relationships: GraphRelationship[] }
  | { kind: 'UPDATE_NODE'; current: NodeState; next: GraphNode }
  | { kind: 'DELETE_NODE'; current: NodeState }
  | { kind: 'CREATE_RELATIONSHIP'; relationship: GraphRelationship }
  | { kind: 'UPDATE_RELATIONSHIP'; current: GraphRelationship; next: GraphRelationship }
  | { kind: 'DELETE_RELATIONSHIP'; current: GraphRelationship };

export interface CurationPlan<R = GraphNode | GraphRelationship | null> {
  change: CurationChange;
  /** Recorded in the same transaction; its before/after snapshots are what undo inverts. */
  audit: AuditRecord;
  /** What the API answers: the node or relationship after the change, null after a deletion. */
  result: R;
  /** "node <id>" or "relationship <start>TYPE<end>", for the message when the guard finds the fact changed. */
  what: string;
}

/** Why nothing is written; the store raises it as its error with this code. */
export interface Refusal {
  refused: true;
  code: 'NOT_FOUND' | 'CONSTRAINT' | 'INVALID' | 'CONFLICT' | 'FORBIDDEN';
  message: string;
  issues: FieldIssue[];
}

export type Planned<R> = CurationPlan<R> | Refusal;

export const isRefusal = <R>(planned: Planned<R>): planned is Refusal => 'refused' in planned;

export const refuse = (code: Refusal['code'], message: string, issues: FieldIssue[] = []): Refusal => ({
  refused: true,
  code,
  message,
  issues,
});

export const invalid = (message: string, issues: FieldIssue[]) =>
  refuse('INVALID', `${message}: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`, issues);

/** What every planner is given besides the request: who writes, the stamp of its audit event, the source texts. */
export interface PlanContext {
  actor: Actor;
  stamp: AuditStamp;
  texts: SourceTexts;
}

export function clean(map: PropertyMap): PropertyMap {
  return Object.fromEntries(Object.entries(map).filter(([, v]) => v !== null && v !== undefined));
}

function pickFields(fields: CreateNodeRequest['fields']): PropertyMap {
  const out: PropertyMap = {};
  for (const name of NODE_FIELD_NAMES) {
    if (!(name in fields)) continue;
    const value = fields[name];
    // Empty strings and lists carry nothing; storing them would make "absent" and "empty" two states.
    out[name] = value === '' || (Array.isArray(value) && value.length === 0) ? null : (value ?? null);
  }
  return out;
}

const notFoundNode = (id: string) => refuse('NOT_FOUND', `no node with id "${id}"`);

/** `existing`: the node already stored under the id, if any. */
export function planCreateNode(
  request: CreateNodeRequest,
  existing: NodeState | null,
  { actor, stamp, texts }: PlanContext,
): Planned<GraphNode> {
  const issues = underArgument(checkWriteProvenance(request.provenance, texts), 'input');
  const properties = clean({
    ...pickFields(request.fields),
    ...provenanceProperties(request.provenance),
    id: request.id,
  });
  const node: GraphNode = { id: request.id, labels: [...new Set(request.labels)].sort(), properties };
  issues.push(...underArgument(checkNode(node, texts), 'input'));
  if (issues.length > 0) return invalid(`node ${request.id} not created`, dedupeIssues(issues));
  if (existing) {
    return refuse('CONSTRAINT', `a node with id "${request.id}" already exists (constraint entity_id_unique)`, [
      { field: 'input.id', message: 'already exists' },
    ]);
  }
  const audit = auditRecord(
    stamp,
    actor,
    'CREATE_NODE',
    request.id,
    [request.id],
    null,
    nodeSnapshot(node),
    request.provenance,
  );
  return { change: { kind: 'CREATE_NODE', node, relationships: [] }, audit, result: node, what: `node ${request.id}` };
}

/**
 * `current`: the node as stored (null: unknown id); `neighbourLabels`: the labels of the nodes at the other end of
 * its relationships (needed only when the request changes labels: every relationship must stay valid).
 */
export function planUpdateNode(
  id: string,
  request: UpdateNodeRequest,
  current: NodeState | null,
  neighbourLabels: Map<string, NodeLabel[]>,
  { actor, stamp, texts }: PlanContext,
): Planned<GraphNode> {
  if (!current) return notFoundNode(id);
  const issues = underArgument(checkWriteProvenance(request.provenance, texts), 'input');
  const properties: PropertyMap = { ...current.node.properties };
  for (const [key, value] of Object.entries(pickFields(request.fields))) {
    if (value === null) delete properties[key];
    else properties[key] = value;
  }
  Object.assign(
    properties,
    mergeProvenance(current.node.properties, request.provenance, request.replaceProvenance ?? false),
  );
  const labels = request.labels ? [...new Set(request.labels)].sort() : current.node.labels;
  const next: GraphNode = { id, labels, properties: clean(properties) };
  issues.push(...underArgument(checkNode(next, texts), 'input'));
  // A label change must keep every relationship valid: check each against the model with the new labels.
  if (request.labels) {
    for (const rel of current.relationships) {
      const ends = new Map(
        [rel.start, rel.end].filter((n) => neighbourLabels.has(n)).map((n) => [n, neighbourLabels.get(n)!]),
      );
      ends.set(id, labels);
      const relIssues = checkRelationship(rel, ends, texts).filter((i) => i.field === 'start' || i.field === 'end');
      issues.push(
        ...relIssues.map((i) => ({ field: 'input.labels', message: `${relationshipId(rel)}: ${i.message}` })),
      );
    }
  }
  if (issues.length > 0) return invalid(`node ${id} not updated`, dedupeIssues(issues));
  const audit = auditRecord(
    stamp,
    actor,
    'UPDATE_NODE',
    id,
    [id],
    nodeSnapshot(current.node),
    nodeSnapshot(next),
    request.provenance,
  );
  return { change: { kind: 'UPDATE_NODE', current, next }, audit, result: next, what: `node ${id}` };
}

/** The plan that deletes `current` with its relationships (kept in the audit event, so undo restores them). */
export function deleteNodePlan(
  current: NodeState,
  provenance: ProvenanceInput,
  { actor, stamp }: Omit<PlanContext, 'texts'>,
  undoes: string | null,
): CurationPlan<null> {
  const id = current.node.id;
  const neighbours = [...new Set(current.relationships.flatMap((r) => [r.start, r.end]))].filter((n) => n !== id);
  const audit = auditRecord(
    stamp,
    actor,
    'DELETE_NODE',
    id,
    [id, ...neighbours],
    nodeSnapshot(current.node, current.relationships),
    null,
    provenance,
    undoes,
  );
  return { change: { kind: 'DELETE_NODE', current }, audit, result: null, what: `node ${id}` };
}

export function planDeleteNode(
  id: string,
  provenance: ProvenanceInput,
  current: NodeState | null,
  context: PlanContext,
): Planned<null> {
  const issues = checkWriteProvenance(provenance, context.texts);
  if (issues.length > 0) return invalid(`node ${id} not deleted`, issues);
  if (!current) return notFoundNode(id);
  return deleteNodePlan(current, provenance, context, null);
}

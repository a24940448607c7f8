// Undo as a plan: the inverse of an audit event (its before/after snapshots read backwards) applied as a new change,
// refused when the fact has changed since, the event was undone already, or the actor may not undo it.
import type { AuditAction, NodeLabel } from '@kies/schema';
import type { GraphNode, GraphRelationship } from './graph-data.js';
import {
  relationshipId,
  type Actor,
  type AuditEvent,
  type NodeSnapshot,
  type ProvenanceInput,
  type RelationshipKey,
} from './curation.js';
import { nodeSnapshot, relationshipSnapshot, sameNode, sameRelationship } from './snapshots.js';
import { auditRecord, type AuditRecord, type AuditStamp } from './audit-records.js';
import {
  deleteNodePlan,
  refuse,
  type CurationChange,
  type CurationPlan,
  type NodeState,
  type Planned,
} from './curation-plan.js';

/** What the store must read before planning the undo of `event`. */
export interface UndoReads {
  /** The node the event changed (node events). */
  node: string | null;
  /** The relationship the event changed (relationship events). */
  relationship: RelationshipKey | null;
  /** Nodes whose existence decides whether a deleted fact can come back. */
  nodeIds: string[];
}

/** The facts read for UndoReads. */
export interface UndoFacts {
  node: NodeState | null;
  relationship: GraphRelationship | null;
  existing: ReadonlySet<string>;
}

const parse = (json: string | null) => (json ? JSON.parse(json) : null);
const undoable = (event: AuditEvent) => event.action !== 'IMPORT' && event.action !== 'RESTORE';

export function undoReads(event: AuditEvent | null): UndoReads {
  const none: UndoReads = { node: null, relationship: null, nodeIds: [] };
  if (!event || !undoable(event)) return none;
  const before = parse(event.before);
  const after = parse(event.after);
  if (event.action.endsWith('_NODE')) {
    const rels: GraphRelationship[] = after === null ? ((before as NodeSnapshot | null)?.relationships ?? []) : [];
    const others = [...new Set(rels.flatMap((r) => [r.start, r.end]).filter((n) => n !== event.target))];
    return { node: event.target, relationship: null, nodeIds: others };
  }
  const key = (before ?? after) as RelationshipKey;
  return {
    node: null,
    relationship: { type: key.type, start: key.start, end: key.end },
    nodeIds: after === null ? [key.start, key.end] : [],
  };
}

/** The plan that undoes `event` (null: no such event), given the facts named by undoReads(event). */
export function planUndo(
  auditId: string,
  event: AuditEvent | null,
  facts: UndoFacts,
  actor: Actor,
  stamp: AuditStamp,
): Planned<null> {
  if (!event) return refuse('NOT_FOUND', `no audit event "${auditId}"`);
  if (!undoable(event)) {
    return refuse('INVALID', `${event.action} events cannot be undone one by one; restore a backup instead`, [
      { field: 'auditId', message: 'not undoable' },
    ]);
  }
  if (event.undoneBy) return refuse('CONFLICT', `event ${auditId} was already undone by ${event.undoneBy}`);
  if (actor.role !== 'admin' && event.actor !== actor.name) {
    return refuse('FORBIDDEN', `editors may undo only their own changes; ${auditId} was made by ${event.actor}`);
  }
  const provenance: ProvenanceInput = {
    confidence: 'inferred',
    note: `undo of ${event.id} (${event.action} by ${event.actor}) by ${actor.name}`,
  };
  const later = (what: string) =>
    refuse('CONFLICT', `${what} has changed since ${auditId}; undo the later changes first (see auditLog for it)`);
  const before = parse(event.before);
  const after = parse(event.after);
  const record = (action: AuditAction, target: string, nodeIds: string[], was: unknown, becomes: unknown) =>
    auditRecord(stamp, actor, action, target, nodeIds, was, becomes, provenance, event.id);
  const plan = (change: CurationChange, audit: AuditRecord, what: string): CurationPlan<null> => ({
    change,
    audit,
    result: null,
    what,
  });

  if (event.action.endsWith('_NODE')) {
    const id = event.target;
    const current = facts.node;
    const wanted = before as NodeSnapshot | null;
    if (after === null) {
      // The event deleted the node: recreate it with the relationships deleted with it.
      if (current) return later(`node ${id}`);
      const rels = wanted!.relationships ?? [];
      const others = [...new Set(rels.flatMap((r) => [r.start, r.end]).filter((n) => n !== id))];
      const missing = others.filter((n) => !facts.existing.has(n));
      if (missing.length > 0)
        return refuse('CONFLICT', `cannot restore node ${id}: its neighbours ${missing.join(', ')} no longer exist`);
      const node: GraphNode = { id, labels: wanted!.labels as NodeLabel[], properties: wanted!.properties };
      const audit = record('CREATE_NODE', id, [id, ...others], null, nodeSnapshot(node, rels));
      return plan({ kind: 'CREATE_NODE', node, relationships: rels }, audit, `node ${id}`);
    }
    if (!current || !sameNode(nodeSnapshot(current.node), after as NodeSnapshot)) return later(`node ${id}`);
    if (wanted === null) {
      // The event created the node: delete it, but only if nothing has been attached to it since.
      if (current.relationships.length > 0) {
        return refuse(
          'CONFLICT',
          `node ${id} has ${current.relationships.length} relationship(s) added since ${auditId}; delete or undo them first`,
        );
      }
      return deleteNodePlan(current, provenance, { actor, stamp }, event.id);
    }
    const node: GraphNode = { id, labels: wanted.labels, properties: wanted.properties };
    const audit = record('UPDATE_NODE', id, [id], nodeSnapshot(current.node), nodeSnapshot(node));
    return plan({ kind: 'UPDATE_NODE', current, next: node }, audit, `node ${id}`);
  }

  const key = (before ?? after) as GraphRelationship;
  const current = facts.relationship;
  const target = relationshipId(key);
  const nodeIds = [key.start, key.end];
  const what = `relationship ${target}`;
  if (after === null) {
    if (current) return later(what);
    if (nodeIds.filter((n) => facts.existing.has(n)).length < 2)
      return refuse('CONFLICT', `cannot restore relationship ${target}: an end node no longer exists`);
    const audit = record('CREATE_RELATIONSHIP', target, nodeIds, null, relationshipSnapshot(before));
    return plan({ kind: 'CREATE_RELATIONSHIP', relationship: before }, audit, what);
  }
  if (!current || !sameRelationship(current, after)) return later(what);
  if (before === null) {
    const audit = record('DELETE_RELATIONSHIP', target, nodeIds, relationshipSnapshot(current), null);
    return plan({ kind: 'DELETE_RELATIONSHIP', current }, audit, what);
  }
  const audit = record(
    'UPDATE_RELATIONSHIP',
    target,
    nodeIds,
    relationshipSnapshot(current),
    relationshipSnapshot(before),
  );
  return plan({ kind: 'UPDATE_RELATIONSHIP', current, next: before }, audit, what);
}

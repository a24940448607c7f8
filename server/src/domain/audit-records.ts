// Audit records as plain data: the event the API reads and the properties it is stored with, built from a stamp
// (time and id) the store hands in, so building one stays pure; and the reading of a stored event back.
import { AUDIT_ACTIONS, type AuditAction, type Role } from '@kies/schema';
import type { PropertyMap } from './graph-data.js';
import type { Actor, AuditEvent, ProvenanceInput } from './curation.js';
import { provenanceProperties } from './curation-checks.js';

/** When an event happened and its id (time-ordered: see newAuditId). */
export interface AuditStamp {
  id: string;
  /** ISO 8601 UTC with milliseconds. */
  at: string;
}

/** An audit event and the properties it is stored with (in the same transaction as its change). */
export interface AuditRecord {
  stored: PropertyMap;
  event: AuditEvent;
}

/** A new, time-ordered audit event id: `audit-<UTC timestamp>-<random>`; ids sort by time. */
export function newAuditId(at: Date, random: string): string {
  return `audit-${at.toISOString().replace(/[-:.]/g, '')}-${random}`;
}

const clean = (map: PropertyMap): PropertyMap =>
  Object.fromEntries(Object.entries(map).filter(([, v]) => v !== null && v !== undefined));

export function auditRecord(
  stamp: AuditStamp,
  actor: Actor,
  action: AuditAction,
  target: string,
  nodeIds: string[],
  before: unknown,
  after: unknown,
  provenance: ProvenanceInput,
  undoes: string | null = null,
): AuditRecord {
  const evidence = provenanceProperties(provenance);
  const event: AuditEvent = {
    id: stamp.id,
    at: stamp.at,
    actor: actor.name,
    role: actor.role,
    action,
    target,
    nodeIds: [...new Set(nodeIds)],
    before: before === null ? null : JSON.stringify(before),
    after: after === null ? null : JSON.stringify(after),
    provenance: evidence,
    undoes,
    undoneBy: null,
  };
  const stored = clean({
    id: stamp.id,
    at: stamp.at,
    actor: actor.name,
    role: actor.role,
    action,
    target,
    nodeIds: event.nodeIds,
    before: event.before,
    after: event.after,
    undoes,
    ...evidence,
  });
  return { stored, event };
}

/** An event as stored, with the id of the event that undid it (if any), as the API reads it. */
export function storedAuditEvent(row: PropertyMap, undoneBy: unknown[] | undefined): AuditEvent {
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const action = String(row.action) as AuditAction;
  return {
    id: String(row.id),
    at: String(row.at),
    actor: String(row.actor),
    role: String(row.role) as Role,
    action: (AUDIT_ACTIONS as readonly string[]).includes(action) ? action : 'UPDATE_NODE',
    target: String(row.target),
    nodeIds: Array.isArray(row.nodeIds) ? row.nodeIds.map(String) : [],
    before: str(row.before),
    after: str(row.after),
    provenance: { sources: row.sources ?? [], quotes: row.quotes ?? [], confidence: row.confidence, note: row.note },
    undoes: str(row.undoes),
    undoneBy: undoneBy && undoneBy.length > 0 ? String(undoneBy[0]) : null,
  };
}

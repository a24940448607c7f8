// Curation as plain data: who writes, the write requests, the evidence they carry, and audit events as the API reads
// them. The checks are in curation-checks.ts, the plans the store applies in curation-plan.ts and undo-plan.ts.
import type { AuditAction, Confidence, NodeLabel, RelationshipType, Role } from '@kies/schema';
import type { GraphNode, GraphRelationship, PropertyMap } from './graph-data.js';

export interface Actor {
  name: string;
  role: Role;
}

/** The evidence of a write: sources with one quote each, or a note saying who asserted it. */
export interface ProvenanceInput {
  sources?: readonly string[] | null;
  quotes?: readonly string[] | null;
  confidence?: Confidence | null;
  note?: string | null;
}

/** Node properties a curator may write (not id, not provenance, not derived ones). `null` removes a property on update. */
export interface NodeFields {
  name?: string | null;
  fullName?: string | null;
  aliases?: readonly string[] | null;
  description?: string | null;
  nameEn?: string | null;
  code?: string | null;
  kind?: string | null;
  target?: string | null;
  amountEur?: number | null;
  amountText?: string | null;
  url?: string | null;
  /** A period: years with the words of the text that give them (the seed validator's rules). */
  periodStart?: number | null;
  periodEnd?: number | null;
  periodText?: string | null;
}

export const NODE_FIELD_NAMES = [
  'name',
  'fullName',
  'aliases',
  'description',
  'nameEn',
  'code',
  'kind',
  'target',
  'amountEur',
  'amountText',
  'url',
  'periodStart',
  'periodEnd',
  'periodText',
] as const;

export interface CreateNodeRequest {
  id: string;
  labels: readonly NodeLabel[];
  fields: NodeFields;
  provenance: ProvenanceInput;
}

export interface UpdateNodeRequest {
  /** Replaces the node's labels when given. */
  labels?: readonly NodeLabel[] | null;
  /** Only the keys present change; a key set to null is removed. */
  fields: NodeFields;
  provenance: ProvenanceInput;
  /** false (default): the write's sources and quotes are added to the node's; true: they replace them. */
  replaceProvenance?: boolean | null;
}

export interface RelationshipKey {
  type: RelationshipType;
  start: string;
  end: string;
}

export interface CreateRelationshipRequest extends RelationshipKey {
  role?: string | null;
  provenance: ProvenanceInput;
}

export interface UpdateRelationshipRequest {
  /** undefined keeps the role, null removes it. */
  role?: string | null;
  provenance: ProvenanceInput;
  replaceProvenance?: boolean | null;
}

/** An audit event as the API reads it. `before`/`after` are JSON snapshots (see snapshot types below). */
export interface AuditEvent {
  id: string;
  at: string;
  actor: string;
  role: Role;
  action: AuditAction;
  target: string;
  nodeIds: string[];
  before: string | null;
  after: string | null;
  /** The write's own provenance (sources, quotes, confidence, note). */
  provenance: PropertyMap;
  undoes: string | null;
  undoneBy: string | null;
}

/** Node snapshot in an audit event; a deleted node's snapshot also lists the relationships deleted with it. */
export interface NodeSnapshot extends GraphNode {
  relationships?: GraphRelationship[];
}

export const relationshipId = (key: RelationshipKey): string => `${key.start}>${key.type}>${key.end}`;

/** What a node write answers: the node after the change (null after a deletion) and its audit event. */
export interface NodeChange {
  node: GraphNode | null;
  audit: AuditEvent;
}

/** What a relationship write answers. */
export interface RelationshipChange {
  relationship: GraphRelationship | null;
  audit: AuditEvent;
}

// Curation over the API: the writes (each answers with its audit event), undo, and a node's audit trail.
import { request } from '../api/client';
import {
  CreateNodeDocument,
  CreateRelationshipDocument,
  DeleteNodeDocument,
  UndoChangeDocument,
  UpdateNodeDocument,
  type CreateNodeInput,
  type CreateRelationshipInput,
  type ProvenanceInput,
  type UpdateNodeInput,
} from '../api/generated/operations';
import type { AuditEvent } from './audit';

export { AuditLogDocument } from '../api/generated/operations';

/** The newest changes a node's history lists. */
export const auditLogVariables = (nodeId: string) => ({ nodeId, first: 50 });

export const createNode = async (input: CreateNodeInput): Promise<AuditEvent> =>
  (await request(CreateNodeDocument, { input })).createNode.audit;

export const updateNode = async (id: string, input: UpdateNodeInput): Promise<AuditEvent> =>
  (await request(UpdateNodeDocument, { id, input })).updateNode.audit;

export const deleteNode = async (id: string, provenance: ProvenanceInput): Promise<AuditEvent> =>
  (await request(DeleteNodeDocument, { id, provenance })).deleteNode.audit;

export const createRelationship = async (input: CreateRelationshipInput): Promise<AuditEvent> =>
  (await request(CreateRelationshipDocument, { input })).createRelationship.audit;

export const undoChange = async (auditId: string): Promise<AuditEvent> =>
  (await request(UndoChangeDocument, { auditId })).undoChange;

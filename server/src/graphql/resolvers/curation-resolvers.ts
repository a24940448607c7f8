// Curation resolvers: check the role, shape the arguments, call one store.curation operation. Validation against the
// graph model, the audit record and undo are planned in the domain (domain/curation-plan.ts, undo-plan.ts) and applied by the store.
import { roleAtLeast } from '../../auth/tokens.js';
import { NODE_FIELD_NAMES, type NodeFields, type ProvenanceInput } from '../../domain/curation.js';
import type { ApiContext } from '../context.js';
import type { MutationResolvers, QueryResolvers, Resolvers } from '../generated/resolvers-types.js';
import { requireRole } from '../auth.js';
import { badInput, checkId, intInRange } from '../arguments.js';

/** The node fields the client sent; a key sent as null stays (it means "remove" on update). */
function fieldsOf(input: Record<string, unknown>): NodeFields {
  const fields: Record<string, unknown> = {};
  for (const name of NODE_FIELD_NAMES) if (name in input) fields[name] = input[name];
  return fields as NodeFields;
}

const provenanceOf = (p: {
  sources?: readonly string[] | null;
  quotes?: readonly string[] | null;
  confidence?: 'literal' | 'inferred' | null;
  note?: string | null;
}): ProvenanceInput => ({
  sources: p.sources ?? [],
  quotes: p.quotes ?? [],
  confidence: p.confidence ?? null,
  note: p.note ?? null,
});

const editor = (context: ApiContext, what: string) => requireRole(context, 'editor', what);

const AUDIT_MAX = 200;
const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** An ISO 8601 date or instant, normalised to the stored form (UTC with milliseconds). */
function instant(value: string | null | undefined, argument: string): string | null {
  if (value == null) return null;
  const time = Date.parse(value);
  if (!INSTANT.test(value) || Number.isNaN(time))
    throw badInput(`${argument} must be an ISO 8601 date or instant, got "${value}"`, argument);
  return new Date(time).toISOString();
}

export const curationQueryResolvers: Pick<QueryResolvers, 'viewer' | 'auditLog' | 'auditEvent'> = {
  viewer: (_root, _args, context) => context.viewer,

  auditLog(_root, { nodeId, actor, since, until, first }, context) {
    editor(context, 'reading the audit trail');
    if (nodeId != null) checkId(nodeId, 'nodeId');
    return context.store.curation.auditLog({
      nodeId: nodeId ?? null,
      actor: actor ?? null,
      since: instant(since, 'since'),
      until: instant(until, 'until'),
      limit: intInRange(first, 50, 1, AUDIT_MAX, 'first'),
    });
  },

  async auditEvent(_root, { id }, context) {
    editor(context, 'reading the audit trail');
    const event = await context.store.curation.auditEvent(id);
    if (!event) throw badInput(`no audit event "${id}"`, 'id', { code: 'NOT_FOUND' });
    return event;
  },
};

export const mutationResolvers: MutationResolvers = {
  createNode(_root, { input }, context) {
    const actor = editor(context, 'createNode');
    return context.store.curation.createNode(
      { id: input.id, labels: input.labels, fields: fieldsOf(input), provenance: provenanceOf(input.provenance) },
      actor,
    );
  },

  updateNode(_root, { id, input }, context) {
    const actor = editor(context, 'updateNode');
    checkId(id, 'id');
    if (input.name === null) throw badInput('name is required and cannot be removed', 'input.name');
    return context.store.curation.updateNode(
      id,
      {
        labels: input.labels ?? null,
        fields: fieldsOf(input),
        provenance: provenanceOf(input.provenance),
        replaceProvenance: input.replaceProvenance,
      },
      actor,
    );
  },

  deleteNode(_root, { id, provenance }, context) {
    const actor = editor(context, 'deleteNode');
    checkId(id, 'id');
    return context.store.curation.deleteNode(id, provenanceOf(provenance), actor);
  },

  createRelationship(_root, { input }, context) {
    const actor = editor(context, 'createRelationship');
    checkId(input.start, 'input.start');
    checkId(input.end, 'input.end');
    return context.store.curation.createRelationship(
      {
        type: input.type,
        start: input.start,
        end: input.end,
        role: input.role ?? null,
        provenance: provenanceOf(input.provenance),
      },
      actor,
    );
  },

  updateRelationship(_root, { type, start, end, input }, context) {
    const actor = editor(context, 'updateRelationship');
    checkId(start, 'start');
    checkId(end, 'end');
    return context.store.curation.updateRelationship(
      { type, start, end },
      {
        role: 'role' in input ? input.role : undefined,
        provenance: provenanceOf(input.provenance),
        replaceProvenance: input.replaceProvenance,
      },
      actor,
    );
  },

  deleteRelationship(_root, { type, start, end, provenance }, context) {
    const actor = editor(context, 'deleteRelationship');
    checkId(start, 'start');
    checkId(end, 'end');
    return context.store.curation.deleteRelationship({ type, start, end }, provenanceOf(provenance), actor);
  },

  undoChange(_root, { auditId }, context) {
    const actor = editor(context, 'undoChange');
    return context.store.curation.undo(auditId, actor);
  },
};

export const curationTypeResolvers: Pick<Resolvers, 'Viewer' | 'AuditEvent'> = {
  Viewer: {
    name: (v) => v.name,
    role: (v) => v.role,
    canEdit: (v) => roleAtLeast(v.role, 'editor'),
  },
  AuditEvent: {
    provenance: (e) => e.provenance,
  },
};

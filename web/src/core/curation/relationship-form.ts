// The "add a relationship from this node" form: which types the model allows from the node, and the mutation input.
import { RELATIONSHIP_TYPES, relationshipSpec, type NodeLabel, type RelationshipType } from '@kies/schema';
import type { CreateRelationshipInput } from '../api/generated/operations';
import { toProvenanceInput, type ProvenanceDraft } from './provenance-input';

/** Types whose start may carry one of `labels` (the graph model's directions); the server checks again. */
export function typesFrom(labels: readonly NodeLabel[]): RelationshipType[] {
  return RELATIONSHIP_TYPES.filter((t) => relationshipSpec(t).from.some((l) => labels.includes(l)));
}

/** Labels the end of a `type` relationship may have, to tell the user what to pick. */
export function targetLabels(type: RelationshipType): readonly NodeLabel[] {
  return relationshipSpec(type).to;
}

export interface RelationshipDraft {
  /** Empty while the node's labels allow no outgoing type. */
  type: RelationshipType | '';
  target: string | null;
  role: string;
}

/**
 * No target yet sends an empty end, so the server's dangling-reference issue lands on the target picker. A draft
 * without a type has nothing to send (the form offers no types then).
 */
export function toCreateRelationshipInput(
  start: string,
  draft: RelationshipDraft & { type: RelationshipType },
  provenance: ProvenanceDraft,
): CreateRelationshipInput {
  const input: CreateRelationshipInput = {
    type: draft.type,
    start,
    end: draft.target ?? '',
    provenance: toProvenanceInput(provenance),
  };
  if (draft.role.trim()) input.role = draft.role.trim();
  return input;
}

/** The API names the end node `end`; the form calls its picker `target`. */
export const RELATIONSHIP_FIELD_ALIASES: Record<string, string> = { end: 'target' };

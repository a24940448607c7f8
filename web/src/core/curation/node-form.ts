// Node edit and create forms: drafts from a node, and drafts to UpdateNodeInput / CreateNodeInput.
import { LABELS, NODE_LABELS, type NodeLabel } from '@kies/schema';
import type { CreateNodeInput, UpdateNodeInput } from '../api/generated/operations';
import { toProvenanceInput, type ProvenanceDraft } from './provenance-input';

export interface NodeDraft {
  name: string;
  fullName: string;
  description: string;
  /** One alias per line (commas may be part of a name, so they do not separate). */
  aliases: string;
}

export interface EditableNode {
  name: string;
  fullName?: string | null;
  description?: string | null;
  aliases?: string[] | null;
}

export const EDIT_FIELDS = ['name', 'fullName', 'description', 'aliases'] as const;

export function draftFromNode(node: EditableNode): NodeDraft {
  return {
    name: node.name,
    fullName: node.fullName ?? '',
    description: node.description ?? '',
    aliases: (node.aliases ?? []).join('\n'),
  };
}

export function parseAliases(text: string): string[] {
  return [
    ...new Set(
      text
        .split('\n')
        .map((a) => a.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * Only the fields the user changed: untouched ones stay as they are on the server (the API treats a left-out
 * field as "keep"), a cleared optional field becomes null (the API removes it). The name is sent as typed, even
 * empty, so the server's own "name is required" reaches the name input.
 */
export function toUpdateInput(node: EditableNode, draft: NodeDraft, provenance: ProvenanceDraft): UpdateNodeInput {
  const before = draftFromNode(node);
  const input: UpdateNodeInput = { provenance: toProvenanceInput(provenance) };
  if (draft.name.trim() !== before.name.trim()) input.name = draft.name.trim();
  for (const key of ['fullName', 'description'] as const) {
    if (draft[key].trim() !== before[key].trim()) input[key] = draft[key].trim() || null;
  }
  const aliases = parseAliases(draft.aliases);
  if (aliases.join('\n') !== parseAliases(before.aliases).join('\n')) input.aliases = aliases.length ? aliases : null;
  return input;
}

export const changedFields = (input: UpdateNodeInput): string[] => Object.keys(input).filter((k) => k !== 'provenance');

/** Labels a curator may create a node with: all of them. */
export const CREATABLE_LABELS: readonly NodeLabel[] = NODE_LABELS;

/**
 * A kebab-case id from a label and a name: the label's id prefix (org-..., ppp-...), accents dropped, everything else
 * non-alphanumeric a dash. The server checks the id; this only suggests one.
 */
export function suggestId(label: NodeLabel, name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const prefix = LABELS[label].idPrefix;
  return slug ? `${prefix}-${slug}` : `${prefix}-`;
}

export interface CreateNodeDraft extends NodeDraft {
  id: string;
  label: NodeLabel;
  /** Sub-kind; required for labels with a closed list (a Policy is a law, strategy, ...). */
  kind: string;
}

/** The kinds a label allows, or null when its kind is free text (registry `kinds`). */
export const kindsOf = (label: NodeLabel): readonly string[] | null =>
  (LABELS[label] as { kinds?: readonly string[] }).kinds ?? null;

export function toCreateInput(draft: CreateNodeDraft, provenance: ProvenanceDraft): CreateNodeInput {
  const input: CreateNodeInput = {
    id: draft.id.trim(),
    labels: draft.label ? [draft.label] : [],
    name: draft.name.trim(),
    provenance: toProvenanceInput(provenance),
  };
  if (draft.fullName.trim()) input.fullName = draft.fullName.trim();
  if (draft.description.trim()) input.description = draft.description.trim();
  if (draft.kind.trim()) input.kind = draft.kind.trim();
  const aliases = parseAliases(draft.aliases);
  if (aliases.length) input.aliases = aliases;
  return input;
}

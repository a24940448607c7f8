// One colour and shape per node label and one colour per relationship type, as the schema's registries give them.
import {
  LABELS,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  RELATIONSHIPS,
  type NodeLabel,
  type NodeShape,
  type RelationshipType,
} from '@kies/schema';

export interface LabelStyle {
  color: string;
  shape: NodeShape;
}

export const LABEL_STYLES = Object.fromEntries(
  NODE_LABELS.map((l) => [l, { color: LABELS[l].colour, shape: LABELS[l].shape }]),
) as Record<NodeLabel, LabelStyle>;

export function labelStyle(label: NodeLabel): LabelStyle {
  return LABEL_STYLES[label];
}

export const EDGE_COLORS = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, RELATIONSHIPS[t].colour])) as Record<
  RelationshipType,
  string
>;

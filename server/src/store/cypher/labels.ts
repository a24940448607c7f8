// Whitelisted label/type fragments: the only identifiers ever placed into Cypher text.
import { BASE_LABEL, isNodeLabel, isRelationshipType, type NodeLabel, type RelationshipType } from '@kies/schema';
import { StoreError } from '../executor.js';

// This is vital to security so we do it explicitly: Cypher cannot parameterise labels or types, so
// every identifier that reaches query text is checked against the graph model first.
export function labelFragment(labels: readonly string[]): string {
  for (const label of labels) {
    if (!isNodeLabel(label)) throw new StoreError(`unknown node label "${label}"`, 'INVALID');
  }
  return labels.map((l) => `:${l}`).join('');
}

export function typeFragment(type: string): RelationshipType {
  if (!isRelationshipType(type)) throw new StoreError(`unknown relationship type "${type}"`, 'INVALID');
  return type;
}

/** Labels as the API shows them: model labels only, without the base label, sorted. */
export function modelLabels(labels: unknown): NodeLabel[] {
  return (Array.isArray(labels) ? labels : [])
    .filter((l): l is NodeLabel => l !== BASE_LABEL && isNodeLabel(String(l)))
    .sort();
}

// Property values both engines store alike. Grafeo stores maps, nested lists and lists mixing types or holding
// null; Neo4j rejects all of them. Checking here, before a statement is built, keeps the engines identical:
// a value Neo4j would refuse is refused on the embedded engine too.
import { StoreError } from '../executor.js';

type Scalar = string | number | boolean;
export type StorableValue = Scalar | Scalar[];

function scalarKind(value: unknown): 'string' | 'number' | 'boolean' | null {
  if (typeof value === 'string' || typeof value === 'boolean') return typeof value as 'string' | 'boolean';
  if (typeof value === 'number' && Number.isFinite(value)) return 'number';
  return null;
}

/**
 * Returns the properties as Neo4j stores them: null/undefined values left out (Neo4j removes a property set to
 * null), everything else must be a finite number, string, boolean, or a list of one of those kinds.
 * Throws StoreError INVALID naming the owner and property otherwise.
 */
export function storableProperties(owner: string, properties: Record<string, unknown>): Record<string, StorableValue> {
  const out: Record<string, StorableValue> = {};
  for (const [name, value] of Object.entries(properties)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) {
      const kinds = new Set(value.map(scalarKind));
      if (kinds.has(null) || kinds.size > 1) {
        throw new StoreError(
          `${owner}: property "${name}" must be a list of strings, numbers or booleans of one kind`,
          'INVALID',
        );
      }
      out[name] = value as Scalar[];
      continue;
    }
    if (scalarKind(value) === null) {
      throw new StoreError(
        `${owner}: property "${name}" must be a string, finite number, boolean or a list of those`,
        'INVALID',
      );
    }
    out[name] = value as Scalar;
  }
  return out;
}

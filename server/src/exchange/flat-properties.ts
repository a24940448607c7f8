// Flattens node/relationship properties to scalar attributes for formats without lists (GraphML, GEXF).
import { CSV_ARRAY_DELIMITER } from '@kies/schema';

export type FlatValue = string | number | boolean;

/** Lists become `|`-joined strings (the seed's own array delimiter), so a round trip can split them again. */
export function flatProperties(properties: Record<string, unknown>): Record<string, FlatValue> {
  const flat: Record<string, FlatValue> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) flat[key] = value.map(String).join(CSV_ARRAY_DELIMITER);
    else if (typeof value === 'number' || typeof value === 'boolean') flat[key] = value;
    else flat[key] = String(value);
  }
  return flat;
}

/** The attribute keys used over all items, with a type each (a key that is ever a string is a string). */
export function attributeTypes(items: Record<string, FlatValue>[]): Map<string, 'string' | 'double' | 'boolean'> {
  const types = new Map<string, 'string' | 'double' | 'boolean'>();
  for (const item of items) {
    for (const [key, value] of Object.entries(item)) {
      const type = typeof value === 'number' ? 'double' : typeof value === 'boolean' ? 'boolean' : 'string';
      const known = types.get(key);
      types.set(key, known === undefined || known === type ? type : 'string');
    }
  }
  return types;
}

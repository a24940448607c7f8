// Pure Cypher builders for the bulk load into an empty store: CREATE (no MERGE) with columnar parameters.
import {
  BASE_LABEL,
  NODE_PROPERTIES,
  RELATIONSHIP_PROPERTIES,
  type NodeLabel,
  type RelationshipType,
} from '@kies/schema';
import type { Statement } from '../executor.js';
import { StoreError } from '../executor.js';
import { labelFragment, typeFragment } from './labels.js';
import type { StorableValue } from './property-values.js';

// Property keys become identifiers in the CREATE pattern, so (like labels) only names of the graph model may
// reach the text. Parameters cannot name properties in Cypher.
function keyFragment(owner: 'node' | 'relationship', key: string): string {
  const model = owner === 'node' ? NODE_PROPERTIES : RELATIONSHIP_PROPERTIES;
  if (!Object.hasOwn(model, key)) throw new StoreError(`bulk load: unknown ${owner} property "${key}"`, 'INVALID');
  return key;
}

/**
 * Columns instead of a list of maps: one list per property (`$p0[i]`, `$p1[i]`, ...). Converting flat lists is
 * ~4x cheaper on the embedded engine than nested maps (measured: 1.3 vs 6.8 µs per row), and inline properties
 * in CREATE skip the `SET r = map` pass. Every row of a batch has exactly `keys`, so no column holds null.
 */
function columns(
  owner: 'node' | 'relationship',
  keys: readonly string[],
  rows: readonly Record<string, StorableValue>[],
) {
  const params: Record<string, StorableValue[]> = {};
  const inline = keys.map((key, k) => {
    params[`p${k}`] = rows.map((row) => row[key]!);
    return `${keyFragment(owner, key)}: $p${k}[i]`;
  });
  return { params, map: `{${inline.join(', ')}}` };
}

/** Creates one node per row, all with `labels` and exactly the property keys `keys` (which must include id). */
export function createNodesStatement(
  labels: readonly NodeLabel[],
  keys: readonly string[],
  rows: readonly Record<string, StorableValue>[],
): Statement {
  if (!keys.includes('id')) throw new StoreError('bulk load: every node needs an id', 'INVALID');
  const { params, map } = columns('node', keys, rows);
  return {
    cypher: `UNWIND range(0, $count - 1) AS i
CREATE (n:${BASE_LABEL}${labelFragment(labels)} ${map})
RETURN count(n) AS count`,
    params: { ...params, count: rows.length },
  };
}

/** Creates one relationship of `type` per row between existing nodes; every row has exactly `keys`. */
export function createRelationshipsStatement(
  type: RelationshipType,
  keys: readonly string[],
  rows: readonly { start: string; end: string; properties: Record<string, StorableValue> }[],
): Statement {
  const { params, map } = columns(
    'relationship',
    keys,
    rows.map((r) => r.properties),
  );
  return {
    cypher: `UNWIND range(0, $count - 1) AS i
MATCH (a:${BASE_LABEL} {id: $start[i]})
MATCH (b:${BASE_LABEL} {id: $end[i]})
CREATE (a)-[r:${typeFragment(type)}${keys.length > 0 ? ` ${map}` : ''}]->(b)
RETURN count(r) AS count`,
    params: { ...params, start: rows.map((r) => r.start), end: rows.map((r) => r.end), count: rows.length },
  };
}

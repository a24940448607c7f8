// Relation groups of the details panel: by type and direction, filtered by name or kind, sorted, counted.
import type { NodeLabel, RelationshipType } from '@kies/schema';
import { describe, expect, it } from 'vitest';
import { relationGroups, type RelationRow } from './relation-groups';

const node = (id: string, name: string, label: NodeLabel) => ({ id, name, label, labels: [label] });
const me = node('m', 'Missie IV', 'Mission');
const rel = (type: RelationshipType, other: ReturnType<typeof node>, out = false): RelationRow => ({
  id: `${other.id}-${type}`,
  type,
  start: out ? me.id : other.id,
  end: out ? other.id : me.id,
  startNode: out ? me : other,
  endNode: out ? other : me,
});

describe('relationGroups', () => {
  const rels = [
    rel('ADDRESSES', node('p2', 'Zeta', 'PPP')),
    rel('ADDRESSES', node('p1', 'alpha', 'PPP')),
    rel('ADDRESSES', node('k1', 'Beta', 'KeyTechnology')),
    rel('PART_OF', node('cm', '+5, -30', 'Mission'), true),
  ];
  const words = (r: RelationRow) => (r.type === 'ADDRESSES' ? 'richt zich op' : 'onderdeel van');

  it('groups by type and direction with totals, rows sorted by name or kind', () => {
    const groups = relationGroups('m', rels, '', 'name', words, (t) => t);
    expect(groups.map((g) => [g.key, g.total])).toEqual([
      ['<ADDRESSES', 3],
      ['PART_OF>', 1],
    ]);
    expect(groups[0]!.rows.map((r) => r.other.name)).toEqual(['alpha', 'Beta', 'Zeta']);
    const byKind = relationGroups('m', rels, '', 'kind', words, (t) => t);
    expect(byKind[0]!.rows.map((r) => r.other.name)).toEqual(['Beta', 'alpha', 'Zeta']);
    // Sorted by the name the list shows (an English name in English), not the stored Dutch one.
    const shown = (n: { name: string }) => (n.name === 'Zeta' ? 'Aardvark' : n.name);
    const byShown = relationGroups('m', rels, '', 'name', words, (t) => t, shown);
    expect(byShown[0]!.rows.map((r) => r.other.name)).toEqual(['Zeta', 'alpha', 'Beta']);
  });

  it('filters on the other node name and the relation words, keeping the totals', () => {
    const groups = relationGroups('m', rels, 'ZET', 'name', words, (t) => t);
    expect(groups.map((g) => [g.key, g.rows.length, g.total])).toEqual([
      ['<ADDRESSES', 1, 3],
      ['PART_OF>', 0, 1],
    ]);
    expect(relationGroups('m', rels, 'onderdeel', 'name', words, (t) => t).map((g) => g.rows.length)).toEqual([0, 1]);
  });
});

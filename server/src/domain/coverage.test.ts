// coverageEntries: store rows (a node with the missions it addresses) into one matrix cell per (mission, label).
import { describe, expect, it } from 'vitest';
import { coverageEntries } from './coverage.js';
import type { GraphNode } from './graph-data.js';

const node = (id: string, ...labels: GraphNode['labels']): GraphNode => ({ id, labels, properties: { name: id } });

describe('coverageEntries', () => {
  it('puts a node in the cell of each of its wanted labels for each mission it addresses, keeping row order', () => {
    const rows = [
      { missionIds: ['mission-ii', 'mission-i'], member: node('a', 'PPP', 'NGFProject') },
      { missionIds: ['mission-i'], member: node('b', 'PPP') },
      { missionIds: ['mission-i'], member: node('c', 'Programme') },
    ];
    const entries = coverageEntries(['mission-ii', 'mission-i'], ['PPP', 'NGFProject'], rows);
    expect(entries.map((e) => [e.missionId, e.label, e.members.map((m) => m.id)])).toEqual([
      ['mission-i', 'NGFProject', ['a']],
      ['mission-i', 'PPP', ['a', 'b']],
      ['mission-ii', 'NGFProject', ['a']],
      ['mission-ii', 'PPP', ['a']],
    ]);
  });

  it('keeps empty cells and ignores missions it was not given', () => {
    const entries = coverageEntries(['mission-i'], ['PPP'], [{ missionIds: ['mission-x'], member: node('a', 'PPP') }]);
    expect(entries).toEqual([{ missionId: 'mission-i', label: 'PPP', members: [] }]);
  });
});

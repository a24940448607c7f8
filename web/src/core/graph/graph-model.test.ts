// Refreshing the drawn graph around a node a write touched.
import { describe, expect, it } from 'vitest';
import { buildGraph, replaceAround } from './graph-model';
import { edge as fixtureEdge, node as fixtureNode } from '../test-fixtures';

// PPPs linked by ADDRESSES; a second argument renames a node (a curated rename reaching the drawn graph).
const node = (id: string, name = id) => fixtureNode(id, 'PPP', { name });
const edge = (s: string, t: string) => fixtureEdge('ADDRESSES', s, t);

describe('replaceAround', () => {
  const model = buildGraph([node('a'), node('b'), node('c')], [edge('a', 'b'), edge('b', 'c')]);

  it('updates the node, replaces its edges, and adds no neighbour that was not drawn', () => {
    const next = replaceAround(model, 'a', {
      nodes: [node('a', 'A2'), node('c'), node('x')],
      edges: [edge('a', 'c'), edge('a', 'x')],
    });
    expect(next.nodes.get('a')?.name).toBe('A2');
    expect([...next.nodes.keys()]).toEqual(['a', 'b', 'c']);
    expect([...next.edges.keys()].sort()).toEqual(['ADDRESSES:a->c', 'ADDRESSES:b->c']);
    expect(model.edges.has('ADDRESSES:a->b')).toBe(true);
  });

  it('removes a deleted node with its edges; re-adds a restored one', () => {
    const gone = replaceAround(model, 'b', null);
    expect([...gone.nodes.keys()]).toEqual(['a', 'c']);
    expect(gone.edges.size).toBe(0);
    const back = replaceAround(gone, 'b', { nodes: [node('b'), node('a')], edges: [edge('a', 'b')] });
    expect(back.nodes.has('b')).toBe(true);
    expect([...back.edges.keys()]).toEqual(['ADDRESSES:a->b']);
  });
});

// Path requests (variables, highlight) and grouping results by target: direct links first, indirect ones with what they run through.
import { describe, expect, it } from 'vitest';
import { groupPathsByTarget, pathHighlight, pathVariables, type PathLike } from './paths';

const node = (id: string, name = id) => ({ id, name, labels: ['PPP' as const] });
const path = (...ids: string[]): PathLike => ({
  length: ids.length - 1,
  nodes: ids.map((id) => node(id)),
  hops: ids.slice(1).map((to, i) => ({
    direction: 'FORWARD' as const,
    from: node(ids[i]!),
    to: node(to),
    relationship: { id: `${ids[i]}>X>${to}`, type: 'ADDRESSES', start: ids[i]!, end: to },
  })),
});

describe('groupPathsByTarget', () => {
  it('puts targets with a one-hop path first, and says what the others run through', () => {
    const { direct, indirect } = groupPathsByTarget([
      path('m4', 'cm', 'zeta'),
      path('m4', 'alpha'),
      path('m4', 'cm', 'alpha'),
      path('m4', 'iza', 'beta'),
      path('m4', 'cm', 'beta'),
    ]);
    expect(direct.map((g) => g.target.id)).toEqual(['alpha']);
    expect(direct[0]!.paths.map((p) => p.length)).toEqual([1, 2]);
    expect(indirect.map((g) => [g.target.id, g.via.map((v) => v.id)])).toEqual([
      ['beta', ['iza', 'cm']],
      ['zeta', ['cm']],
    ]);
  });
});

describe('path requests', () => {
  it('asks for all PPPs by label, or one node', () => {
    expect(pathVariables({ from: 'mission-iv', to: 'label:PPP' })).toMatchObject({ toLabels: ['PPP'] });
    expect(pathVariables({ from: 'a', to: 'b' })).toMatchObject({ to: 'b' });
    const n = { id: 'a', labels: ['PPP' as const], name: 'A' };
    const h = pathHighlight([{ length: 1, nodes: [n, { ...n, id: 'b' }], hops: [{ relationship: { id: 'r' } }] }]);
    expect([...h.nodeIds]).toEqual(['a', 'b']);
    expect([...h.edgeIds]).toEqual(['r']);
  });
});

// Placing new nodes (an expansion) near their neighbours, and the concentric layout around the missions.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph/graph-model';
import { MINI_EDGES, MINI_NODES } from '../test-fixtures';
import { placeNewNodes } from './placement';
import { concentricByMission } from './concentric';

describe('layouts', () => {
  const model = buildGraph(MINI_NODES, MINI_EDGES);
  it('places new nodes near their neighbours without moving placed ones', () => {
    const placed = { 'ppp-aboard': { x: 1000, y: 500 } };
    const out = placeNewNodes(model, placed, ['org-umc']);
    expect(Object.keys(out)).toEqual(['org-umc']);
    expect(Math.hypot(out['org-umc']!.x - 1000, out['org-umc']!.y - 500)).toBeLessThan(200);
  });
  it('puts nodes without a placed neighbour in rows below, far enough apart for their cut labels', () => {
    const lonely = buildGraph(
      ['org-a', 'org-b', 'org-c', 'org-d'].map((id) => ({ ...MINI_NODES.find((n) => n.id === 'org-umc')!, id })),
      [],
    );
    const out = placeNewNodes(lonely, { 'mission-iv': { x: 0, y: 0 } }, ['org-a', 'org-b', 'org-c', 'org-d']);
    const xs = ['org-a', 'org-b', 'org-c', 'org-d'].map((id) => out[id]!.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(96);
    for (const id of ['org-a', 'org-b', 'org-c', 'org-d']) expect(out[id]!.y).toBeGreaterThan(100);
  });
  it('concentric: missions in the middle, everything placed', () => {
    const p = concentricByMission(model);
    expect(Object.keys(p)).toHaveLength(MINI_NODES.length);
    const r = (id: string) => Math.hypot(p[id]!.x, p[id]!.y);
    expect(r('mission-iv')).toBeLessThan(r('ppp-aboard'));
    expect(r('ppp-aboard')).toBeLessThan(r('org-umc'));
  });
});

// The start figure's elements: what the app's hooks would compute, ready for Cytoscape's constructor.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph/graph-model';
import { computeKiesLayout } from '../kies-layout/kies-layout';
import { MINI_EDGES, MINI_NODES } from '../test-fixtures';
import { constructorElements, startFigure } from './start-figure';
import { toCyElements, visibleNodeIds } from './to-elements';

const model = buildGraph(MINI_NODES, MINI_EDGES);
const translate = (k: string) => `T:${k}`;

describe('startFigure', () => {
  it('gives the elements, positions and visible set the KIES view computes for its default state', () => {
    const start = startFigure(model, translate);
    const kies = computeKiesLayout(model);
    for (const [id, at] of Object.entries(kies.positions)) expect(start.positions[id]).toEqual(at);
    expect([...start.visible].sort()).toEqual([...visibleNodeIds(model, new Set(), null, [])].sort());
    const own = toCyElements(model, {
      positions: start.positions,
      decor: kies.decor,
      rowOf: kies.rowOf,
      translate,
      placedOnly: true,
      figure: true,
      activeRow: null,
    });
    expect(start.elements).toEqual(own);
  });
});

describe('constructorElements', () => {
  it('sets positions, hides what is not visible and keeps each element own classes in data.cls', () => {
    const start = startFigure(model, translate);
    const hidden = 'ppp-aboard';
    const visible = new Set([...start.visible].filter((id) => id !== hidden));
    const moved = { ...start.positions, 'mission-iv': { x: 1, y: 2 } };
    const els = constructorElements(start.elements, moved, visible);
    expect(els).toHaveLength(start.elements.length);
    const byId = new Map(els.map((e) => [e.data.id, e]));
    expect(byId.get(hidden)!.classes).toMatch(/(^| )hidden$/);
    expect(byId.get(hidden)!.data.cls).toBe(start.elements.find((e) => e.data.id === hidden)!.classes ?? '');
    expect(byId.get('mission-iv')!.position).toEqual({ x: 1, y: 2 });
    expect(byId.get('mission-iv')!.classes).not.toMatch(/hidden/);
    const decor = els.find((e) => e.data.decor)!;
    expect(decor.classes).not.toMatch(/hidden/);
    expect(decor.position).toEqual(start.elements.find((e) => e.data.id === decor.data.id)!.position);
    // The input is left as it was.
    expect(start.elements.some((e) => /hidden/.test(String(e.classes ?? '')))).toBe(false);
  });
});

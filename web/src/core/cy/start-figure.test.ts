// The start figure's elements: what the app's hooks would compute, ready for Cytoscape's constructor.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph/graph-model';
import { computeKiesLayout } from '../kies-layout/kies-layout';
import { translator } from '../i18n/i18n';
import { MINI_EDGES, MINI_NODES, node } from '../test-fixtures';
import { namedIn } from './figure-names';
import { constructorElements, startFigure } from './start-figure';
import { toCyElements, visibleNodeIds } from './to-elements';

const model = buildGraph(MINI_NODES, MINI_EDGES);

describe('startFigure', () => {
  it('gives the elements, positions and visible set the KIES view computes for its default state', () => {
    const start = startFigure(model, 'nl');
    const kies = computeKiesLayout(model);
    for (const [id, at] of Object.entries(kies.positions)) expect(start.positions[id]).toEqual(at);
    expect([...start.visible].sort()).toEqual([...visibleNodeIds(model, new Set(), null, [])].sort());
    const own = toCyElements(model, {
      positions: start.positions,
      decor: kies.decor,
      rowOf: kies.rowOf,
      translate: translator('nl'),
      placedOnly: true,
      figure: true,
      activeRow: null,
    });
    expect(start.elements).toEqual(own);
  });

  it('names nodes in the interface language, laid out as loaded', () => {
    const english = buildGraph(
      [
        ...MINI_NODES.filter((n) => n.id !== 'mission-iv'),
        node('mission-iv', 'Mission', {
          name: 'Missie IV: Mensen met dementie',
          nameEn: 'Mission IV: People with dementia',
          code: 'IV',
        }),
      ],
      MINI_EDGES,
    );
    const en = startFigure(english, 'en');
    const nl = startFigure(english, 'nl');
    expect(en.positions).toEqual(nl.positions);
    const label = (f: typeof en) => String(f.elements.find((e) => e.data.id === 'mission-iv')!.data.label);
    expect(label(nl)).toMatch(/dementie/);
    expect(label(en)).toMatch(/dementia/);
    expect(en.elements.find((e) => e.data.id === 'mission-iv')).toEqual(
      toCyElements(namedIn(english, 'en'), { positions: en.positions, placedOnly: true, figure: true }).find(
        (e) => e.data.id === 'mission-iv',
      ),
    );
  });
});

describe('constructorElements', () => {
  it('sets positions, hides what is not visible and keeps each element own classes in data.cls', () => {
    const start = startFigure(model, 'nl');
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

// Graph -> Cytoscape elements: one array, nodes before their edges, filters, escaping left to the canvas.
import { describe, expect, it } from 'vitest';
import { buildGraph, mergeGraph } from '../graph/graph-model';
import { MINI_EDGES, MINI_NODES, node } from '../test-fixtures';
import { displayLabel, toCyElements, visibleNodeIds } from './to-elements';
import { computeKiesLayout } from '../kies-layout/kies-layout';

const model = buildGraph(MINI_NODES, MINI_EDGES);

describe('toCyElements', () => {
  it('emits every node and edge once, decor first, with colour, shape and label data', () => {
    const kies = computeKiesLayout(model);
    const els = toCyElements(model, {
      positions: kies.positions,
      decor: kies.decor,
      rowOf: kies.rowOf,
      translate: (k) => `T:${k}`,
    });
    const nodes = els.filter((e) => e.group === 'nodes' && !e.data.decor);
    const edges = els.filter((e) => e.group === 'edges');
    expect(nodes).toHaveLength(MINI_NODES.length);
    expect(edges).toHaveLength(MINI_EDGES.length);
    expect(els[0]!.data.decor).toBe(true);
    const aboard = nodes.find((n) => n.data.id === 'ppp-aboard')!;
    expect(aboard.data).toMatchObject({ label: 'ABOARD', kind: 'PPP', shape: 'ellipse' });
    expect(aboard.position).toEqual(kies.positions['ppp-aboard']);
    expect(els.find((e) => e.data.id === 'decor-lane-ministries')!.data.label).toBe('T:lane.ministries');
  });

  it('marks the ADDRESSES edge implied by the row, and NGF projects and inferred edges by class', () => {
    const kies = computeKiesLayout(model);
    const els = toCyElements(model, { rowOf: kies.rowOf });
    const byId = (id: string) => els.find((e) => e.data.id === id)!;
    expect(byId('ADDRESSES:ppp-aboard->mission-iv').data.implied).toBe(true);
    expect(byId('ADDRESSES:ppp-aboard->mission-cm').data.implied).toBe(false);
    expect(byId('ADDRESSES:ppp-aboard->mission-cm').classes).toContain('inferred');
    expect(byId('ppp-health-ri').classes).toContain('ngf');
  });

  it('cuts labels with the given fitter, except missions and ministries (their own rules size them)', () => {
    const fitLabel = { normal: (t: string) => `${t.slice(0, 3)}…`, bold: (t: string) => `${t.slice(0, 2)}…` };
    const els = toCyElements(model, { fitLabel });
    const aboard = els.find((e) => e.data.id === 'ppp-aboard')!;
    expect(aboard.data).toMatchObject({ label: 'ABO…', labelBold: 'AB…' });
    const mission = els.find((e) => e.data.id === 'mission-iv')!;
    expect(mission.data.label).toBe(mission.data.labelBold);
    expect(mission.data.label).toBe(displayLabel(MINI_NODES.find((n) => n.id === 'mission-iv')!));
    expect(els.find((e) => e.group === 'edges')!.data.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('keeps markup in names as plain data (Cytoscape draws labels as canvas text)', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const els = toCyElements(buildGraph([node('ppp-evil', 'PPP', { name: evil })], []));
    expect(els[0]!.data.label).toBe(displayLabel({ id: 'ppp-evil', name: evil }));
    expect(displayLabel({ id: 'x', name: 'a'.repeat(40) })).toHaveLength(28);
  });

  it('placedOnly leaves out nodes without a position and their edges', () => {
    const kies = computeKiesLayout(model);
    const { 'ppp-aboard': _aboard, ...rest } = kies.positions;
    const els = toCyElements(model, { positions: rest, placedOnly: true });
    expect(els.some((e) => e.data.id === 'ppp-aboard')).toBe(false);
    expect(els.some((e) => e.data.source === 'ppp-aboard' || e.data.target === 'ppp-aboard')).toBe(false);
    expect(els.filter((e) => e.group === 'nodes')).toHaveLength(MINI_NODES.filter((n) => rest[n.id]).length);
    expect(toCyElements(model, { placedOnly: true })).toEqual([]);
  });

  it('drops edges whose ends are not loaded, and merging keeps existing nodes', () => {
    const m = mergeGraph(
      model,
      [node('org-new', 'Organisation')],
      [{ ...MINI_EDGES[0]!, id: 'x', source: 'org-new', target: 'missing' }],
    );
    expect(m.edges.has('x')).toBe(false);
    expect(m.nodes.size).toBe(model.nodes.size + 1);
    expect(model.nodes.has('org-new')).toBe(false);
  });
});

describe('toCyElements for the KIES figure', () => {
  it('gives figure nodes short names and class fig, hides relations between them, and marks the filtered row', () => {
    const kies = computeKiesLayout(model);
    const els = toCyElements(model, {
      positions: kies.positions,
      decor: kies.decor,
      rowOf: kies.rowOf,
      figure: true,
      activeRow: 'mission-iv',
    });
    const byId = (id: string) => els.find((e) => e.data.id === id)!;
    expect(byId('ppp-aboard').classes).toContain('fig');
    expect(byId('ppp-aboard').data.title).toBe('ABOARD — A Personalized Medicine Approach for Alzheimer’s Disease');
    expect(byId('mission-iv').data.label).toBe('Mensen met dementie');
    expect(byId('org-umc').classes).not.toContain('fig');
    expect(byId('ADDRESSES:ppp-aboard->mission-iv').classes).toContain('quiet');
    expect(byId('decor-mission-iv').classes).toContain('active');
    expect(byId('decor-mission-cm').classes).not.toContain('active');
    // The network view keeps its own look.
    const network = toCyElements(model, {});
    expect(network.find((e) => e.data.id === 'ppp-aboard')!.classes).not.toContain('fig');
    expect(network.filter((e) => e.group === 'edges' && String(e.classes).includes('quiet'))).toEqual([]);
  });
});

describe('visibleNodeIds', () => {
  it('hides toggled labels', () => {
    const v = visibleNodeIds(model, new Set(['PPP']), null);
    expect(v.has('ppp-aboard')).toBe(false);
    expect(v.has('mission-iv')).toBe(true);
  });

  it('a mission filter keeps the mission and what addresses it directly, not one hop further', () => {
    const v = visibleNodeIds(model, new Set(), 'mission-iv');
    expect([...v].sort()).toEqual(['mission-iv', 'ppp-aboard', 'programme-mjp-87']);
  });

  it('under a mission filter, an expanded member also shows its neighbours', () => {
    const v = visibleNodeIds(model, new Set(), 'mission-iv', ['ppp-aboard']);
    expect(v.has('org-umc')).toBe(true);
    expect(v.has('ppp-health-ri')).toBe(false);
  });
});

// The KIES lane layout: lanes left to right, mission rows top to bottom (CM first), deterministic.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph/graph-model';
import { placeNewNodes } from '../layout/placement';
import { edge, MINI_EDGES, MINI_NODES, node } from '../test-fixtures';
import { COL_W, computeKiesLayout, LINE_H } from './kies-layout';
import { FIGURE_LABELS, laneOfLabel } from './lanes';

const model = buildGraph(MINI_NODES, MINI_EDGES);

describe('computeKiesLayout', () => {
  const layout = computeKiesLayout(model);
  const p = layout.positions;

  it('puts lanes left to right: ministries, routes, technologies, PPPs, missions', () => {
    expect(p['ministry-vws']!.x).toBeLessThan(p['care-iza']!.x);
    expect(p['care-iza']!.x).toBeLessThan(p['programme-mjp-87']!.x);
    expect(p['programme-mjp-87']!.x).toBeLessThan(p['ppp-aboard']!.x);
    expect(p['ppp-aboard']!.x).toBeLessThan(p['mission-iv']!.x);
  });

  it('orders mission rows like Figuur 5 (central mission on top) whatever the input order', () => {
    expect(p['mission-cm']!.y).toBeLessThan(p['mission-i']!.y);
    expect(p['mission-i']!.y).toBeLessThan(p['mission-iv']!.y);
    expect(layout.rows.map((r) => r.id).slice(0, 3)).toEqual(['mission-cm', 'mission-i', 'mission-iv']);
  });

  it('places a node in the row of its literal mission, not an inferred one', () => {
    expect(layout.rowOf['ppp-aboard']).toBe('mission-iv');
    const row = layout.rows.find((r) => r.id === 'mission-iv')!;
    expect(p['ppp-aboard']!.y).toBeGreaterThan(row.y);
    expect(p['ppp-aboard']!.y).toBeLessThan(row.y + row.h);
  });

  it('gives nodes without a mission their own row, and core elements a bottom band', () => {
    expect(layout.rows.at(-1)!.id).toBe('row-none');
    expect(p['ppp-orphan']!.y).toBeGreaterThan(p['mission-iv']!.y);
    expect(p['core-baten']!.y).toBeGreaterThan(p['ppp-orphan']!.y);
    expect(layout.decor.some((d) => d.titleKey === 'band.core')).toBe(true);
  });

  it('leaves labels outside the figure (organisations) to the placement', () => {
    expect(p['org-umc']).toBeUndefined();
    expect(FIGURE_LABELS).not.toContain('Organisation');
    expect(laneOfLabel('NGFProject')).toBe('ppp');
  });

  it('is deterministic: same graph in another order, same positions', () => {
    const shuffled = computeKiesLayout(buildGraph([...MINI_NODES].reverse(), [...MINI_EDGES].reverse()));
    expect(shuffled.positions).toEqual(p);
  });

  it('never stacks two nodes on one spot', () => {
    const spots = Object.values(p).map((q) => `${q.x},${q.y}`);
    expect(new Set(spots).size).toBe(spots.length);
  });

  it('places expanded nodes (40 teams around the lowest ministry and a core element) clear of every title', () => {
    const teams = Array.from({ length: 40 }, (_, i) => node(`team-${i}`, 'Team', { name: `Team ${i}` }));
    const links = teams.flatMap((t, i) => [
      edge('PARTNER_IN', 'ministry-vws', t.id),
      ...(i % 2 ? [edge('APPLIES_TO', t.id, 'core-baten')] : []),
    ]);
    const expanded = buildGraph([...MINI_NODES, ...teams], [...MINI_EDGES, ...links]);
    const kies = computeKiesLayout(expanded);
    const placed = placeNewNodes(
      expanded,
      kies.positions,
      teams.map((t) => t.id),
      kies.titleAreas,
    );
    const bands = kies.titleAreas.filter((_, i) => kies.decor[i]!.kind === 'band');
    expect(bands.length).toBeGreaterThan(0);
    // A team's shape and label (about 96 x 48 around its position) never reach into a title area.
    const covers = Object.entries(placed).filter(([, p]) =>
      kies.titleAreas.some((r) => p.x + 48 > r.x && p.x - 48 < r.x + r.w && p.y + 34 > r.y && p.y - 14 < r.y + r.h),
    );
    expect(covers).toEqual([]);
    // Without the title areas the same placement does cover a band title: the test sees the defect.
    const naive = placeNewNodes(
      expanded,
      kies.positions,
      teams.map((t) => t.id),
    );
    expect(
      Object.values(naive).some((p) => bands.some((r) => p.x > r.x && p.x < r.x + r.w && p.y > r.y && p.y < r.y + r.h)),
    ).toBe(true);
  });
  it('keeps every figure node inside the figure area, names listed down a column first', () => {
    const a = layout.figureArea;
    for (const q of Object.values(p)) {
      expect(q.x).toBeGreaterThan(a.x);
      expect(q.x).toBeLessThan(a.x + a.w);
      expect(q.y).toBeGreaterThan(a.y);
      expect(q.y).toBeLessThan(a.y + a.h);
    }
    // A cell lists its names down a column first, one line apart: with ABOARD, four PPPs in mission IV's row of
    // three lines (ABOARD, PPP-A, PPP-B in the first column, PPP-C at the top of the next).
    const extra = ['ppp-a', 'ppp-b', 'ppp-c'].map((id) => node(id, 'PPP', { name: id.toUpperCase() }));
    const m = buildGraph(
      [...MINI_NODES, ...extra],
      [...MINI_EDGES, ...extra.map((n) => edge('ADDRESSES', n.id, 'mission-iv'))],
    );
    const q = computeKiesLayout(m).positions;
    expect(q['ppp-b']!.x).toBe(q['ppp-a']!.x);
    expect(q['ppp-b']!.y - q['ppp-a']!.y).toBe(LINE_H);
    expect(q['ppp-c']!.x - q['ppp-a']!.x).toBe(COL_W);
    expect(q['ppp-c']!.y).toBe(q['ppp-aboard']!.y);
  });
});

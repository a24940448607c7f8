// The neighbourhood's pure parts (frontier order, node selection, the relationship plan: every pair covered once),
// and the same answers with degrees from the between-writes cache and from per-call statements (Neo4j's path).
import { describe, expect, it } from 'vitest';
import {
  byDegree,
  countCap,
  planRelationships,
  selectNodes,
  HUB_DEGREE,
  SCAN_DEGREE,
  type Degree,
} from '../../server/src/store/neighbourhood.js';
import { GrafeoExecutor } from '../../server/src/store/grafeo-executor.js';
import { CypherKiesStore } from '../../server/src/store/kies-store.js';
import { hubGraph } from '../contract/cases/neighbourhood-ops.js';
import { readSeedGraph } from '../../server/src/seed-graph.js';

const degrees = (entries: Record<string, [number, number]>) =>
  new Map<string, Degree>(Object.entries(entries).map(([id, [out, inn]]) => [id, { out, in: inn }]));

describe('neighbourhood selection', () => {
  const hubs = degrees({ h1: [HUB_DEGREE + 1, 0], h2: [0, 500] });

  it('orders a frontier: non-hubs in ring order (whatever their exact degree), then hubs by ascending degree', () => {
    expect(byDegree(['h2', 'a', 'h1', 'b'], hubs)).toEqual(['a', 'b', 'h1', 'h2']);
    expect(byDegree(['h2', 'a', 'b'], degrees({ a: [HUB_DEGREE, 0], b: [1, 0], h2: [0, 500] }))).toEqual([
      'a',
      'b',
      'h2',
    ]);
  });

  it('keeps whole rings while they fit, then non-hubs before hubs in the ring that does not', () => {
    const rings = [['c'], ['h2', 'x'], ['h1', 'y', 'z', 'w']];
    expect(selectNodes(rings, 10, hubs)).toEqual(['c', 'h2', 'x', 'h1', 'y', 'z', 'w']);
    expect(selectNodes(rings, 5, hubs)).toEqual(['c', 'h2', 'x', 'y', 'z']);
    expect(selectNodes(rings, 6, hubs)).toEqual(['c', 'h2', 'x', 'y', 'z', 'w']);
    expect(selectNodes([['c'], ['h2', 'h1', 'a']], 3, hubs)).toEqual(['c', 'a', 'h1']);
  });

  it('counts far enough past the limit that `truncated` stays exact', () => {
    expect(countCap(200)).toBe(1000);
    expect(countCap(0)).toBe(1);
  });
});

describe('relationship plan', () => {
  /** Every ordered pair (s, e) of kept nodes must be read by exactly one part of the plan. */
  function coverage(kept: string[], plan: ReturnType<typeof planRelationships>) {
    const readOut = new Set(plan.readOut);
    const readIn = new Set(plan.readIn);
    const outHubs = new Set(plan.outHubs);
    const pairs = new Set([...plan.fromStart, ...plan.fromEnd].map((p) => `${p.start}>${p.end}`));
    for (const s of kept) {
      for (const e of kept) {
        const readers = [readOut.has(s), readIn.has(e) && outHubs.has(s), pairs.has(`${s}>${e}`)].filter(
          Boolean,
        ).length;
        expect(readers, `${s} -> ${e}`).toBe(1);
      }
    }
  }

  it('reads every node whole when no node has many outgoing relationships', () => {
    const kept = ['c', 'a', 'b', 'h'];
    const plan = planRelationships(kept, degrees({ h: [3, 5000] }));
    expect(plan).toMatchObject({ readOut: kept, readIn: [], outHubs: [], fromStart: [], fromEnd: [] });
    coverage(kept, plan);
  });

  it('reads a hub with many outgoing relationships from its other ends, and hub pairs one by one', () => {
    const kept = ['c', 'o', 'i', 'oi', 'a'];
    const plan = planRelationships(
      kept,
      degrees({
        o: [5000, 10], // many outgoing: read from the other end
        oi: [4000, 3000], // many both ways: its pairs with in-hubs are checked
        i: [2, 200], // many incoming
      }),
    );
    expect(plan.outHubs.sort()).toEqual(['o', 'oi']);
    expect(plan.readIn.sort()).toEqual(['a', 'c', 'o']);
    expect(plan.fromEnd).toContainEqual({ start: 'o', end: 'i' });
    coverage(kept, plan);
  });

  it('reads a hub whole when checking its pairs would read more', () => {
    const kept = ['c', 'o', 'i1', 'i2'];
    const plan = planRelationships(kept, degrees({ o: [SCAN_DEGREE + 50, 0], i1: [0, 5000], i2: [0, 5000] }));
    expect(plan.outHubs).toEqual([]);
    expect(plan.readOut).toEqual(kept);
    coverage(kept, plan);
  });
});

describe('degree sources', () => {
  it('answers the same with cached degrees and with degrees asked per call', async () => {
    const executor = GrafeoExecutor.open(null);
    const cached = new CypherKiesStore(executor);
    const uncached = new CypherKiesStore(executor, { analysisCache: false });
    await cached.ensureSchema();
    await cached.importGraph(hubGraph());
    await cached.importGraph(readSeedGraph());
    const seedIds = readSeedGraph()
      .nodes.filter((_, i) => i % 37 === 0)
      .map((n) => n.id);
    const calls: [string, number, number][] = [
      ['activity-c', 1, 10],
      ['activity-c', 2, 6],
      ['ppp-hub', 2, 50],
      ['org-leaf-3', 3, 40],
    ];
    for (const seedId of seedIds) calls.push([seedId, 2, 30], [seedId, 3, 200]);
    for (const [id, depth, limit] of calls) {
      const [a, b] = await Promise.all([
        cached.neighbourhood(id, depth, null, null, limit),
        uncached.neighbourhood(id, depth, null, null, limit),
      ]);
      expect(
        b.nodes.map((n) => n.id),
        `${id} depth ${depth}`,
      ).toEqual(a.nodes.map((n) => n.id));
      expect(b.relationships.length).toBe(a.relationships.length);
      expect(b.totalNodes).toBe(a.totalNodes);
    }
    await cached.close();
  });
});

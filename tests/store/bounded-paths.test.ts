// Paths between two nodes from compact adjacency (domain/bounded-paths.ts via store/path-reads.ts) equal the Cypher
// statement's answers on the seed, path by path, and follow writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeLabel, RelationshipType } from '@kies/schema';
import { readSeedGraph } from '../../server/src/seed-graph.js';
import { GrafeoExecutor } from '../../server/src/store/grafeo-executor.js';
import { CypherKiesStore } from '../../server/src/store/kies-store.js';
import { seededRandom } from '../../bench/src/synthetic-graph.js';

const alice = { name: 'alice', role: 'editor' as const };

describe('bounded paths on the embedded store', () => {
  const seed = readSeedGraph();
  let bounded: CypherKiesStore;
  let cypher: CypherKiesStore;
  beforeAll(async () => {
    bounded = new CypherKiesStore(GrafeoExecutor.open(null));
    cypher = new CypherKiesStore(GrafeoExecutor.open(null), { analysisCache: false });
    for (const store of [bounded, cypher]) {
      await store.ensureSchema();
      await store.importGraph(seed);
    }
  });
  afterAll(async () => {
    await bounded?.close();
    await cypher?.close();
  });

  it('gives the same paths as the Cypher statement over 150 seed pairs (lengths, types, via labels, limits)', async () => {
    const random = seededRandom(15);
    const adjacent = new Map<string, string[]>();
    for (const r of seed.relationships) {
      (adjacent.get(r.start) ?? adjacent.set(r.start, []).get(r.start)!).push(r.end);
      (adjacent.get(r.end) ?? adjacent.set(r.end, []).get(r.end)!).push(r.start);
    }
    const ids = [...adjacent.keys()];
    const variants: { maxLength: number; types: RelationshipType[] | null; via: NodeLabel[] | null; limit: number }[] =
      [
        { maxLength: 3, types: null, via: null, limit: 50 },
        { maxLength: 2, types: null, via: null, limit: 5 },
        { maxLength: 3, types: ['ADDRESSES', 'PARTNER_IN'], via: null, limit: 50 },
        { maxLength: 3, types: null, via: ['Mission', 'PPP'], limit: 20 },
        { maxLength: 1, types: null, via: null, limit: 1 },
      ];
    let paths = 0;
    for (let i = 0; i < 150; i++) {
      // Ends 1-3 hops apart by a random walk, and now and then any two nodes.
      const from = ids[Math.floor(random() * ids.length)]!;
      let to = from;
      const steps = 1 + Math.floor(random() * 3);
      for (let s = 0; s < steps; s++) to = adjacent.get(to)![Math.floor(random() * adjacent.get(to)!.length)]!;
      if (i % 10 === 0) to = ids[Math.floor(random() * ids.length)]!;
      const request = { from, to, toLabels: null, ...variants[i % variants.length]! };
      const [a, b] = await Promise.all([bounded.paths(request), cypher.paths(request)]);
      expect(a, JSON.stringify(request)).toEqual(b);
      paths += a.length;
    }
    expect(paths).toBeGreaterThan(300);
  });

  it('follows writes: a new relationship makes a new path, undo removes it', async () => {
    // A PPP with no relationship to mission V in the seed.
    const linked = new Set(
      seed.relationships
        .filter((r) => r.end === 'mission-v' || r.start === 'mission-v')
        .flatMap((r) => [r.start, r.end]),
    );
    const ppp = seed.nodes.find((n) => n.labels.includes('PPP') && !linked.has(n.id))!.id;
    const request = { from: ppp, to: 'mission-v', toLabels: null, maxLength: 1, via: null, types: null, limit: 10 };
    expect(await bounded.paths(request)).toEqual([]);
    const change = await bounded.curation.createRelationship(
      { type: 'ADDRESSES', start: ppp, end: 'mission-v', provenance: { note: 'path test' } },
      alice,
    );
    const [path] = await bounded.paths(request);
    expect(path?.hops.map((h) => [h.from, h.relationship.type, h.to, h.forward])).toEqual([
      [ppp, 'ADDRESSES', 'mission-v', true],
    ]);
    expect(path?.hops[0]?.relationship.properties).toMatchObject({ confidence: 'inferred' });
    await bounded.curation.undo(change.audit.id, alice);
    expect(await bounded.paths(request)).toEqual([]);
  });
});

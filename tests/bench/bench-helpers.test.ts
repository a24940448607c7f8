// The benchmark's own building blocks: the synthetic generator is deterministic and exact, the statistics are right.
// No timings are asserted here (issue #7): figures are read from `npm run bench`.
import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../bench/src/synthetic-graph.js';
import { percentile, ratio, summarize } from '../../bench/src/stats.js';
import { bulkStatements } from '../../server/src/store/bulk-import.js';

describe('syntheticGraph', () => {
  it('gives the same graph for the same seed and a different one for another seed', () => {
    const a = syntheticGraph({ nodes: 2000, relationships: 8000, seed: 3 });
    expect(JSON.stringify(syntheticGraph({ nodes: 2000, relationships: 8000, seed: 3 }))).toBe(JSON.stringify(a));
    expect(JSON.stringify(syntheticGraph({ nodes: 2000, relationships: 8000, seed: 4 }))).not.toBe(JSON.stringify(a));
  });

  it('has exactly the asked counts, six missions, distinct relationships between existing nodes', () => {
    const g = syntheticGraph({ nodes: 5000, relationships: 25_000, seed: 1 });
    expect(g.nodes).toHaveLength(5000);
    expect(g.relationships).toHaveLength(25_000);
    expect(g.nodes.filter((n) => n.labels.includes('Mission'))).toHaveLength(6);
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(ids.size).toBe(5000);
    expect(g.relationships.every((r) => ids.has(r.start) && ids.has(r.end) && r.start !== r.end)).toBe(true);
    expect(new Set(g.relationships.map((r) => `${r.type}|${r.start}|${r.end}`)).size).toBe(25_000);
  });
});

describe('bench statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarises a loop and refuses ratios without a floor', () => {
    const s = summarize([1, 2, 3, 4]);
    expect(s).toMatchObject({ n: 4, p50: 2, min: 1, max: 4, mean: 2.5 });
    expect(s.rps).toBeCloseTo(400);
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(3, 0)).toBeNaN();
    expect(ratio(3, undefined)).toBeNaN();
  });
});

describe('bulkStatements', () => {
  const graph = syntheticGraph({ nodes: 300, relationships: 900, seed: 2 });

  it('covers every row once, in batches, with columnar parameters', () => {
    const statements = [...bulkStatements(graph, 100)];
    const counts = statements.map((s) => Number(s.params.count));
    const nodeRows = statements
      .filter((s) => s.cypher.includes('CREATE (n:'))
      .reduce((a, s) => a + Number(s.params.count), 0);
    expect(nodeRows).toBe(300);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1200);
    expect(Math.max(...counts)).toBeLessThanOrEqual(100);
  });

  it('refuses duplicate relationships and unknown property names before writing anything', () => {
    const twice = { nodes: graph.nodes, relationships: [...graph.relationships, graph.relationships[0]!] };
    expect(() => [...bulkStatements(twice)]).toThrow(/appears twice/);
    const odd = {
      nodes: [{ ...graph.nodes[0]!, properties: { ...graph.nodes[0]!.properties, 'x}) DETACH DELETE n //': 1 } }],
      relationships: [],
    };
    expect(() => [...bulkStatements(odd)]).toThrow(/unknown node property/);
  });
});

describe('bulkImport', () => {
  it('stores exactly what importGraph stores (KIES seed) and refuses a non-empty store', async () => {
    const { GrafeoExecutor } = await import('../../server/src/store/grafeo-executor.js');
    const { CypherKiesStore } = await import('../../server/src/store/kies-store.js');
    const { readSeedGraph } = await import('../../server/src/seed-graph.js');
    const seed = readSeedGraph();
    const bulk = new CypherKiesStore(GrafeoExecutor.open(null));
    const merged = new CypherKiesStore(GrafeoExecutor.open(null));
    await Promise.all([bulk.ensureSchema(), merged.ensureSchema()]);
    expect(await bulk.bulkImport(seed, { batchSize: 50 })).toEqual({
      nodes: seed.nodes.length,
      relationships: seed.relationships.length,
    });
    await merged.importGraph(seed);
    expect(await bulk.exportGraph()).toEqual(await merged.exportGraph());
    await expect(bulk.bulkImport(seed)).rejects.toThrow(/empty store/);
    await Promise.all([bulk.close(), merged.close()]);
  });
});

describe('Neo4j rows', () => {
  it('shows embedded / Neo4j with the note on every neo4j row', async () => {
    const { markdownTable } = await import('../../bench/src/results.js');
    const table = markdownTable('neo4j', [
      {
        suite: 'neo4j',
        case: 'API: search',
        size: 'kies',
        value: 20,
        unit: 'ms',
        p99: 40,
        rps: 50,
        floor: 5,
        ratio: ratio(5, 20),
        note: 'direct 1 ms',
      },
      {
        suite: 'neo4j',
        case: 'load: bulkImport (CREATE, batched)',
        size: '100k/1M',
        value: NaN,
        unit: 'ms',
        floor: 9000,
        note: 'not run to the end: timeout',
      },
    ]);
    expect(table).toContain('embedded / Neo4j');
    expect(table).toContain('| API: search | kies | 20 ms | 40 ms | 50 | 5 ms | 0.25x | direct 1 ms |');
    expect(table).toContain('| – | ');
    expect(table).toContain('not run to the end: timeout');
  });

  it('reads a process RSS from /proc, NaN for a process that is not there', async () => {
    const { processRssMb } = await import('../../bench/src/neo4j/neo4j-server.js');
    expect(processRssMb(process.pid)).toBeGreaterThan(10);
    expect(processRssMb(2 ** 30)).toBeNaN();
  });

  it('wipe empties a loaded store', async () => {
    const { GrafeoExecutor } = await import('../../server/src/store/grafeo-executor.js');
    const { CypherKiesStore } = await import('../../server/src/store/kies-store.js');
    const { wipe } = await import('../../bench/src/neo4j/bench-executor.js');
    const executor = GrafeoExecutor.open(null);
    const store = new CypherKiesStore(executor);
    await store.ensureSchema();
    await store.bulkImport(syntheticGraph({ nodes: 6000, relationships: 12_000, seed: 5 }));
    await wipe(executor);
    expect(await store.counts()).toMatchObject({ nodes: 0, relationships: 0 });
    await store.close();
  });
});

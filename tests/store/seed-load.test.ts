// Loading the curated seed into the embedded store: counts, idempotence, persistence and export round trips.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeedFolder } from '@kies/graph-seed';
import { GrafeoExecutor } from '../../server/src/store/grafeo-executor.js';
import { CypherKiesStore } from '../../server/src/store/kies-store.js';
import { readSeedGraph } from '../../server/src/seed-graph.js';
import { canonicalGraph, countGraph, type GraphData } from '../../server/src/domain/graph-data.js';
import { writeCsvFolder } from '../../server/src/exchange/csv-export.js';

const memoryStore = async () => {
  const store = new CypherKiesStore(GrafeoExecutor.open(null));
  await store.ensureSchema();
  return store;
};

describe('seed loader on the embedded store', () => {
  let seed: GraphData;
  beforeAll(() => {
    seed = readSeedGraph();
  });

  it('loads every node and relationship of the seed, counted by label and type', async () => {
    const store = await memoryStore();
    const summary = await store.importGraph(seed);
    expect(summary).toEqual({ nodes: seed.nodes.length, relationships: seed.relationships.length });
    const counts = await store.counts();
    const expected = countGraph(seed);
    expect(counts.nodes).toBe(expected.nodes);
    expect(counts.relationships).toBe(expected.relationships);
    expect(counts.byLabel).toEqual(expected.byLabel);
    expect(counts.byType).toEqual(expected.byType);
    await store.close();
  });

  it('is idempotent: loading twice changes nothing', async () => {
    const store = await memoryStore();
    await store.importGraph(seed);
    const first = canonicalGraph(await store.exportGraph());
    await store.ensureSchema();
    await store.importGraph(seed);
    const second = canonicalGraph(await store.exportGraph());
    expect(second).toEqual(first);
    expect(second.nodes.length).toBe(seed.nodes.length);
    await store.close();
  });

  it('exports exactly what was loaded, provenance included', async () => {
    const store = await memoryStore();
    await store.importGraph(seed);
    const exported = canonicalGraph(await store.exportGraph());
    expect(exported).toEqual(canonicalGraph(seed));
    const withProvenance = exported.nodes.filter((n) => Array.isArray(n.properties.sources) && n.properties.confidence);
    expect(withProvenance.length).toBe(exported.nodes.length);
    await store.close();
  });

  it('persists under the data directory: a reopened file has the same graph', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kies-db-')), 'kies.grafeo');
    const store = new CypherKiesStore(GrafeoExecutor.open(path));
    await store.ensureSchema();
    await store.importGraph(seed);
    const before = canonicalGraph(await store.exportGraph());
    await store.close();
    const reopened = new CypherKiesStore(GrafeoExecutor.open(path));
    expect(canonicalGraph(await reopened.exportGraph())).toEqual(before);
    await reopened.close();
  });

  it('refuses a graph whose relationships name missing nodes, writing nothing', async () => {
    const store = await memoryStore();
    const broken: GraphData = { nodes: seed.nodes.slice(0, 1), relationships: seed.relationships.slice(0, 1) };
    await expect(store.importGraph(broken)).rejects.toThrow(/names a node that is neither imported nor stored/);
    expect(await store.isEmpty()).toBe(true);
    await store.close();
  });

  it('round-trips through the neo4j-admin CSV format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kies-csv-'));
    writeCsvFolder(seed, join(dir, 'graph-seed'));
    const { graph } = loadSeedFolder(join(dir, 'graph-seed'));
    const reread: GraphData = {
      nodes: graph.nodes.map((n) => ({ id: n.id, labels: n.labels, properties: n.properties })),
      relationships: graph.relationships.map((r) => ({
        type: r.type,
        start: r.start,
        end: r.end,
        properties: r.properties,
      })),
    };
    expect(canonicalGraph(reread)).toEqual(canonicalGraph(seed));
  });
});

describe('npm run export', () => {
  it('writes JSON that loads into an empty store and exports the same graph again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kies-export-'));
    const out = join(dir, 'graph.json');
    execFileSync('npx', ['tsx', 'server/src/cli/export.ts', '--format', 'json', '--out', out], {
      env: { ...process.env, KIES_DATA_DIR: join(dir, 'data'), NEO4J_URI: '' },
      stdio: 'pipe',
    });
    const exported = JSON.parse(readFileSync(out, 'utf8')) as GraphData;
    expect(exported.nodes.length).toBe(readSeedGraph().nodes.length);
    expect(Object.keys(exported.nodes[0]!).sort()).toEqual(['id', 'labels', 'properties']);
    expect(Object.keys(exported.relationships[0]!).sort()).toEqual(['end', 'properties', 'start', 'type']);

    const store = await memoryStore();
    await store.importGraph(exported);
    expect(canonicalGraph(await store.exportGraph())).toEqual(canonicalGraph(exported));
    await store.close();
  });

  it('rejects an unknown format with a usage message', () => {
    expect(() =>
      execFileSync('npx', ['tsx', 'server/src/cli/export.ts', '--format', 'xml', '--out', '/tmp/x'], { stdio: 'pipe' }),
    ).toThrow(/unknown --format "xml"/);
  });
});

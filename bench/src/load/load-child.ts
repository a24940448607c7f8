// Child process: loads one dataset into a fresh store (embedded, or the bench's emptied Neo4j) one way; reports time, CPU, RSS.
// Usage (via load-bench.ts): load-child.ts <dataset> <bulk|merge|native> <dataDir>
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Grafeo from '@grafeo-db/js';
import { BASE_LABEL } from '@kies/schema';
import { CypherKiesStore } from '../../../server/src/store/kies-store.js';
import { reply, settledRssMb } from '../child.js';
import { loadDataset, type DatasetName } from '../datasets.js';
import { openBenchExecutor } from '../neo4j/bench-executor.js';

export interface LoadResult {
  ms: number;
  /** Reading and validating the seed files (kies) or generating the graph (synthetic). */
  prepareMs: number;
  cpuMs: number;
  rssMb: number;
  nodes: number;
  relationships: number;
}

const [dataset, mode, dataDir] = process.argv.slice(2) as [DatasetName, 'bulk' | 'merge' | 'native', string];
const reading = performance.now();
let graph: ReturnType<typeof loadDataset> | null = loadDataset(dataset);
const prepareMs = performance.now() - reading;
const file = join(dataDir, `${dataset}-${mode}.grafeo`);

/**
 * The floor: the same rows through the engine's native batch API (batchCreateNodesWithProps, batchCreateEdges):
 * no Cypher parsing, no parameter maps, no id lookups (edges name internal ids), no constraint. Nothing built on
 * Cypher can beat it, so "ratio" is what the portable Cypher path costs on top of the engine's own speed.
 */
async function nativeLoad(): Promise<{ nodes: number; relationships: number; close: () => Promise<void> }> {
  const require = createRequire(import.meta.url);
  const { GrafeoDB } = require('@grafeo-db/js') as typeof Grafeo;
  const db = GrafeoDB.create(file);
  const internal = new Map<string, number>();
  const byLabels = new Map<string, NonNullable<typeof graph>['nodes']>();
  for (const node of graph!.nodes) {
    const key = node.labels.join(':');
    (byLabels.get(key) ?? byLabels.set(key, []).get(key)!).push(node);
  }
  for (const nodes of byLabels.values()) {
    const ids = await db.batchCreateNodesWithProps(
      [BASE_LABEL, ...nodes[0]!.labels],
      nodes.map((n) => ({ ...n.properties, id: n.id })),
    );
    nodes.forEach((n, i) => internal.set(n.id, ids[i]!));
  }
  const rels = graph!.relationships;
  for (let i = 0; i < rels.length; i += 100_000) {
    const batch = rels.slice(i, i + 100_000);
    await db.batchCreateEdges(
      batch.map((r) => ({
        src: internal.get(r.start)!,
        dst: internal.get(r.end)!,
        type: r.type,
        properties: r.properties,
      })),
    );
  }
  return { nodes: db.nodeCount(), relationships: db.edgeCount(), close: async () => db.close() };
}

// Opened (and on Neo4j emptied) before the clock starts: connecting and wiping are not the load.
const executor = mode === 'native' ? null : await openBenchExecutor(file);

async function storeLoad(): Promise<{ nodes: number; relationships: number; close: () => Promise<void> }> {
  // On Neo4j this is what `npm run seed` does: ensureSchema (constraint + full-text index), then importGraph.
  const store = new CypherKiesStore(executor!);
  await store.ensureSchema();
  const summary = mode === 'bulk' ? await store.bulkImport(graph!) : await store.importGraph(graph!);
  return { ...summary, close: () => store.close() };
}

const cpu = process.cpuUsage();
const started = performance.now();
const loaded = mode === 'native' ? await nativeLoad() : await storeLoad();
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
const expected = { nodes: graph.nodes.length, relationships: graph.relationships.length };
graph = null;
if (loaded.nodes !== expected.nodes || loaded.relationships !== expected.relationships) {
  throw new Error(
    `${mode} load of ${dataset}: got ${loaded.nodes}/${loaded.relationships}, expected ${expected.nodes}/${expected.relationships}`,
  );
}
const rssMb = settledRssMb();
await loaded.close();
reply({
  ms,
  prepareMs,
  cpuMs: (used.user + used.system) / 1000,
  rssMb,
  nodes: loaded.nodes,
  relationships: loaded.relationships,
} satisfies LoadResult);

// `npm run seed`: validates graph-seed/ and loads it into the configured store: Neo4j when NEO4J_URI is set
// (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE), the embedded database in KIES_DATA_DIR otherwise.
// Creates the constraint (and, on Grafeo, its index), then upserts with batched UNWIND ... MERGE in one
// transaction: running it twice changes nothing. Options: --batch-size N (rows per UNWIND, default 1000).
import { readConfig } from '../config.js';
import { openStore } from '../store/open-store.js';
import { readSeedGraph } from '../seed-graph.js';

function batchSizeFrom(args: string[]): number {
  const i = args.indexOf('--batch-size');
  if (i === -1) return 1000;
  const value = Number(args[i + 1]);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`seed: --batch-size must be a positive integer, got "${args[i + 1] ?? ''}"`);
  return value;
}

async function main(): Promise<void> {
  const batchSize = batchSizeFrom(process.argv.slice(2));
  const config = readConfig();
  // Validate before connecting: a broken seed never reaches the database.
  const graph = readSeedGraph();
  const store = await openStore(config);
  try {
    const health = await store.health();
    const started = Date.now();
    const summary = await store.importGraph(graph, { batchSize });
    const counts = await store.counts();
    console.log(`seed: ${health.detail}`);
    console.log(
      `seed: merged ${summary.nodes} nodes and ${summary.relationships} relationships in ${Date.now() - started} ms`,
    );
    console.log(`seed: the store now holds ${counts.nodes} nodes and ${counts.relationships} relationships`);
    const line = (record: Record<string, number>) =>
      Object.entries(record)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
    console.log(`seed: by label: ${line(counts.byLabel)}`);
    console.log(`seed: by type: ${line(counts.byType)}`);
  } finally {
    await store.close();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});

import { syntheticGraph } from '../src/synthetic-graph.js';
import { GrafeoExecutor } from '../../server/src/store/grafeo-executor.js';
import { CypherStore } from '../../server/src/store/kies-store.js';
import { readSeedGraph } from '../../server/src/seed-graph.js';
const [n, r] = [Number(process.argv[2]), Number(process.argv[3])];
const g = n ? syntheticGraph({ nodes: n, relationships: r, seed: 42 }) : readSeedGraph();
const store = new CypherStore(GrafeoExecutor.open(process.env.DB ?? null));
await store.ensureSchema();
const t = performance.now();
const s = await store.bulkImport(g);
console.log(s, Math.round(performance.now() - t), 'ms', Math.round(process.memoryUsage().rss / 1e6), 'MB');
const c = await store.counts(); console.log(c.nodes, c.relationships);
if (!n) { const s2 = new CypherStore(GrafeoExecutor.open(null)); await s2.ensureSchema(); await s2.importGraph(g);
  const a = JSON.stringify(await store.exportGraph()), b = JSON.stringify(await s2.exportGraph()); console.log('same export as importGraph:', a === b, a.length); }

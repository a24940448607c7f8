import { syntheticGraph } from '../src/synthetic-graph.js';
import { GrafeoExecutor } from '../../server/src/store/grafeo-executor.js';
import { bulkStatements } from '../../server/src/store/bulk-import.js';
const [n, r, B] = [Number(process.argv[2]), Number(process.argv[3]), Number(process.argv[4] ?? 20000)];
const g = syntheticGraph({ nodes: n, relationships: r, seed: 42 });
const ex = GrafeoExecutor.open(null);
await ex.schema({ cypher: 'CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE', params: {} });
await ex.schema({ cypher: 'CREATE INDEX entity_id_index IF NOT EXISTS FOR (n:Entity) ON (n.id)', params: {} });
const t0 = performance.now(); const c0 = process.cpuUsage();
let build = 0, exec = 0, k = 0;
const it = bulkStatements(g, B);
for (;;) {
  let t = performance.now(); const { value, done } = it.next(); build += performance.now() - t; if (done) break;
  t = performance.now(); await ex.write([value]); const d = performance.now() - t; exec += d;
  if (k++ % 5 === 0) console.log(value.cypher.includes('CREATE (n:') ? 'N' : 'R', value.params.count, Math.round(d), 'ms');
}
const c = process.cpuUsage(c0);
console.log('total', Math.round(performance.now() - t0), 'build', Math.round(build), 'exec', Math.round(exec), 'cpu', Math.round((c.user + c.system) / 1000));

import { GrafeoExecutor } from '../../server/src/store/grafeo-executor.js';
import { CypherStore } from '../../server/src/store/kies-store.js';
import { loadDataset, probesOf } from '../src/datasets.js';
import { API_CASES } from '../src/api/api-cases.js';
const store = new CypherStore(GrafeoExecutor.open(null));
await store.ensureSchema();
const g = loadDataset(process.argv[2] as any);
const probes = probesOf(g);
await store.bulkImport(g);
console.log(JSON.stringify(probes).slice(0, 400));
const only = process.argv[3];
for (const c of API_CASES) {
  if (only && !c.name.startsWith(only)) continue;
  const times: number[] = [];
  for (let i = 0; i < Number(process.argv[4] ?? 3); i++) { const t = performance.now(); try { await c.direct(store, probes, i); } catch (e) { console.log('ERR', (e as Error).message.slice(0, 100)); } times.push(Math.round(performance.now() - t)); }
  console.log(c.name, times.join(' '));
}

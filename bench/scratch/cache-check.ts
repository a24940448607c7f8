import { GrafeoExecutor } from '../../server/src/store/grafeo-executor.js';
import { CypherStore } from '../../server/src/store/kies-store.js';
import { loadDataset } from '../src/datasets.js';
import { coverageStatement, missionsStatement } from '../../server/src/store/cypher/analysis-cypher.js';
const ex = GrafeoExecutor.open(null);
const store = new CypherStore(ex);
await store.ensureSchema();
await store.bulkImport(loadDataset('10k'));
const st = coverageStatement(['PPP', 'Programme']);
for (let i = 0; i < 4; i++) { const t = performance.now(); const r = await ex.read(st); console.log('cov', Math.round(performance.now() - t), r.length); }
const st2 = { ...st, params: { labels: ['Programme', 'PPP'] } };
for (let i = 0; i < 2; i++) { const t = performance.now(); const r = await ex.read(st2); console.log('cov swapped', Math.round(performance.now() - t), r.length); }
const st3 = { cypher: st.cypher + ' ', params: st.params };
for (let i = 0; i < 2; i++) { const t = performance.now(); const r = await ex.read(st3); console.log('cov space', Math.round(performance.now() - t), r.length); }

import { syntheticGraph } from '../src/synthetic-graph.js';
import { bulkStatements } from '../../server/src/store/bulk-import.js';
import { storableProperties } from '../../server/src/store/cypher/property-values.js';
const g = syntheticGraph({ nodes: 100000, relationships: 1000000, seed: 42 });
let t = performance.now();
for (const r of g.relationships) storableProperties('x', r.properties);
console.log('storable', Math.round(performance.now() - t));

t = performance.now(); let k = 0; for (const st of bulkStatements(g)) k++; console.log('all', k, Math.round(performance.now() - t));

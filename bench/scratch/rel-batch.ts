import { createRequire } from 'node:module';
import { syntheticGraph } from '../src/synthetic-graph.js';
const require = createRequire(import.meta.url);
const { GrafeoDB } = require('@grafeo-db/js');
const g = syntheticGraph({ nodes: 100000, relationships: 200000, seed: 42 });
const db = GrafeoDB.create();
await db.executeCypher('CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE');
await db.executeCypher('CREATE INDEX entity_id_index IF NOT EXISTS FOR (n:Entity) ON (n.id)');
const byLabel = new Map<string, any[]>();
for (const n of g.nodes) { const k = n.labels[0]; (byLabel.get(k) ?? byLabel.set(k, []).get(k)!).push(n.properties); }
let t = performance.now();
for (const [label, rows] of byLabel) { const tx = db.beginTransaction(); await tx.executeCypher(`UNWIND $rows AS row CREATE (n:Entity:${label}) SET n = row`, { rows }); tx.commit(); }
console.log('nodes', Math.round(performance.now() - t));
const rows = g.relationships.filter(r => r.type === 'PARTNER_IN').slice(0, 100000).map(r => ({ start: r.start, end: r.end, properties: r.properties }));
const b = Number(process.argv[2]); const mode = process.argv[3] ?? 'tx';
t = performance.now();
for (let i = 0; i < rows.length; i += b) {
  const q = 'UNWIND $rows AS row MATCH (a:Entity {id: row.start}) MATCH (b:Entity {id: row.end}) CREATE (a)-[r:PARTNER_IN]->(b) SET r = row.properties';
  if (mode === 'auto') { await db.executeCypher(q, { rows: rows.slice(i, i + b) }); continue; }
  const tx = db.beginTransaction(); await tx.executeCypher(q, { rows: rows.slice(i, i + b) }); tx.commit();
}
console.log('batch', b, mode, Math.round(performance.now() - t), 'ms / 100k rels', db.edgeCount());

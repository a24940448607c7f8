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
for (const [label, rows] of byLabel) await db.executeCypher(`UNWIND $rows AS row CREATE (n:Entity:${label}) SET n = row`, { rows });
const rows = g.relationships.filter(r => r.type === 'PARTNER_IN').slice(0, 50000).map(r => ({ start: r.start, end: r.end, properties: r.properties }));
const slim = rows.map(r => ({ start: r.start, end: r.end }));
async function time(name: string, q: string, p: any, b = 10000) {
  const t = performance.now();
  for (let i = 0; i < p.length; i += b) { const tx = db.beginTransaction(); await tx.executeCypher(q, { rows: p.slice(i, i + b) }); tx.rollback(); }
  console.log(name, Math.round(performance.now() - t), 'ms / 50k');
}
await time('unwind only', 'UNWIND $rows AS row RETURN count(*) AS c', rows);
await time('unwind slim', 'UNWIND $rows AS row RETURN count(*) AS c', slim);
await time('match a', 'UNWIND $rows AS row MATCH (a:Entity {id: row.start}) RETURN count(*) AS c', slim);
await time('match a,b', 'UNWIND $rows AS row MATCH (a:Entity {id: row.start}) MATCH (b:Entity {id: row.end}) RETURN count(*) AS c', slim);
await time('create noprops', 'UNWIND $rows AS row MATCH (a:Entity {id: row.start}) MATCH (b:Entity {id: row.end}) CREATE (a)-[r:PARTNER_IN]->(b)', slim);
await time('create props', 'UNWIND $rows AS row MATCH (a:Entity {id: row.start}) MATCH (b:Entity {id: row.end}) CREATE (a)-[r:PARTNER_IN]->(b) SET r = row.properties', rows);
await time('create props b2k', 'UNWIND $rows AS row MATCH (a:Entity {id: row.start}) MATCH (b:Entity {id: row.end}) CREATE (a)-[r:PARTNER_IN]->(b) SET r = row.properties', rows, 2000);
await time('create props b50k', 'UNWIND $rows AS row MATCH (a:Entity {id: row.start}) MATCH (b:Entity {id: row.end}) CREATE (a)-[r:PARTNER_IN]->(b) SET r = row.properties', rows, 50000);

import { createRequire } from 'node:module';
import { syntheticGraph } from '../src/synthetic-graph.js';
const require = createRequire(import.meta.url);
const { GrafeoDB } = require('@grafeo-db/js');
const g = syntheticGraph({ nodes: 100000, relationships: 600000, seed: 42 });
const db = GrafeoDB.create();
await db.executeCypher('CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE');
await db.executeCypher('CREATE INDEX entity_id_index IF NOT EXISTS FOR (n:Entity) ON (n.id)');
const byLabel = new Map<string, any[]>();
for (const n of g.nodes) { const k = n.labels[0]; (byLabel.get(k) ?? byLabel.set(k, []).get(k)!).push(n.properties); }
for (const [label, rows] of byLabel) { const tx = db.beginTransaction(); await tx.executeCypher(`UNWIND $rows AS row CREATE (n:Entity:${label}) SET n = row`, { rows }); tx.commit(); }
const all = g.relationships.filter(r => r.type === 'PARTNER_IN');
let k = 0; const next = () => all.slice(k, k += 80000);
const B = 20000;
async function run(name: string, q: string, rows: any[]) {
  const t = performance.now();
  for (let i = 0; i < rows.length; i += B) { const tx = db.beginTransaction(); await tx.executeCypher(q, { rows: rows.slice(i, i + B) }); tx.commit(); }
  console.log(name, Math.round((performance.now() - t) / rows.length * 1000), 'us/rel');
}
for (let rep = 0; rep < 1; rep++) {
await run('set props', 'UNWIND $rows AS row MATCH (a:Entity {id: row.start}) MATCH (b:Entity {id: row.end}) CREATE (a)-[r:PARTNER_IN]->(b) SET r = row.properties', next().map(r => ({ start: r.start, end: r.end, properties: r.properties })));
await run('inline props', 'UNWIND $rows AS row MATCH (a:Entity {id: row.start}) MATCH (b:Entity {id: row.end}) CREATE (a)-[r:PARTNER_IN {sources: row.sources, quotes: row.quotes, confidence: row.confidence}]->(b)', next().map(r => ({ start: r.start, end: r.end, ...r.properties })));
await run('no props', 'UNWIND $rows AS row MATCH (a:Entity {id: row.start}) MATCH (b:Entity {id: row.end}) CREATE (a)-[r:PARTNER_IN]->(b)', next().map(r => ({ start: r.start, end: r.end })));
const grouped = (rs: any[]) => { const m = new Map<string, any[]>(); for (const r of rs) (m.get(r.start) ?? m.set(r.start, []).get(r.start)!).push({ end: r.end, properties: r.properties }); return [...m].map(([start, rels]) => ({ start, rels })); };
{ const rs = next(); const gr = grouped(rs); const t = performance.now();
  for (let i = 0; i < gr.length; i += 2000) { const tx = db.beginTransaction(); await tx.executeCypher('UNWIND $rows AS g MATCH (a:Entity {id: g.start}) UNWIND g.rels AS row MATCH (b:Entity {id: row.end}) CREATE (a)-[r:PARTNER_IN]->(b) SET r = row.properties', { rows: gr.slice(i, i + 2000) }); tx.commit(); }
  console.log('grouped', gr.length, 'starts', Math.round((performance.now() - t) / rs.length * 1000), 'us/rel'); }
{ const rs = next(); const t = performance.now(); const tx = db.beginTransaction(); for (let i = 0; i < rs.length; i += B) await tx.executeCypher('UNWIND $rows AS row RETURN count(*) AS c', { rows: rs.slice(i, i + B).map(r => ({ start: r.start, end: r.end, properties: r.properties })) }); tx.commit(); console.log('param+unwind only', Math.round((performance.now() - t) / rs.length * 1000), 'us/rel'); }
{ const rs = next(); const t = performance.now(); await db.batchCreateEdges(rs.map(r => ({ src: 0, dst: 1, type: 'PARTNER_IN', properties: r.properties }))); console.log('native', Math.round((performance.now() - t) / rs.length * 1000), 'us/rel'); }
}

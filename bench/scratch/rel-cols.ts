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
let t0 = performance.now();
for (const [label, rows] of byLabel) { for (let i = 0; i < rows.length; i += 20000) { const b = rows.slice(i, i + 20000); const tx = db.beginTransaction(); await tx.executeCypher(`UNWIND range(0, size($id)-1) AS i CREATE (n:Entity:${label} {id: $id[i], name: $name[i], sources: $sources[i], quotes: $quotes[i], confidence: $confidence[i]})`, { id: b.map(r => r.id), name: b.map(r => r.name), sources: b.map(r => r.sources), quotes: b.map(r => r.quotes), confidence: b.map(r => r.confidence) }); tx.commit(); } }
console.log('nodes cols', Math.round(performance.now() - t0), 'ms /100k');
const all = g.relationships.filter(r => r.type === 'PARTNER_IN');
let k = 0; const next = () => all.slice(k, k += 80000);
const B = Number(process.argv[2] ?? 20000);
async function run(name: string, q: string, rows: any[], params: (b: any[]) => any) {
  const t = performance.now();
  for (let i = 0; i < rows.length; i += B) { const tx = db.beginTransaction(); await tx.executeCypher(q, params(rows.slice(i, i + B))); tx.commit(); }
  console.log(name, Math.round((performance.now() - t) / rows.length * 1000), 'us/rel');
}
const maps = (b: any[]) => ({ rows: b.map(r => ({ start: r.start, end: r.end, properties: r.properties })) });
const cols = (b: any[]) => ({ s: b.map(r => r.start), e: b.map(r => r.end), src: b.map(r => r.properties.sources), q: b.map(r => r.properties.quotes), c: b.map(r => r.properties.confidence) });
await run('maps set', 'UNWIND $rows AS row MATCH (a:Entity {id: row.start}) MATCH (b:Entity {id: row.end}) CREATE (a)-[r:PARTNER_IN]->(b) SET r = row.properties', next(), maps);
await run('cols create', 'UNWIND range(0, size($s)-1) AS i MATCH (a:Entity {id: $s[i]}) MATCH (b:Entity {id: $e[i]}) CREATE (a)-[r:PARTNER_IN {sources: $src[i], quotes: $q[i], confidence: $c[i]}]->(b)', next(), cols);
await run('cols with', 'UNWIND range(0, size($s)-1) AS i WITH i, $s[i] AS s, $e[i] AS e MATCH (a:Entity {id: s}) MATCH (b:Entity {id: e}) CREATE (a)-[r:PARTNER_IN {sources: $src[i], quotes: $q[i], confidence: $c[i]}]->(b)', next(), cols);
await run('cols noprops', 'UNWIND range(0, size($s)-1) AS i MATCH (a:Entity {id: $s[i]}) MATCH (b:Entity {id: $e[i]}) CREATE (a)-[r:PARTNER_IN]->(b)', next(), cols);
await run('maps set again', 'UNWIND $rows AS row MATCH (a:Entity {id: row.start}) MATCH (b:Entity {id: row.end}) CREATE (a)-[r:PARTNER_IN]->(b) SET r = row.properties', next(), maps);
{ const rs = next(); const t = performance.now(); await db.batchCreateEdges(rs.map(r => ({ src: 0, dst: 1, type: 'PARTNER_IN', properties: r.properties }))); console.log('native', Math.round((performance.now() - t) / rs.length * 1000), 'us/rel'); }

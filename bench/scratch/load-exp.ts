import { createRequire } from 'node:module';
import { syntheticGraph } from '../src/synthetic-graph.js';
const require = createRequire(import.meta.url);
const { GrafeoDB } = require('@grafeo-db/js');
const [nodesN, relsN, mode] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4]];
const g = syntheticGraph({ nodes: nodesN, relationships: relsN, seed: 42 });
const db = GrafeoDB.create();
const t0 = performance.now();
const lap = (what: string) => console.log(what, Math.round(performance.now() - t0), 'ms', Math.round(process.memoryUsage().rss / 1e6), 'MB');
if (mode !== 'native') {
  await db.executeCypher('CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE');
  await db.executeCypher('CREATE INDEX entity_id_index IF NOT EXISTS FOR (n:Entity) ON (n.id)');
}
const byLabel = new Map<string, any[]>();
for (const n of g.nodes) { const k = n.labels[0]; (byLabel.get(k) ?? byLabel.set(k, []).get(k)!).push(n.properties); }
const internal = new Map<string, number>();
const B = 20000;
for (const [label, rows] of byLabel) {
  for (let i = 0; i < rows.length; i += B) {
    const batch = rows.slice(i, i + B);
    if (mode === 'native') {
      const ids = await db.batchCreateNodesWithProps(['Entity', label], batch);
      batch.forEach((p, j) => internal.set(p.id, ids[j]));
    } else {
      const tx = db.beginTransaction();
      const r = await tx.executeCypher(`UNWIND $rows AS row CREATE (n:Entity:${label}) SET n = row RETURN row.id AS k, id(n) AS i`, { rows: batch });
      for (const x of r.toArray()) internal.set(x.k, Number(x.i));
      tx.commit();
    }
  }
}
lap('nodes');
const byType = new Map<string, any[]>();
for (const r of g.relationships) (byType.get(r.type) ?? byType.set(r.type, []).get(r.type)!).push(r);
for (const [type, rows] of byType) {
  for (let i = 0; i < rows.length; i += B) {
    const batch = rows.slice(i, i + B);
    if (mode === 'native') {
      await db.batchCreateEdges(batch.map((r) => ({ src: internal.get(r.start)!, dst: internal.get(r.end)!, type, properties: r.properties })));
      continue;
    }
    const tx = db.beginTransaction();
    if (mode === 'match') {
      await tx.executeCypher(`UNWIND $rows AS row MATCH (a:Entity {id: row.start}) MATCH (b:Entity {id: row.end}) CREATE (a)-[r:${type}]->(b) SET r = row.properties`, { rows: batch.map((r) => ({ start: r.start, end: r.end, properties: r.properties })) });
    } else if (mode === 'idfn') {
      await tx.executeCypher(`UNWIND $rows AS row MATCH (a) WHERE id(a) = row.s MATCH (b) WHERE id(b) = row.e CREATE (a)-[r:${type}]->(b) SET r = row.properties`, { rows: batch.map((r) => ({ s: internal.get(r.start), e: internal.get(r.end), properties: r.properties })) });
    } else if (mode === 'inline') {
      await tx.executeCypher(`UNWIND $rows AS row MATCH (a:Entity {id: row.start}) MATCH (b:Entity {id: row.end}) CREATE (a)-[r:${type} {sources: row.sources, quotes: row.quotes, confidence: row.confidence}]->(b)`, { rows: batch.map((r) => ({ start: r.start, end: r.end, ...r.properties })) });
    } else if (mode === 'noprops') {
      await tx.executeCypher(`UNWIND $rows AS row MATCH (a:Entity {id: row.start}) MATCH (b:Entity {id: row.end}) CREATE (a)-[r:${type}]->(b)`, { rows: batch.map((r) => ({ start: r.start, end: r.end })) });
    }
    tx.commit();
  }
}
lap('rels');
console.log(db.nodeCount(), db.edgeCount());

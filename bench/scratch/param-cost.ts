import { createRequire } from 'node:module';
import { syntheticGraph } from '../src/synthetic-graph.js';
const require = createRequire(import.meta.url);
const { GrafeoDB } = require('@grafeo-db/js');
const g = syntheticGraph({ nodes: 10000, relationships: 100000, seed: 42 });
const db = GrafeoDB.create();
const rs = g.relationships.slice(0, 20000);
async function t(name: string, q: string, p: any) { const s = performance.now(); for (let i = 0; i < 5; i++) await db.executeCypher(q, p); console.log(name, ((performance.now() - s) / 5 / rs.length * 1000).toFixed(1), 'us/row'); }
await t('empty', 'RETURN 1 AS x', {});
await t('maps', 'UNWIND $rows AS row RETURN count(*) AS c', { rows: rs.map(r => ({ start: r.start, end: r.end, properties: r.properties })) });
await t('maps flat', 'UNWIND $rows AS row RETURN count(*) AS c', { rows: rs.map(r => ({ start: r.start, end: r.end, ...r.properties })) });
await t('maps slim', 'UNWIND $rows AS row RETURN count(*) AS c', { rows: rs.map(r => ({ start: r.start, end: r.end })) });
await t('cols unused', 'RETURN size($s) AS c', { s: rs.map(r => r.start), e: rs.map(r => r.end), src: rs.map(r => r.properties.sources), q: rs.map(r => r.properties.quotes), c: rs.map(r => r.properties.confidence) });
await t('cols unwind', 'UNWIND range(0, size($s)-1) AS i WITH $s[i] AS s, $e[i] AS e, $src[i] AS src RETURN count(*) AS c', { s: rs.map(r => r.start), e: rs.map(r => r.end), src: rs.map(r => r.properties.sources), q: rs.map(r => r.properties.quotes), c: rs.map(r => r.properties.confidence) });
await t('strings only', 'RETURN size($s) AS c', { s: rs.map(r => r.start) });

// `tsx bench/src/paths-prof.ts [10k|100k]`: the bounded path search alone (domain/bounded-paths.ts) on a synthetic
// graph: adjacency build time and heap, and per-call time over the bench's path probes (maxLength 3, limit 50).
import { boundedPaths, buildAdjacency } from '../../server/src/domain/bounded-paths.js';
import { loadDataset, probesOf, type DatasetName } from './datasets.js';
import { summarize } from './stats.js';

const name = (process.argv[2] ?? '10k') as DatasetName;
const graph = loadDataset(name);
const probes = probesOf(graph);
const heap = () => (global.gc?.(), process.memoryUsage().heapUsed / 2 ** 20);
const before = heap();
const t = performance.now();
const adjacency = buildAdjacency(graph.nodes, graph.relationships);
console.log(
  `adjacency: ${graph.nodes.length} nodes / ${graph.relationships.length} relationships in ${(performance.now() - t).toFixed(0)} ms, heap +${(heap() - before).toFixed(0)} MB`,
);
const samples: number[] = [];
for (let i = 0; i < 200; i++) {
  const [from, to] = probes.pairs[i % probes.pairs.length]!;
  const s = performance.now();
  const found = boundedPaths(adjacency, { from, to, maxLength: 3, via: null, types: null, limit: 50 });
  if (i >= 20) samples.push(performance.now() - s);
  if (i < probes.pairs.length) console.log(`  ${from} -> ${to}: ${found.length} paths`);
}
const s = summarize(samples);
console.log(`boundedPaths p50 ${s.p50.toFixed(3)} / p99 ${s.p99.toFixed(2)} ms (n=${s.n})`);

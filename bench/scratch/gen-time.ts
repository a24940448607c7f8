import { syntheticGraph } from '../src/synthetic-graph.js';
let t = performance.now();
const g = syntheticGraph({ nodes: 100_000, relationships: 1_000_000, seed: 42 });
console.log('gen', performance.now() - t, g.nodes.length, g.relationships.length, process.memoryUsage().rss / 1e6);

// `tsx bench/src/search-prof.ts [10k|100k]`: the search index alone on a synthetic graph — build time, heap, query
// time, against a stock MiniSearch over the same texts (the library's own query: the floor of the search row).
import MiniSearch from 'minisearch';
import { searchTextOf } from '@kies/schema';
import { SearchIndex } from '../../server/src/store/search-index.js';
import { loadDataset, probesOf, type DatasetName } from './datasets.js';
import { searchText } from '../../server/src/graphql/arguments.js';

const name = (process.argv[2] ?? '10k') as DatasetName;
const graph = loadDataset(name);
const probes = probesOf(graph);
const docs = graph.nodes.map((n) => ({
  id: n.id,
  labels: n.labels,
  searchText: searchTextOf(n.properties),
  name: String(n.properties.name),
  target: (n.properties.target as string) ?? null,
  description: (n.properties.description as string) ?? null,
}));
const heap = () => (global.gc?.(), process.memoryUsage().heapUsed / 2 ** 20);
const before = heap();
let t = performance.now();
const index = new SearchIndex();
index.reconcile(docs);
console.log(
  `SearchIndex: ${docs.length} nodes built in ${(performance.now() - t).toFixed(0)} ms, heap +${(heap() - before).toFixed(0)} MB`,
);
t = performance.now();
const suffixTokens = (text: string) =>
  text
    .split(/\s+/)
    .flatMap((run) => Array.from(run, (_, i) => run.slice(i)))
    .filter(Boolean);
const mini = new MiniSearch({
  fields: ['searchText'],
  tokenize: suffixTokens,
  processTerm: (x) => x,
  searchOptions: { prefix: true, combineWith: 'AND', tokenize: (s) => s.split(' ') },
});
mini.addAll(docs);
console.log(`stock MiniSearch: built in ${(performance.now() - t).toFixed(0)} ms, heap now ${heap().toFixed(0)} MB`);
for (const raw of probes.searches) {
  const q = searchText(raw);
  const tokens = q.split(' ');
  const time = (f: () => unknown) => {
    for (let i = 0; i < 5; i++) f();
    const s: number[] = [];
    for (let i = 0; i < 50; i++) {
      const a = performance.now();
      f();
      s.push(performance.now() - a);
    }
    s.sort((a, b) => a - b);
    return `p50 ${s[25]!.toFixed(3)} / p99 ${s[49]!.toFixed(3)} ms`;
  };
  console.log(
    `"${q}": index ${time(() => index.search(q, tokens, null, 20))} (${index.search(q, tokens, null, 20).length} hits); MiniSearch ${time(() => mini.search(q))} (${mini.search(q).length} matches)`,
  );
}

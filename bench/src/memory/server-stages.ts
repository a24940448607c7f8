// The server's parts stage by stage (memory-prof.ts): empty store, loaded store, search index, adjacency, analysis
// caches, the ask name lexicon; each stage's RSS growth is what that part keeps.
import { lexiconEntries } from '../../../server/src/domain/ask/ask.js';
import { CypherKiesStore } from '../../../server/src/store/kies-store.js';
import { GrafeoExecutor } from '../../../server/src/store/grafeo-executor.js';
import { loadDataset, probesOf, type DatasetName, type Probes } from '../datasets.js';

export async function serverStages(
  file: string,
  size: DatasetName,
  stage: (name: string) => Promise<number>,
): Promise<void> {
  const store = new CypherKiesStore(GrafeoExecutor.open(file));
  await store.ensureSchema();
  await stage('server store opened, empty (ensureSchema)');
  // The input graph lives only in this function, so it is collected before the loaded figure.
  const load = async (): Promise<Probes> => {
    const graph = loadDataset(size);
    await store.bulkImport(graph);
    return probesOf(graph);
  };
  const probes = await load();
  await stage(`bulkImport ${size} (input dropped)`);
  await store.search('a', null, 1);
  await stage('+ search index (first search)');
  const [from, to] = probes.pairs[0]!;
  await store.paths({ from, to, toLabels: null, maxLength: 3, via: null, types: null, limit: 50 });
  await stage('+ adjacency (first paths call)');
  await store.neighbourhood(probes.nodes[0]!, 2, null, null, 200);
  await stage('+ hub degrees (first 2-hop neighbourhood)');
  await store.gapFacts();
  await stage('+ gaps and coverage cached');
  await store.partners(probes.partnerOf, 50, 10);
  await stage('+ partners');
  const lexicon = lexiconEntries(await store.searchNames());
  await stage(`+ ask name lexicon (${lexicon.length} entries)`);
  await store.close();
  await stage('store closed');
}

// The search row's library floor: a stock MiniSearch (same node texts, every suffix of every word, prefix + AND)
// answering the same probe searches in the host; the explorer's indexed search is judged against it.
import MiniSearch from 'minisearch';
import { searchText } from '../../../server/src/graphql/arguments.js';
import type { CypherExecutor } from '../../../server/src/store/executor.js';
import { searchDocumentsStatement } from '../../../server/src/store/cypher/search-index-cypher.js';
import type { Probes } from '../datasets.js';
import type { LoopOptions } from '../stats.js';
import { measureCase, type Measured } from './measure.js';

const suffixTokens = (text: string) =>
  text
    .split(/\s+/)
    .flatMap((run) => Array.from(run, (_, i) => run.slice(i)))
    .filter(Boolean);

/** Builds the stock index from the store (not counted in any figure), then times its queries; the index is dropped after. */
export async function measureSearchFloor(
  executor: CypherExecutor,
  probes: Probes,
  loop: LoopOptions,
): Promise<Measured & { buildMs?: number }> {
  const rows = await executor.read(searchDocumentsStatement());
  const started = performance.now();
  const mini = new MiniSearch({
    fields: ['searchText', 'target', 'description'],
    tokenize: suffixTokens,
    processTerm: (term) => term,
    searchOptions: { prefix: true, combineWith: 'AND', tokenize: (text) => text.split(' ') },
  });
  mini.addAll(
    rows.map((r) => ({
      id: String(r.id),
      searchText: r.searchText ?? '',
      target: String(r.target ?? '').toLowerCase(),
      description: String(r.description ?? '').toLowerCase(),
    })),
  );
  const buildMs = performance.now() - started;
  const queries = probes.searches.map(searchText);
  const measured = await measureCase(async (i) => mini.search(queries[i % queries.length]!), loop);
  return 'skipped' in measured ? measured : { ...measured, buildMs };
}

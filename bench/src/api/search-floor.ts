// The search row's library floor: a stock MiniSearch asked what the explorer's index answers (same node texts, every
// suffix of every word, prefix + AND, no fuzzy, the hit's node kept as a stored field, the first 20 of its ranking),
// in the host over the probe searches; the explorer's indexed search is judged against it (issue 15: ≤ 1.3x).
import MiniSearch from 'minisearch';
import { searchText } from '../../../server/src/graphql/arguments.js';
import type { CypherExecutor } from '../../../server/src/store/executor.js';
import { BASE_LABEL } from '@kies/schema';
import { nodeMap } from '../../../server/src/store/cypher/query-cypher.js';
import { toNode } from '../../../server/src/store/row-values.js';
import type { Probes } from '../datasets.js';
import type { LoopOptions } from '../stats.js';
import { measureCase, type Measured } from './measure.js';

const suffixTokens = (text: string) =>
  text
    .split(/\s+/)
    .flatMap((run) => Array.from(run, (_, i) => run.slice(i)))
    .filter(Boolean);

/** The page the API asks for (web/src/core/search: first 20). */
const PAGE = 20;

/**
 * Builds the stock index from every node as stored (not counted); returns its query. MiniSearch has no
 * result count: it finds, scores and sorts every match, then the page is cut, which is the library's own cost.
 * One difference stays: its AND lets the words match in different fields, ours wants them in one field.
 */
export async function buildSearchFloor(executor: CypherExecutor): Promise<(q: string) => unknown> {
  const rows = await executor.read({
    cypher: `MATCH (n:${BASE_LABEL}) RETURN n.searchText AS searchText, ${nodeMap('n')} AS node`,
    params: {},
  });
  const mini = new MiniSearch({
    fields: ['searchText', 'target', 'description'],
    storeFields: ['node'],
    tokenize: suffixTokens,
    processTerm: (term) => term,
    searchOptions: { prefix: true, fuzzy: false, combineWith: 'AND', tokenize: (text) => text.split(' ') },
  });
  mini.addAll(
    rows.map((r) => {
      const node = toNode(r.node);
      return {
        id: node.id,
        node,
        searchText: r.searchText ?? '',
        target: String(node.properties.target ?? '').toLowerCase(),
        description: String(node.properties.description ?? '').toLowerCase(),
      };
    }),
  );
  return (q) => mini.search(q).slice(0, PAGE);
}

/** Builds the stock index (not counted in any figure), then times its queries; the index is dropped after. */
export async function measureSearchFloor(
  executor: CypherExecutor,
  probes: Probes,
  loop: LoopOptions,
): Promise<Measured & { buildMs?: number }> {
  const started = performance.now();
  const query = await buildSearchFloor(executor);
  const buildMs = performance.now() - started;
  const queries = probes.searches.map(searchText);
  const measured = await measureCase(async (i) => query(queries[i % queries.length]!), loop);
  return 'skipped' in measured ? measured : { ...measured, buildMs };
}

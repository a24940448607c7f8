// The API cases: each is one explorer GraphQL document and the store operation(s) behind it (the floor).
import { buildCoverage, DIMENSION_LABELS, DIMENSIONS } from '../../../server/src/domain/coverage.js';
import { classifyGaps } from '../../../server/src/domain/gaps.js';
import { searchText } from '../../../server/src/graphql/arguments.js';
import type { KiesStore } from '../../../server/src/store/kies-store.js';
import { askFloor, ASK_QUESTIONS } from './ask-case.js';
import {
  AskDocument,
  CoverageDocument,
  GapsDocument,
  NeighbourhoodDocument,
  NodeDetailsDocument,
  PartnersDocument,
  PathsDocument,
  SearchDocument,
} from '../../../web/src/core/api/generated/operations.js';
import type { Probes } from '../datasets.js';
import { projectionOfQuery, searchPropertiesOfQuery } from '../../../server/src/graphql/projection.js';

// The documents' text, as the explorer's client sends it (web/src/core/api/client.ts).
const SEARCH_QUERY = SearchDocument.toString().trim();
const NODE_QUERY = NodeDetailsDocument.toString().trim();
const NEIGHBOURHOOD_QUERY = NeighbourhoodDocument.toString().trim();

/** What the neighbourhood resolver asks the store to read for the explorer's document (graphql/projection.ts). */
const NEIGHBOURHOOD_PROJECTION = projectionOfQuery(NEIGHBOURHOOD_QUERY);
const SEARCH_PROPERTIES = searchPropertiesOfQuery(SEARCH_QUERY);
const PATHS_QUERY = PathsDocument.toString().trim();
const COVERAGE_QUERY = CoverageDocument.toString().trim();
const GAPS_QUERY = GapsDocument.toString().trim();
const PARTNERS_QUERY = PartnersDocument.toString().trim();
const ASK_QUERY = AskDocument.toString().trim();

export interface ApiCase {
  name: string;
  /** The explorer's own document (web/src/core/<feature>/*.graphql, generated), so the bench asks what the UI asks. */
  request(probes: Probes, i: number): { query: string; variables: Record<string, unknown> };
  /** The same store work called in-process, without HTTP, GraphQL parsing, validation or serialisation. */
  direct(store: KiesStore, probes: Probes, i: number): Promise<unknown>;
  /** Issue #7: GraphQL must stay within 1.5x of the direct call for these. */
  ratioTarget?: boolean;
  /**
   * Which store both sides use. 'cached': the server's own (whole-graph analyses kept between writes, so a warm
   * call is a cache hit on both sides and their ratio says nothing); 'uncached': the same store with that cache
   * off, so both sides compute the analysis with Cypher (this is also what every call costs on Neo4j, which has no
   * cache); 'per-call': the server's store with only the finished gap facts not kept (gapFactsCache: false), so
   * both sides recompute them from the adjacency and mission matrix it keeps between writes.
   */
  store?: ApiStore;
  /** Says what the row measures (put first in the row's note). */
  note?: string;
}

type ApiStore = 'cached' | 'uncached' | 'per-call';

const at = <T>(list: T[], i: number) => list[i % list.length]!;
// Mirrors the resolvers: partner ranking looks at this many candidates (PARTNER_CANDIDATES in query-resolvers.ts).
const PARTNER_CANDIDATES = 300;

const ALL_CASES: ApiCase[] = [
  {
    name: 'search',
    request: (p, i) => ({ query: SEARCH_QUERY, variables: { text: at(p.searches, i), first: 20 } }),
    // The resolver reads the properties the document selects of each hit's node (graphql/projection.ts); so does the floor.
    direct: (s, p, i) => s.search(searchText(at(p.searches, i)), null, 20, SEARCH_PROPERTIES),
  },
  {
    name: 'node + 1-hop (details)',
    request: (p, i) => ({ query: NODE_QUERY, variables: { id: at(p.nodes, i) } }),
    // What the resolvers ask the store for: the node, then its degree and relationships, then the far ends.
    async direct(s, p, i) {
      const id = at(p.nodes, i);
      await s.nodesById([id]);
      const [, rels] = await Promise.all([s.degrees([id]), s.relationshipsOf([id], null, 'BOTH', 200)]);
      return s.nodesById([...new Set((rels.get(id) ?? []).flatMap((r) => [r.start, r.end]))]);
    },
  },
  {
    name: '1-hop neighbourhood',
    request: (p, i) => ({ query: NEIGHBOURHOOD_QUERY, variables: { id: at(p.nodes, i), depth: 1, limit: 200 } }),
    // The resolver reads the properties the document selects (decision 026); so does the floor.
    direct: (s, p, i) => s.neighbourhood(at(p.nodes, i), 1, null, null, 200, NEIGHBOURHOOD_PROJECTION),
    ratioTarget: true,
  },
  {
    name: '2-hop neighbourhood',
    request: (p, i) => ({ query: NEIGHBOURHOOD_QUERY, variables: { id: at(p.nodes, i), depth: 2, limit: 200 } }),
    direct: (s, p, i) => s.neighbourhood(at(p.nodes, i), 2, null, null, 200, NEIGHBOURHOOD_PROJECTION),
    ratioTarget: true,
  },
  {
    name: 'paths between two nodes',
    request: (p, i) => ({
      query: PATHS_QUERY,
      variables: { from: at(p.pairs, i)[0], to: at(p.pairs, i)[1], maxLength: 3, limit: 50 },
    }),
    direct: (s, p, i) =>
      s.paths({
        from: at(p.pairs, i)[0],
        to: at(p.pairs, i)[1],
        toLabels: null,
        maxLength: 3,
        via: null,
        types: null,
        limit: 50,
      }),
  },
  // The floor includes the pure domain step the resolver runs on the store's answer (matrix rows, gap
  // classification): that is the operation's work, not GraphQL's.
  ...(['uncached', 'cached'] as const).flatMap((store): ApiCase[] => [
    {
      name: `mission coverage (${store === 'cached' ? 'cached between writes' : 'computed per call'})`,
      request: () => ({ query: COVERAGE_QUERY, variables: {} }),
      async direct(s) {
        const { missions, entries } = await s.coverage(DIMENSIONS.map((d) => DIMENSION_LABELS[d]));
        return buildCoverage(missions, entries, DIMENSIONS);
      },
      ratioTarget: store === 'uncached',
      store,
    },
    {
      name: `gaps (${store === 'cached' ? 'cached between writes' : 'Cypher per call'})`,
      request: () => ({ query: GAPS_QUERY, variables: {} }),
      direct: async (s) => classifyGaps(await s.gapFacts()),
      ratioTarget: store === 'uncached',
      store,
      note:
        store === 'uncached'
          ? 'every call runs the eleven gap statements (analysisCache: false), as Neo4j does'
          : 'a cache hit: the gap facts kept between writes, classified once per facts object by the resolver',
    },
  ]),
  {
    // What the embedded server does for the first gaps call after a write, once the adjacency is read (issue 15).
    name: 'gaps (computed per call)',
    request: () => ({ query: GAPS_QUERY, variables: {} }),
    direct: async (s) => classifyGaps(await s.gapFacts()),
    store: 'per-call',
    note:
      'embedded: the gap facts recomputed from the adjacency and mission matrix kept between writes on every call ' +
      '(gapFactsCache: false; both read once before the loop), the listed nodes read by id, then classified; on ' +
      'Neo4j the Cypher statements per call',
  },
  {
    name: 'partners',
    request: (p) => ({ query: PARTNERS_QUERY, variables: { of: p.partnerOf, limit: 10 } }),
    // What the resolver calls: the ranking too (on the embedded store from the adjacency, see store.partners).
    direct: (s, p) => s.partners(p.partnerOf, PARTNER_CANDIDATES, 10),
  },
  {
    // Plain-language questions (issue 14): the interpreter's look-ups and pure steps plus the typed query it picks.
    name: 'ask (question in plain language)',
    request: (_p, i) => ({ query: ASK_QUERY, variables: { question: at(ASK_QUESTIONS, i) } }),
    direct: (s, _p, i) => askFloor(s, at(ASK_QUESTIONS, i)),
  },
];

/** `KIES_BENCH_CASES=search,paths npm run bench -- --only=api`: only the API cases whose names start so (inherited by the host children). */
const chosen = process.env.KIES_BENCH_CASES?.split(',').filter(Boolean);
export const API_CASES: ApiCase[] = chosen
  ? ALL_CASES.filter((c) => chosen.some((p) => c.name.startsWith(p)))
  : ALL_CASES;

// The same seed on both engines gives the same answers: search (Neo4j's full-text index vs the embedded scan),
// node details, coverage, gaps and the JSON export. Any difference is a bug in the shared Cypher.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readSeedGraph } from '../../server/src/seed-graph.js';
import { searchText } from '../../server/src/graphql/arguments.js';
import type { CypherKiesStore } from '../../server/src/store/kies-store.js';
import { describeNeo4j, openFreshStore } from '../engines.js';
import { DIMENSION_LABELS } from '@kies/schema';

/** Dutch and English, accents, case, abbreviations, hyphens, infixes of compounds, punctuation, several words. */
const QUERIES = [
  'HI-NL',
  'hi-nl',
  'Health-RI',
  'health research infrastructure',
  'Missie IV',
  'missie iv',
  'DEMENTIE',
  'dementia',
  'zorg',
  'gezondheid',
  'Geïntegreerde',
  'geintegreerde',
  'G&Z',
  'g&z;',
  'ai',
  'AI & Data',
  'quantum',
  'imaging',
  'EZK',
  'ministerie van volksgezondheid',
  'VWS',
  'topsector',
  'LSH',
  'NWA',
  'route',
  'KIA',
  'preventie',
  'healthy ageing',
  '+5',
  '-30',
  '(+5, -30)',
  'radboudumc',
  'umc',
  'Nationaal Groeifonds',
  'groeifonds',
  'ppp',
  'regio',
  'science park',
  'data',
  'e',
  'x',
  'a b',
  'leefstijl',
  'sport',
  'wonen',
  'ouderen',
  'mentale',
  "'s",
  'zelf*',
  'a?b',
  'c:d',
  '"quoted"',
  'back\\slash',
  'path/to',
];

describeNeo4j('embedded and Neo4j agree on the seed', () => {
  let embedded: CypherKiesStore;
  let neo4j: CypherKiesStore;
  beforeAll(async () => {
    embedded = await openFreshStore('embedded');
    neo4j = await openFreshStore('neo4j');
    await embedded.importGraph(readSeedGraph());
    await neo4j.importGraph(readSeedGraph());
  });
  afterAll(async () => {
    await embedded?.close();
    await neo4j?.close();
  });

  it(`search: ${QUERIES.length} queries rank the same nodes in the same order (full-text index vs scan)`, async () => {
    let hits = 0;
    for (const text of QUERIES) {
      const folded = searchText(text);
      for (const labels of [null, ['PPP' as const]]) {
        const [a, b] = await Promise.all([embedded.search(folded, labels, 50), neo4j.search(folded, labels, 50)]);
        const view = (r: typeof a) => r.map((h) => `${h.node.id}:${h.score}:${h.matchedOn}`);
        expect(view(b), `search "${text}" ${labels ?? ''}`).toEqual(view(a));
        hits += a.length;
      }
    }
    // The list is not vacuous: most queries find something.
    expect(hits).toBeGreaterThan(QUERIES.length * 3);
  });

  it('export, counts, coverage and gap facts are equal', async () => {
    const [ea, na] = await Promise.all([embedded.exportGraph(), neo4j.exportGraph()]);
    const seedIds = new Set(readSeedGraph().nodes.map((n) => n.id));
    const sortKeys = (o: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(o).sort(([x], [y]) => x.localeCompare(y)));
    const canonical = (g: typeof ea) => ({
      nodes: g.nodes.filter((n) => seedIds.has(n.id)).map((n) => ({ ...n, properties: sortKeys(n.properties) })),
      relationships: g.relationships.map((r) => ({ ...r, properties: sortKeys(r.properties) })),
    });
    expect(canonical(na)).toEqual(canonical(ea));
    const dims = Object.values(DIMENSION_LABELS);
    expect(await neo4j.coverage(dims)).toEqual(await embedded.coverage(dims));
    expect(await neo4j.gapFacts()).toEqual(await embedded.gapFacts());
  });
  it('paths cut by a limit keep the same paths on both engines (ties broken by the nodes and types along them)', async () => {
    const requests = [
      { from: 'ppp-aboard', to: null, toLabels: ['Mission' as const], maxLength: 3, via: null, types: null, limit: 7 },
      { from: 'ppp-health-ri', to: 'mission-iv', toLabels: null, maxLength: 4, via: null, types: null, limit: 5 },
      { from: 'mission-iv', to: null, toLabels: ['PPP' as const], maxLength: 2, via: null, types: null, limit: 10 },
    ];
    for (const request of requests) {
      const view = (paths: Awaited<ReturnType<CypherKiesStore['paths']>>) =>
        paths.map((p) => p.nodes.map((n) => n.id).join('>') + '|' + p.hops.map((h) => h.relationship.type).join(','));
      const [a, b] = await Promise.all([embedded.paths(request), neo4j.paths(request)]);
      expect(a.length, JSON.stringify(request)).toBe(request.limit);
      expect(view(b), JSON.stringify(request)).toEqual(view(a));
    }
  });

  it('search finds a node written after the index was built, in the same transaction it commits', async () => {
    await neo4j.importGraph({
      nodes: [
        {
          id: 'org-zorgvernieuwers',
          labels: ['Organisation'],
          properties: {
            name: 'Zorgvernieuwers Één',
            description: 'Test node',
            sources: [],
            quotes: [],
            confidence: 'inferred',
            note: 'test',
          },
        },
      ],
      relationships: [],
    });
    const found = await neo4j.search(searchText('zorgvernieuwers een'), null, 5);
    expect(found[0]?.node.id).toBe('org-zorgvernieuwers');
  });
});

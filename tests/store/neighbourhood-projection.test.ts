// A neighbourhood read with a projection (only some properties) has exactly the whole answer's nodes, relationships,
// order and counts, with each property map cut to the projected keys: on both engines, and on the embedded store
// both through the compact adjacency (walk) and through Cypher.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GraphNode, GraphRelationship } from '../../server/src/domain/graph-data.js';
import type { Projection, Subgraph } from '../../server/src/domain/subgraphs.js';
import { CypherKiesStore } from '../../server/src/store/kies-store.js';
import { readSeedGraph } from '../../server/src/seed-graph.js';
import { describeEachEngine, openFresh } from '../engines.js';

const cut = (properties: Record<string, unknown>, keys: readonly string[] | null) =>
  keys === null ? properties : Object.fromEntries(Object.entries(properties).filter(([k]) => keys.includes(k)));

/** What the projected answer must be: the whole answer with every property map cut to the projection. */
function projected(whole: Subgraph, projection: Projection): Subgraph {
  return {
    ...whole,
    nodes: whole.nodes.map((n: GraphNode) => ({ ...n, properties: cut(n.properties, projection.node) })),
    relationships: whole.relationships.map((r: GraphRelationship) => ({
      ...r,
      properties: cut(r.properties, projection.relationship),
    })),
  };
}

const PROJECTIONS: Projection[] = [
  { node: ['name'], relationship: [] },
  { node: ['aliases', 'code', 'fullName', 'kind', 'name', 'nameEn'], relationship: ['confidence', 'role'] },
  { node: ['description', 'periodText', 'quotes', 'sources'], relationship: ['note', 'quotes', 'sources'] },
];
const CENTRES: [string, number][] = [
  ['mission-iv', 2],
  ['ppp-health-ri', 1],
  ['ppp-health-ri', 2],
];

describeEachEngine('neighbourhood with a projection', (engine) => {
  let stores: { name: string; store: CypherKiesStore }[] = [];
  let close: () => Promise<void>;
  beforeAll(async () => {
    const { store, executor } = await openFresh(engine);
    await store.importGraph(readSeedGraph());
    stores = [{ name: 'default', store }];
    // On the embedded store the default walks the adjacency; the same database read through Cypher as well.
    if (engine === 'embedded')
      stores.push({ name: 'cypher', store: new CypherKiesStore(executor, { walkNeighbourhood: false }) });
    // The walk answers once the adjacency is read: a paths call waits for it.
    await store.paths({
      from: 'mission-iv',
      to: 'ppp-health-ri',
      toLabels: null,
      maxLength: 2,
      via: null,
      types: null,
      limit: 1,
    });
    close = () => store.close();
  });
  afterAll(() => close?.());

  it('cuts each property map to the projection and changes nothing else', async () => {
    let compared = 0;
    for (const { name, store } of stores) {
      for (const [id, depth] of CENTRES) {
        const whole = await store.neighbourhood(id, depth, null, null, 300);
        expect(whole.nodes.length, `${name} ${id} ${depth}`).toBeGreaterThan(5);
        expect(whole.nodes.some((n) => 'description' in n.properties)).toBe(true);
        for (const projection of PROJECTIONS) {
          const answer = await store.neighbourhood(id, depth, null, null, 300, projection);
          expect(answer, `${name} ${id} depth ${depth} ${JSON.stringify(projection)}`).toEqual(
            projected(whole, projection),
          );
          compared++;
        }
      }
    }
    expect(compared).toBe(stores.length * CENTRES.length * PROJECTIONS.length);
  });

  it('refuses a key that is not a stored property of the model, on every path', async () => {
    for (const { store } of stores)
      await expect(
        store.neighbourhood('mission-iv', 1, null, null, 10, { node: ['name} RETURN 1 //'], relationship: [] }),
      ).rejects.toThrow(/not a stored property of the model/);
  });
});

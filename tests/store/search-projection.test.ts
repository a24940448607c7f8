// A search read with only some node properties has exactly the whole search's hits, scores and order, with each hit
// node's properties cut to those keys: on both engines, and on the embedded store both from the index's whole-node
// path and from the rows kept beside the adjacency (the explorer's search box), which read nothing from the engine.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type CypherKiesStore } from '../../server/src/store/kies-store.js';
import { KEPT_READS } from '../../server/src/store/kept-rows.js';
import { readSeedGraph } from '../../server/src/seed-graph.js';
import { describeEachEngine, openFresh } from '../engines.js';
import { recordedStore } from './recorded-store.js';

type Hits = Awaited<ReturnType<CypherKiesStore['search']>>;

const cut = (hits: Hits, keys: readonly string[]): Hits =>
  hits.map((h) => ({
    ...h,
    node: {
      ...h.node,
      properties: Object.fromEntries(Object.entries(h.node.properties).filter(([k]) => keys.includes(k))),
    },
  }));

const QUERIES = ['dementie', 'health', 'health-ri', 'zorg', 'ministerie van', 'tki'];
const KEYS: readonly string[][] = [[...KEPT_READS.node], ['name'], ['description', 'name'], []];

describeEachEngine('search with only some node properties', (engine) => {
  let store: CypherKiesStore;
  beforeAll(async () => {
    ({ store } = await openFresh(engine));
    await store.importGraph(readSeedGraph());
  });
  afterAll(() => store?.close());

  it('cuts each hit node to the asked keys and changes nothing else, before and after the adjacency is read', async () => {
    let hits = 0;
    for (const warm of [false, true]) {
      // Before: from whole nodes (kept hits or the engine); after: the explorer's keys from the kept rows.
      if (warm) await store.warm();
      for (const q of QUERIES) {
        const whole = await store.search(q, null, 20);
        expect(whole.length, q).toBeGreaterThan(0);
        for (const keys of KEYS) {
          expect(await store.search(q, null, 20, keys), `${q} ${keys} warm ${warm}`).toEqual(cut(whole, keys));
          hits += whole.length;
        }
      }
    }
    expect(hits).toBeGreaterThan(200);
  });

  it('refuses a key that is not a stored property of the model', async () => {
    await expect(store.search('zorg', null, 5, ['name} RETURN 1 //'])).rejects.toThrow(
      /not a stored property of the model/,
    );
  });
});

it("after warm(), the explorer's search reads nothing from the engine, and sees a rename at once", async () => {
  const { store, statements } = await recordedStore();
  try {
    await store.warm();
    await store.search('a', null, 1);
    statements.length = 0;
    // Hits never searched before: the whole-node path would read them.
    const hits = await store.search('ministerie', null, 20, KEPT_READS.node);
    expect(hits.length).toBeGreaterThan(3);
    expect(statements).toEqual([]);
    expect(hits.every((h) => typeof h.node.properties.name === 'string')).toBe(true);
    const id = hits[0]!.node.id;
    await store.curation.updateNode(
      id,
      { fields: { name: 'Ministerie van Hernoemde Zaken' }, provenance: { note: 'search projection test' } },
      { name: 'alice', role: 'editor' },
    );
    const renamed = await store.search('hernoemde zaken', null, 5, KEPT_READS.node);
    expect(renamed.map((h) => [h.node.id, h.node.properties.name])).toEqual([[id, 'Ministerie van Hernoemde Zaken']]);
  } finally {
    await store.close();
  }
});

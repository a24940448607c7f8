// Reads run side by side (one embedded handle runs each read on the engine's own threads; Neo4j reads take pooled
// sessions) while writes stay serialised, and a read issued after a write was acknowledged always sees that write.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AUDIT_LABEL } from '@kies/schema';
import type { CypherExecutor } from '../../server/src/store/executor.js';
import type { CypherKiesStore } from '../../server/src/store/kies-store.js';
import { describeEachEngine, openFresh } from '../engines.js';

// ~0.5 s on the embedded engine, well over a hundred light round trips on either engine.
const heavy = {
  cypher: 'UNWIND range(1, $n) AS i WITH i WHERE i % 7 = 0 RETURN count(i) AS c',
  params: { n: 1_000_000 },
};
const light = (x: number) => ({ cypher: 'RETURN $x AS x', params: { x } });
const alice = { name: 'alice', role: 'editor' as const };
const note = { note: 'asserted by the concurrent reads test' };

describeEachEngine('concurrent reads', (engine) => {
  let store: CypherKiesStore;
  let executor: CypherExecutor;

  beforeAll(async () => {
    ({ store, executor } = await openFresh(engine));
  });
  afterAll(async () => {
    await store.close();
  });

  it('a read does not wait for another read in flight: light reads finish while a heavy one runs', async () => {
    const finished: string[] = [];
    const heavyRead = executor.read(heavy).then((rows) => {
      finished.push('heavy');
      return rows;
    });
    // Five light reads one after another, all started while the heavy read is running. Were reads queued behind
    // each other, every one of them would finish after the heavy read.
    for (let i = 0; i < 5; i++) {
      expect(await executor.read(light(i))).toEqual([{ x: i }]);
      finished.push(`light ${i}`);
    }
    expect(await heavyRead).toEqual([{ c: 142_857 }]);
    expect(finished).toEqual(['light 0', 'light 1', 'light 2', 'light 3', 'light 4', 'heavy']);
  });

  it('many heavy reads at once all answer, each with its own result', async () => {
    const sizes = [100_000, 200_000, 300_000, 400_000, 500_000, 600_000];
    const rows = await Promise.all(sizes.map((n) => executor.read({ ...heavy, params: { n } })));
    expect(rows).toEqual(sizes.map((n) => [{ c: Math.floor(n / 7) }]));
  });

  it('writes stay serialised and every acknowledged write is seen by the next read, with reads racing them', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `org-gelijktijdig-${i}`);
    const background = Array.from({ length: 4 }, () => executor.read({ ...heavy, params: { n: 300_000 } }));
    const seen = await Promise.all(
      ids.map(async (id, i) => {
        // A read racing the write may or may not see it; the one issued after the acknowledgement must.
        const racing = store.nodesById([id]);
        await store.curation.createNode(
          { id, labels: ['Organisation'], fields: { name: `Gelijktijdig ${i}` }, provenance: note },
          alice,
        );
        await racing;
        const [node] = await store.nodesById([id]);
        const [hit] = await store.search(`gelijktijdig ${i}`, null, 1);
        return { node: node?.properties.name, hit: hit?.node.id };
      }),
    );
    expect(seen).toEqual(ids.map((id, i) => ({ node: `Gelijktijdig ${i}`, hit: id })));
    await Promise.all(background);
    // Serialised writes: each curation write recorded exactly one audit event, none lost to a conflict.
    const [{ events }] = (await executor.read({
      cypher: `MATCH (e:${AUDIT_LABEL}) WHERE e.target STARTS WITH $prefix RETURN count(e) AS events`,
      params: { prefix: 'org-gelijktijdig-' },
    })) as [{ events: number }];
    expect(events).toBe(ids.length);
  });
});

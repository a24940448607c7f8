// A view's base graph (the KIES figure's labels on every start page) always shows the last acknowledged write, on
// both engines, though the embedded store keeps the answer between writes (kies-store.ts `graph`).
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CypherKiesStore } from '../../server/src/store/kies-store.js';
import { describeEachEngine, openFresh } from '../engines.js';

const alice = { name: 'alice', role: 'editor' as const };
const note = { note: 'asserted by the base graph test' };
const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id).sort();

describeEachEngine('base graph between writes', (engine) => {
  let store: CypherKiesStore;

  beforeAll(async () => {
    ({ store } = await openFresh(engine));
  });
  afterAll(async () => {
    await store.close();
  });

  it('answers the same twice without a write, and a created, renamed or deleted node right after the write', async () => {
    const create = (id: string, name: string) =>
      store.curation.createNode({ id, labels: ['Organisation'], fields: { name }, provenance: note }, alice);
    await create('org-basis-a', 'Basis A');
    const first = await store.graph(['Organisation'], 2000);
    expect(ids(first.nodes)).toEqual(['org-basis-a']);
    expect(await store.graph(['Organisation'], 2000)).toEqual(first);

    await create('org-basis-b', 'Basis B');
    expect(ids((await store.graph(['Organisation'], 2000)).nodes)).toEqual(['org-basis-a', 'org-basis-b']);

    await store.curation.updateNode('org-basis-b', { fields: { name: 'Basis B hernoemd' }, provenance: note }, alice);
    const renamed = (await store.graph(['Organisation'], 2000)).nodes.find((n) => n.id === 'org-basis-b')!;
    expect(renamed.properties.name).toBe('Basis B hernoemd');

    await store.curation.deleteNode('org-basis-a', note, alice);
    expect(ids((await store.graph(['Organisation'], 2000)).nodes)).toEqual(['org-basis-b']);
    // Another label set and limit are answers of their own.
    expect((await store.graph(['Organisation'], 1)).nodes).toHaveLength(1);
    expect((await store.graph(['Mission'], 2000)).nodes).toEqual([]);
  });
});

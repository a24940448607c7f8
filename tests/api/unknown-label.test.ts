// A stored node with no label of the graph model (written past the store, e.g. by another tool on the same Neo4j) is
// an error where the API must name its kind, never silently an Organisation; a node with a model label is unaffected.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../../server/src/http/create-app.js';
import type { CypherExecutor } from '../../server/src/store/executor.js';
import type { CypherKiesStore } from '../../server/src/store/kies-store.js';
import { describeEachEngine, openFresh } from '../engines.js';

interface Answer {
  data?: { node: { id: string; label: string; labels: string[] } | null } | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

describeEachEngine('Node.label of a node without a model label', (engine) => {
  let store: CypherKiesStore;
  let executor: CypherExecutor;
  let server: Server;
  let stop: () => Promise<void>;
  let url: string;

  beforeAll(async () => {
    ({ store, executor } = await openFresh(engine));
    // Straight through the executor: the store's own writes refuse labels outside the model.
    await executor.write([
      { cypher: 'CREATE (:Entity:Policymaker {id: $id, name: $name})', params: { id: 'x-unknown', name: 'Unknown' } },
      { cypher: 'CREATE (:Entity:PPP {id: $id, name: $name})', params: { id: 'ppp-known', name: 'Known' } },
    ]);
    const created = await createApp({ store });
    stop = created.stop;
    server = await new Promise((resolve) => {
      const s = created.app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    await stop?.();
    await store?.close();
  });

  const ask = async (id: string): Promise<Answer> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query($id: ID!) { node(id: $id) { id label labels } }', variables: { id } }),
    });
    return (await res.json()) as Answer;
  };

  it('answers an internal error naming the node instead of a label', async () => {
    const answer = await ask('x-unknown');
    expect(answer.data?.node ?? null).toBeNull();
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]?.path).toEqual(['node', 'label']);
    expect(answer.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(answer.errors?.[0]?.message).toBe('node x-unknown has no label of the graph model');
  });

  it('still answers the label of a node that has one', async () => {
    const answer = await ask('ppp-known');
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.node).toEqual({ id: 'ppp-known', label: 'PPP', labels: ['PPP'] });
  });
});

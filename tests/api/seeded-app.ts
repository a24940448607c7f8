// Test helper: the real app (createApp) over HTTP on an ephemeral loopback port, backed by a seeded store on either engine.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { GraphQLClient } from 'graphql-request';
import { createApp } from '../../server/src/http/create-app.js';
import type { CypherKiesStore } from '../../server/src/store/kies-store.js';
import { readSeedGraph } from '../../server/src/seed-graph.js';
import { openFreshStore, type Engine } from '../engines.js';

export interface SeededApp {
  url: string;
  client: GraphQLClient;
  store: CypherKiesStore;
  close(): Promise<void>;
}

export async function startSeededApp(engine: Engine = 'embedded'): Promise<SeededApp> {
  const store = await openFreshStore(engine);
  await store.importGraph(readSeedGraph());
  const { app, stop } = await createApp({ store });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    client: new GraphQLClient(`${url}/graphql`),
    store,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stop();
      await store.close();
    },
  };
}

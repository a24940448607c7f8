// Test helper: the real app over HTTP on a loopback port, seeded embedded store, with API tokens of each role.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp, type AppOptions } from '../../server/src/http/create-app.js';
import type { CypherKiesStore } from '../../server/src/store/kies-store.js';
import { openFreshStore, type Engine } from '../engines.js';
import { readSeedGraph } from '../../server/src/seed-graph.js';
import { newToken, type TokenEntry } from '../../server/src/auth/tokens.js';
import { type AnyAnswer, type ErrorExtensions } from '../api/answers.js';

export interface CurationApp {
  url: string;
  store: CypherKiesStore;
  tokens: { viewer: string; editor: string; editor2: string; admin: string };
  /** POSTs a GraphQL operation; returns the HTTP status and the parsed body. */
  gql(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<{ status: number; body: GqlBody }>;
  close(): Promise<void>;
}

interface GqlBody {
  data?: AnyAnswer | null;
  errors?: { message: string; extensions?: ErrorExtensions }[];
}

export async function startCurationApp(
  options: Partial<AppOptions> & { readRequiresToken?: boolean; engine?: Engine } = {},
): Promise<CurationApp> {
  const made = {
    viewer: newToken('vera', 'viewer'),
    editor: newToken('alice', 'editor'),
    editor2: newToken('bob', 'editor'),
    admin: newToken('root', 'admin'),
  };
  const entries: TokenEntry[] = Object.values(made).map((m) => m.entry);
  const store = await openFreshStore(options.engine ?? 'embedded');
  await store.importGraph(readSeedGraph());
  const { app, stop } = await createApp({
    store,
    auth: { tokens: entries, readRequiresToken: options.readRequiresToken ?? false },
    ...options,
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    store,
    tokens: {
      viewer: made.viewer.token,
      editor: made.editor.token,
      editor2: made.editor2.token,
      admin: made.admin.token,
    },
    async gql(query, variables = {}, token = null) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as GqlBody };
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stop();
      await store.close();
    },
  };
}

/** Provenance that passes: a quote really on the cited lines of the KIA (004_*.txt). */
export const ASSERTED = { note: 'asserted by the governance team (test)' };

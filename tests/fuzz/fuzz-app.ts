// Test helper for the hostile-input suite: the real app over loopback HTTP on an in-memory embedded store seeded
// with the KIES graph, tokens of each role, store counts (graph and audit trail) and the "clear answer" check.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import fc from 'fast-check';
import { createApp } from '../../server/src/http/create-app.js';
import { CypherKiesStore } from '../../server/src/store/kies-store.js';
import { GrafeoExecutor } from '../../server/src/store/grafeo-executor.js';
import { readSeedGraph } from '../../server/src/seed-graph.js';
import { newToken } from '../../server/src/auth/tokens.js';
import { type AnyAnswer, type ErrorExtensions } from '../api/answers.js';

export interface Answer {
  status: number;
  body: { data?: AnyAnswer | null; errors?: { message: string; extensions?: ErrorExtensions }[] } | null;
  text: string;
}

export interface Counts {
  nodes: number;
  relationships: number;
  audit: number;
}

/** Codes a client can act on; INTERNAL_SERVER_ERROR (or no code) means the server did not understand its own failure. */
const CLEAR_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'QUERY_TOO_COMPLEX',
  'NOT_FOUND',
  'CONSTRAINT_VIOLATION',
  'CONFLICT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

/** Why an answer is not "a clear error or an answer" (null when it is one). */
export function unclear(answer: Answer): string | null {
  if (answer.status >= 500) return `HTTP ${answer.status}: ${answer.text.slice(0, 300)}`;
  if (!answer.body) return `HTTP ${answer.status} without a JSON body: ${answer.text.slice(0, 300)}`;
  if (answer.status !== 200 && !answer.body.errors?.length) return `HTTP ${answer.status} without errors`;
  for (const error of answer.body.errors ?? []) {
    const code = error.extensions?.code;
    if (code === undefined || !CLEAR_CODES.has(code)) return `error code ${code}: ${error.message}`;
    if (typeof error.message !== 'string' || error.message.length < 8)
      return `vague message "${error.message}" (${code})`;
  }
  if (answer.status === 200 && !answer.body.errors && !answer.body.data) return 'HTTP 200 without data or errors';
  return null;
}

export async function startFuzzApp() {
  const tokens = {
    viewer: newToken('vera', 'viewer'),
    editor: newToken('alice', 'editor'),
    admin: newToken('root', 'admin'),
  };
  const executor = GrafeoExecutor.open(null);
  const store = new CypherKiesStore(executor);
  await store.ensureSchema();
  await store.importGraph(readSeedGraph());
  const { app, stop } = await createApp({
    store,
    auth: { tokens: Object.values(tokens).map((t) => t.entry), readRequiresToken: false },
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const count = async (cypher: string) => Number((await executor.read({ cypher, params: {} }))[0]?.n ?? -1);
  return {
    url,
    store,
    token: { viewer: tokens.viewer.token, editor: tokens.editor.token, admin: tokens.admin.token },
    /** POSTs a raw body (already JSON text, or deliberately not) to /graphql. */
    async post(body: string, token?: string): Promise<Answer> {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body,
      });
      const text = await res.text();
      let parsed: Answer['body'] = null;
      try {
        parsed = JSON.parse(text) as Answer['body'];
      } catch {
        // left null: unclear() reports it
      }
      return { status: res.status, body: parsed, text };
    },
    gql(query: string, variables: unknown, token?: string) {
      return this.post(JSON.stringify({ query, variables }), token);
    },
    async counts(): Promise<Counts> {
      return {
        nodes: await count('MATCH (n:Entity) RETURN count(n) AS n'),
        relationships: await count('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n'),
        audit: await count('MATCH (e:AuditEvent) RETURN count(e) AS n'),
      };
    },
    async alive(): Promise<boolean> {
      return (await fetch(`${url}/health`)).status === 200;
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stop();
      await store.close();
    },
  };
}

export type FuzzApp = Awaited<ReturnType<typeof startFuzzApp>>;

/** Runs a batch of cases at once (a loaded 2-core machine still overlaps network and store work). */
export const inParallel = <T, R>(items: T[], run: (item: T) => Promise<R>) => Promise.all(items.map(run));

// ---- hostile values ------------------------------------------------------------------------------------------------

const seedIds = readSeedGraph().nodes.map((n) => n.id);

/** Text an attacker or a careless client sends: injection attempts, control characters, huge, non-BMP, RTL. */
export const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    "' OR 1=1 //",
    '"}) MATCH (n) DETACH DELETE n //',
    '`Entity`) DETACH DELETE n //',
    '$id',
    '{{id}}',
    '\u0000',
    '\u202eevil\u202c',
    '👩‍⚕️🏥',
    '%00%27',
    '\\u0000',
    '.*',
    '[',
    'a'.repeat(5000),
    '',
    ' ',
    'mission-iv',
    'MATCH (n) RETURN n',
    '<script>alert(1)</script>',
    'G&Z;',
  ),
  fc.string({ minLength: 1000, maxLength: 20000 }).map((s) => s.repeat(2)),
);

export const someId = fc.oneof(
  { arbitrary: fc.constantFrom(...seedIds), weight: 4 },
  hostileText,
  fc.constantFrom('org-', 'x'.repeat(300), 'mission-IV', 'ppp-'),
);

/** A value of any JSON type, for arguments that expect another one. */
export const wrongType = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  fc.constantFrom(2 ** 53, -(2 ** 63), 1e308, -1e-308, 2 ** 31, -(2 ** 31) - 1),
);

export const hostileInt = fc.oneof(
  { arbitrary: fc.integer({ min: -5, max: 300 }), weight: 4 },
  fc.integer(),
  fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31)),
  wrongType,
);

export const label = fc.oneof(
  {
    arbitrary: fc.constantFrom('Mission', 'PPP', 'Organisation', 'Programme', 'KeyTechnology', 'Ministry', 'Region'),
    weight: 6,
  },
  fc.constantFrom('Entity', 'AuditEvent', 'organisation'),
  hostileText,
);
export const relType = fc.oneof(
  { arbitrary: fc.constantFrom('ADDRESSES', 'PARTNER_IN', 'FUNDS', 'PART_OF'), weight: 6 },
  fc.constantFrom('addresses', 'AUDITS'),
  hostileText,
);

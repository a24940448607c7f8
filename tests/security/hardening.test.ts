// Hardening over real HTTP: Cypher injection with hostile strings (values are parameters, labels/types only from
// the model), rate limiting, CORS, CSP and security headers, body size and batch limits, health and readiness,
// logs without bearer tokens, hashed tokens and the token CLI, and no credential in the browser bundle.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError } from '../../server/src/store/executor.js';
import * as curationCypher from '../../server/src/store/cypher/curation-cypher.js';
import * as queryCypher from '../../server/src/store/cypher/query-cypher.js';
import * as neighbourhoodCypher from '../../server/src/store/cypher/neighbourhood-cypher.js';
import { labelFragment, typeFragment } from '../../server/src/store/cypher/labels.js';
import { identify, loadTokens, newToken, sha256Hex } from '../../server/src/auth/tokens.js';
import { ROOT } from '../durability/server-process.js';
import { ASSERTED, startCurationApp, type CurationApp } from '../curation/curation-app.js';

const HOSTILE = [
  "x'}) MATCH (n) DETACH DELETE n //",
  'x"}) MATCH (n) DETACH DELETE n //',
  'x` DETACH DELETE n //',
  '$id} RETURN 1 UNION MATCH (n) DETACH DELETE n //',
  "'; CALL db.clearQueryCaches(); //",
  '<script>alert(1)</script><img src=x onerror=alert(1)>',
  '\\u0027 OR 1=1 /* */',
];

let app: CurationApp;
let seed: { nodes: number; relationships: number };
beforeAll(async () => {
  app = await startCurationApp();
  const counts = await app.store.counts();
  seed = { nodes: counts.nodes, relationships: counts.relationships };
});
afterAll(async () => app?.close());

describe('Cypher injection is impossible by construction', () => {
  it('hostile values become data: stored and read back verbatim, nothing else changes', async () => {
    for (const [i, text] of HOSTILE.entries()) {
      const { body } = await app.gql(
        `mutation($input: CreateNodeInput!) { createNode(input: $input) { node { name aliases description } } }`,
        {
          input: {
            id: `org-hostile-${i}`,
            labels: ['Organisation'],
            name: text,
            aliases: [text],
            description: text,
            provenance: { note: text },
          },
        },
        app.tokens.editor,
      );
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      expect(body.data!.createNode.node).toEqual({ name: text, aliases: [text], description: text });
      const search = await app.gql('query($t: String!) { search(text: $t) { node { id } } }', { t: text });
      expect(search.body.errors).toBeUndefined();
      const update = await app.gql(
        'mutation($id: ID!, $input: UpdateNodeInput!) { updateNode(id: $id, input: $input) { node { code } } }',
        { id: `org-hostile-${i}`, input: { code: text, provenance: { note: text } } },
        app.tokens.editor,
      );
      expect(update.body.data!.updateNode.node?.code).toBe(text);
      const audit = await app.gql(
        'query($a: String) { auditLog(actor: $a, nodeId: "mission-iv") { id } }',
        { a: text },
        app.tokens.editor,
      );
      expect(audit.body.data!.auditLog).toEqual([]);
    }
    const counts = await app.store.counts();
    expect(counts.nodes).toBe(seed.nodes + HOSTILE.length);
    expect(counts.relationships).toBe(seed.relationships);
    expect(await app.store.nodesById(['mission-iv'])).toHaveLength(1);
  });

  it('hostile ids, labels and types are refused before any statement is built', async () => {
    for (const text of HOSTILE) {
      const byId = await app.gql('query($id: ID!) { node(id: $id) { id } }', { id: text });
      expect(byId.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const rel = await app.gql(
        'mutation($t: RelationshipType!) { deleteRelationship(type: $t, start: "a", end: "b", provenance: {note: "x"}) { audit { id } } }',
        { t: text },
        app.tokens.editor,
      );
      expect(rel.body.errors?.[0]?.message).toMatch(/does not exist in "RelationshipType" enum/);
      expect(() => labelFragment([text])).toThrow(StoreError);
      expect(() => typeFragment(text)).toThrow(StoreError);
      // Straight at the store, past GraphQL's enums: the whitelist still holds.
      const error = await app.store.curation
        .createNode(
          { id: 'org-label-attack', labels: [text as 'PPP'], fields: { name: 'x' }, provenance: ASSERTED },
          { name: 'alice', role: 'editor' },
        )
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
    }
    // A property name outside the model is ignored by the store, refused by the importer.
    const sneaky = { name: 'ok', ['name`: 1}) MATCH (n) DETACH DELETE n //']: 'x' } as Record<string, string>;
    await app.store.curation.createNode(
      { id: 'org-prop-attack', labels: ['Organisation'], fields: sneaky, provenance: ASSERTED },
      { name: 'alice', role: 'editor' },
    );
    const [stored] = await app.store.nodesById(['org-prop-attack']);
    expect(Object.keys(stored!.properties).sort()).toEqual(['confidence', 'id', 'name', 'note', 'quotes', 'sources']);
    expect(await app.store.nodesById(['org-label-attack'])).toEqual([]);
  });

  it('builders put hostile values only in parameters, never in the statement text', () => {
    for (const text of HOSTILE) {
      const statements = [
        queryCypher.nodesByIdStatement([text]),
        queryCypher.searchStatement(text, [text], null, 5),
        neighbourhoodCypher.ringStatement([text], 10, null, null),
        neighbourhoodCypher.subgraphStatement(
          {
            kept: [text],
            readOut: [text],
            readIn: [text],
            outHubs: [text],
            fromStart: [{ start: text, end: text }],
            fromEnd: [],
          },
          null,
        ),
        curationCypher.nodeStateStatement(text),
        curationCypher.relationshipStateStatement('FUNDS', text, text),
        curationCypher.createNodeStatement(['PPP'], { id: text, name: text }, { id: text, actor: text }),
        curationCypher.updateNodeStatement(
          text,
          { labels: ['PPP'], properties: { id: text } },
          { labels: ['PPP'], properties: { name: text } },
          { id: text },
        ),
        curationCypher.deleteNodeStatement(
          text,
          { labels: ['PPP'], properties: { id: text }, degree: 0 },
          { note: text },
        ),
        curationCypher.createRelationshipStatement('FUNDS', text, text, { role: text }, { id: text }),
        curationCypher.deleteRelationshipStatement('FUNDS', text, text, { role: text }, { id: text }),
        curationCypher.auditEventsStatement({ nodeId: text, actor: text, since: text, until: text, limit: 5 }),
      ];
      for (const statement of statements) {
        expect(statement.cypher).not.toContain(text);
        expect(JSON.stringify(statement.params)).toContain(JSON.stringify(text).slice(1, -1));
      }
    }
  });
});

describe('HTTP hardening', () => {
  it('sets a strict CSP and security headers, and no x-powered-by', async () => {
    const res = await fetch(`${app.url}/health`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=/);
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('health and readiness answer, readiness 503 until ready', async () => {
    const health = await fetch(`${app.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', engine: 'embedded', ok: true });
    expect((await fetch(`${app.url}/ready`)).status).toBe(200);
    let ready = false;
    const starting = await startCurationApp({ isReady: () => ready });
    try {
      const before = await fetch(`${starting.url}/ready`);
      expect(before.status).toBe(503);
      expect(await before.json()).toEqual({ ready: false, engine: 'embedded' });
      ready = true;
      expect((await fetch(`${starting.url}/ready`)).status).toBe(200);
    } finally {
      await starting.close();
    }
  });

  it('refuses bodies over 100 kB (413) and batched operations', async () => {
    const big = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { nodes } }', variables: { pad: 'x'.repeat(200_000) } }),
    });
    expect(big.status).toBe(413);
    const batch = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ gaps { id } }' }))),
    });
    expect(batch.status).toBe(400);
  });

  it('caps mutations like queries: aliases multiplying writes are refused', async () => {
    const many = Array.from(
      { length: 40 },
      (_, i) => `m${i}: deleteNode(id: "mission-iv", provenance: {note: "x"}) { audit { id } }`,
    ).join('\n');
    const { body } = await app.gql(`mutation { ${many} }`, {}, app.tokens.admin);
    expect(body.errors?.[0]?.message).toMatch(/more than 30 aliases/);
    expect(await app.store.nodesById(['mission-iv'])).toHaveLength(1);
  });

  it('rate-limits /graphql per client (429 with RateLimit headers)', async () => {
    const limited = await startCurationApp({ rateLimitPerMinute: 5 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        const res = await fetch(`${limited.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ stats { nodes } }"}',
        });
        statuses.push(res.status);
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
      const res = await fetch(`${limited.url}/graphql?query=%7Bstats%7Bnodes%7D%7D`, {
        headers: { accept: 'application/json' },
      });
      expect(res.headers.get('ratelimit-policy') ?? res.headers.get('ratelimit')).toBeTruthy();
      expect((await fetch(`${limited.url}/health`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('answers CORS only for configured origins, allowing the Authorization header', async () => {
    const cors = await startCurationApp({ corsOrigins: ['https://allowed.example'] });
    try {
      const preflight = (origin: string) =>
        fetch(`${cors.url}/graphql`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type,authorization',
          },
        });
      const ok = await preflight('https://allowed.example');
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://allowed.example');
      expect(ok.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
      const evil = await preflight('https://evil.example');
      expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await cors.close();
    }
    // Without a list: same-origin only, no CORS headers at all.
    const res = await fetch(`${app.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('writes structured JSON request logs without bearer tokens', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const logged = await startCurationApp({ logger: pino({ level: 'info' }, sink) });
    try {
      await logged.gql('{ viewer { name } }', {}, logged.tokens.admin);
    } finally {
      await logged.close();
    }
    const records = lines.map(
      (l) => JSON.parse(l) as { req?: { url: string; headers: Record<string, string> }; res?: { statusCode: number } },
    );
    const request = records.find((r) => r.req?.url === '/graphql');
    expect(request?.res?.statusCode).toBe(200);
    expect(request?.req?.headers.authorization).toBe('[Redacted]');
    expect(lines.join('\n')).not.toContain(logged.tokens.admin);
  });
});

describe('tokens', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kies-tokens-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('`npm run token` prints a new token once and stores only its SHA-256', async () => {
    const file = join(dir, 'tokens.json');
    const run = (name: string, role: string) =>
      promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', 'server/src/cli/token.ts', '--name', name, '--role', role, '--file', file],
        { cwd: ROOT },
      );
    const { stdout } = await run('alice', 'editor');
    await run('root', 'admin');
    const token = stdout.trim().split('\n').at(-1)!;
    expect(token).toMatch(/^kies_[\w-]{43}$/);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(token);
    expect((statSync(file).mode & 0o777).toString(8)).toBe('600');
    const tokens = loadTokens({ KIES_TOKENS_FILE: file });
    expect(tokens).toEqual([
      { name: 'alice', role: 'editor', tokenSha256: sha256Hex(token) },
      { name: 'root', role: 'admin', tokenSha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    expect(identify(token, tokens)).toEqual({ name: 'alice', role: 'editor' });
    expect(identify(`${token}x`, tokens)).toBeNull();
  });

  it('refuses token lists with plain tokens or unknown roles', () => {
    const made = newToken('bob', 'viewer');
    expect(loadTokens({ KIES_TOKENS: JSON.stringify([made.entry]) })).toEqual([made.entry]);
    expect(() =>
      loadTokens({ KIES_TOKENS: JSON.stringify([{ name: 'bob', role: 'viewer', tokenSha256: made.token }]) }),
    ).toThrow(/64 lower-case hex/);
    expect(() => loadTokens({ KIES_TOKENS: JSON.stringify([{ ...made.entry, role: 'root' }]) })).toThrow(
      /role must be one of/,
    );
  });

  it('no credential or token machinery reaches the browser bundle', () => {
    const files = (d: string): string[] =>
      existsSync(d)
        ? readdirSync(d, { withFileTypes: true }).flatMap((e) =>
            e.isDirectory() ? files(join(d, e.name)) : [join(d, e.name)],
          )
        : [];
    const bundle = [...files(join(ROOT, 'web', 'src')), ...files(join(ROOT, 'web', 'dist'))].filter((f) =>
      /\.(js|ts|tsx|html|json|map)$/.test(f),
    );
    expect(bundle.length).toBeGreaterThan(0);
    for (const file of bundle) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/tokenSha256|KIES_TOKENS|kies_[\w-]{43}/);
    }
    const vite = readFileSync(join(ROOT, 'web', 'vite.config.ts'), 'utf8');
    expect(vite).not.toMatch(/envPrefix|define\s*:/);
  });
});

// The Neo4j executor without a Neo4j server: value mapping, parameter typing, and the start-up failure path
// (in-process, and for real through `tsx server/src/main.ts` with NEO4J_URI pointing at a closed port).
import { spawn } from 'node:child_process';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../server/src/store/executor.js';
import {
  connectErrorMessage,
  fromNeo4j,
  Neo4jExecutor,
  redactUri,
  toNeo4jParams,
} from '../../server/src/store/neo4j-executor.js';
import { toPlain } from '../../server/src/store/grafeo-executor.js';
import { freePort as closedPort } from '../free-port.js';

describe('fromNeo4j: driver values to plain JS at one place', () => {
  it('maps Integers to numbers, and past 2^53 to strings', () => {
    expect(fromNeo4j(neo4j.int(42))).toBe(42);
    expect(fromNeo4j(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(fromNeo4j({ count: neo4j.int(3), nested: [neo4j.int(-1)] })).toEqual({ count: 3, nested: [-1] });
  });

  it('maps temporals to ISO-8601 strings', () => {
    expect(fromNeo4j(new neo4j.types.Date(2024, 3, 9))).toBe('2024-03-09');
    expect(fromNeo4j(new neo4j.types.LocalDateTime(2024, 3, 9, 13, 5, 7, 0))).toBe('2024-03-09T13:05:07');
    expect(fromNeo4j(new neo4j.types.DateTime(2024, 3, 9, 13, 5, 7, 0, 3600))).toBe('2024-03-09T13:05:07+01:00');
    expect(fromNeo4j(new neo4j.types.LocalTime(8, 30, 0, 0))).toBe('08:30:00');
    expect(fromNeo4j(new neo4j.types.Duration(0, 14, 0, 0))).toBe('P14D');
  });

  it('maps nodes and relationships to labels/type and plain properties', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Entity', 'PPP'], { id: 'ppp-x', n: neo4j.int(2) }, '4:x:1');
    expect(fromNeo4j(node)).toEqual({
      elementId: '4:x:1',
      labels: ['Entity', 'PPP'],
      properties: { id: 'ppp-x', n: 2 },
    });
    const rel = new neo4j.types.Relationship(
      neo4j.int(5),
      neo4j.int(1),
      neo4j.int(2),
      'FUNDS',
      { role: 'x' },
      '5:x:5',
      '4:x:1',
      '4:x:2',
    );
    expect(fromNeo4j(rel)).toEqual({
      elementId: '5:x:5',
      type: 'FUNDS',
      startElementId: '4:x:1',
      endElementId: '4:x:2',
      properties: { role: 'x' },
    });
  });

  it('gives the same plain values as the embedded toPlain for plain inputs', () => {
    const row = { a: 'x', b: 1.5, c: [1, 2], d: null, e: true, f: { g: ['h'] } };
    expect(fromNeo4j(row)).toEqual(toPlain(row));
  });
});

describe('toNeo4jParams: whole numbers travel as Integers (as on the embedded engine)', () => {
  it('converts safe integers recursively and leaves floats, strings and booleans alone', () => {
    const params = toNeo4jParams({
      skip: 0,
      limit: 5000,
      rows: [{ properties: { amountEur: 1.5, n: 7, s: 'x', b: true } }],
    }) as {
      skip: unknown;
      limit: unknown;
      rows: { properties: Record<string, unknown> }[];
    };
    expect(neo4j.isInt(params.skip)).toBe(true);
    expect(neo4j.isInt(params.limit)).toBe(true);
    expect(neo4j.isInt(params.rows[0]!.properties.n)).toBe(true);
    expect(params.rows[0]!.properties).toMatchObject({ amountEur: 1.5, s: 'x', b: true });
  });
});

describe('connect failures give one clear paragraph', () => {
  const config = { uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'secret', database: undefined };

  it('names the URI, the cause and what to check, in one line without the password', () => {
    const message = connectErrorMessage(
      config,
      Object.assign(new Error('Failed to connect. Caused by: connect ECONNREFUSED 127.0.0.1:1'), {
        code: 'ServiceUnavailable',
      }),
    );
    expect(message).toContain('bolt://127.0.0.1:1');
    expect(message).toContain('connect ECONNREFUSED 127.0.0.1:1');
    expect(message).toMatch(/server is running/);
    expect(message).toMatch(/neo4j:\/\//);
    expect(message).not.toContain('\n');
    expect(message).not.toContain('secret');
  });

  it('points at credentials, the database and the URI scheme when those are the cause', () => {
    expect(
      connectErrorMessage(
        config,
        Object.assign(new Error('auth failed'), { code: 'Neo.ClientError.Security.Unauthorized' }),
      ),
    ).toMatch(/NEO4J_PASSWORD/);
    expect(
      connectErrorMessage(
        { ...config, database: 'kies' },
        Object.assign(new Error('Database does not exist'), { code: 'Neo.ClientError.Database.DatabaseNotFound' }),
      ),
    ).toMatch(/NEO4J_DATABASE \("kies"\)/);
    expect(connectErrorMessage(config, new Error('Unknown scheme: http'))).toMatch(/Check NEO4J_URI/);
    expect(redactUri('neo4j+s://user:pw@host:7687')).toBe('neo4j+s://***@host:7687');
  });

  it.each(['bolt', 'neo4j'])(
    'Neo4jExecutor.connect on a closed port (%s://) throws StoreError UNAVAILABLE',
    async (scheme) => {
      const uri = `${scheme}://127.0.0.1:${await closedPort()}`;
      const error = await Neo4jExecutor.connect({ ...config, uri }, { connectionTimeoutMs: 3000 }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).code).toBe('UNAVAILABLE');
      expect((error as Error).message).toContain(uri);
      expect((error as Error).message).toMatch(/ECONNREFUSED/);
    },
  );

  it('an unknown URI scheme fails the same way', async () => {
    const error = await Neo4jExecutor.connect({ ...config, uri: 'http://127.0.0.1:7474' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toMatch(/Check NEO4J_URI/);
  });

  it('`tsx server/src/main.ts` with a wrong NEO4J_URI exits non-zero with the paragraph and no stack trace', async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      env: { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: 'not-this', PORT: '0', KIES_SEED_ON_START: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, stderr).not.toBe(0);
    expect(code).not.toBeNull();
    const lines = stderr
      .trim()
      .split('\n')
      .filter((l) => !/^npm warn/.test(l));
    expect(lines, stderr).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^store: cannot connect to Neo4j at ${uri.replace(/[.]/g, '\\.')}`));
    expect(lines[0]).toMatch(/ECONNREFUSED.*Check that the server is running/);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr).not.toContain('not-this');
    expect(stdout).not.toMatch(/explorer on/);
  });
});

// Against the real Neo4j server: both URI schemes (bolt:// direct, neo4j:// with a routing table from one server),
// the server's identity, and the explorer refusing to start with one clear paragraph for each failure a user meets.
import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';
import { Neo4jExecutor } from '../../server/src/store/neo4j-executor.js';
import { describeNeo4j, neo4jConfig, wipeNeo4j } from '../engines.js';
import { freePort as closedPort } from '../free-port.js';

/** Starts `server/src/main.ts` with the given Neo4j settings and returns how it ended (it must not start). */
async function startExplorer(
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    env: { ...process.env, PORT: '0', KIES_SEED_ON_START: 'false', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  return { code, stdout, stderr };
}

function expectOneParagraph(
  result: { code: number | null; stdout: string; stderr: string },
  uri: string,
  secret: string,
): string {
  expect(result.code, result.stderr).toBe(1);
  const lines = result.stderr
    .trim()
    .split('\n')
    .filter((l) => !/^npm warn/.test(l));
  expect(lines, result.stderr).toHaveLength(1);
  const line = lines[0]!;
  expect(line.startsWith(`store: cannot connect to Neo4j at ${uri}`), line).toBe(true);
  expect(line).not.toMatch(/\.\./);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stderr + result.stdout).not.toContain(secret);
  expect(result.stdout).not.toMatch(/explorer on/);
  return line;
}

describeNeo4j('the real Neo4j server', () => {
  it.each(['bolt', 'neo4j'])('%s:// connects, reads and writes, and names the server version', async (scheme) => {
    const config = neo4jConfig();
    const uri = config.uri.replace(/^bolt:/, `${scheme}:`);
    const executor = await Neo4jExecutor.connect({ ...config, uri });
    try {
      const health = await executor.health();
      expect(health.ok).toBe(true);
      expect(health.detail).toMatch(new RegExp(`^Neo4j/5\\.26\\.\\d+ at ${uri.replace(/[.]/g, '\\.')}`));
      const [row] = await executor.read({
        cypher: 'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
        params: {},
      });
      expect(row).toMatchObject({ name: 'Neo4j Kernel', edition: 'community' });
      expect(String(row!.version)).toMatch(/^5\.26\.\d+$/);
      const [written] = await executor.write([
        {
          cypher: 'CREATE (n:SchemeProbe {scheme: $scheme}) WITH n DELETE n RETURN $scheme AS scheme',
          params: { scheme },
        },
      ]);
      expect(written).toEqual([{ scheme }]);
    } finally {
      await executor.close();
    }
  });

  it('a wrong password stops the explorer with one paragraph naming NEO4J_PASSWORD, never the password', async () => {
    const { uri } = neo4jConfig();
    const result = await startExplorer({ NEO4J_URI: uri, NEO4J_PASSWORD: 'wrong-password-123' });
    const line = expectOneParagraph(result, uri, 'wrong-password-123');
    expect(line).toMatch(/authentication failure/i);
    expect(line).toMatch(/Check NEO4J_USER \("neo4j"\) and NEO4J_PASSWORD/);
  });

  it('a database that does not exist stops the explorer with one paragraph naming NEO4J_DATABASE', async () => {
    const { uri, password } = neo4jConfig();
    const result = await startExplorer({ NEO4J_URI: uri, NEO4J_PASSWORD: password, NEO4J_DATABASE: 'nosuchdb' });
    const line = expectOneParagraph(result, uri, password);
    expect(line).toMatch(/database "nosuchdb"/);
    expect(line).toMatch(/Check NEO4J_DATABASE \("nosuchdb"\)/);
  });

  it.each(['bolt', 'neo4j'])(
    'an unreachable host (%s://, nothing listening) stops the explorer with one paragraph',
    async (scheme) => {
      const { password } = neo4jConfig();
      const uri = `${scheme}://127.0.0.1:${await closedPort()}`;
      const line = expectOneParagraph(await startExplorer({ NEO4J_URI: uri, NEO4J_PASSWORD: password }), uri, password);
      expect(line).toMatch(/Check that the server is running/);
    },
  );

  it('the explorer starts on neo4j:// (routing) and answers GraphQL from the server', async () => {
    const { uri, password } = neo4jConfig();
    const routed = uri.replace(/^bolt:/, 'neo4j:');
    // The worker's database holds whatever the previous test file left (a store test's two nodes, say); the explorer
    // seeds only an empty store, so start it on an empty one to get the seeded graph whatever ran before.
    await wipeNeo4j();
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      env: {
        ...process.env,
        PORT: '0',
        NODE_ENV: 'production',
        NEO4J_URI: routed,
        NEO4J_PASSWORD: password,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no start:\n${out}`)), 120_000);
        child.stdout.on('data', () => {
          const match = /explorer on (http:\/\/[\d.]+:\d+)\//.exec(out);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        });
        child.on('exit', () => reject(new Error(`exited:\n${out}`)));
      });
      expect(out).toMatch(new RegExp(`kies: Neo4j/5\\.26\\.\\d+ at ${routed.replace(/[.]/g, '\\.')}`));
      const health = (await (await fetch(`${url}/health`)).json()) as { engine: string; ok: boolean };
      expect(health).toMatchObject({ engine: 'neo4j', ok: true });
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { nodes } }' }),
      });
      expect(((await res.json()) as { data: { stats: { nodes: number } } }).data.stats.nodes).toBeGreaterThan(500);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.on('close', resolve));
    }
  });
});

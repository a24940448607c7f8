// The README's start path as a newcomer runs it: a real server process on an empty data dir seeds, serves, stops.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSeedGraph } from '../../server/src/seed-graph.js';
import { ROOT } from '../e2e/app-server.js';

const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

async function startServer(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, NEO4J_URI: '' },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const deadline = Date.now() + 60_000;
  while (!output.includes('explorer on http://')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, output: () => output, exited };
}

let running: Started | undefined;
afterEach(() => {
  running?.child.kill('SIGKILL');
  running = undefined;
});

describe('npm start (server process on the embedded default)', () => {
  it('seeds an empty data dir, serves the explorer page and the graph, and stops gracefully on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kies-start-'));
    const port = await freePort();
    const seed = readSeedGraph();
    running = await startServer({ PORT: String(port), KIES_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    expect(running.output()).toContain(
      `seeded ${seed.nodes.length} nodes and ${seed.relationships.length} relationships`,
    );

    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toMatch(/<div id="root">/);

    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { nodes relationships } }' }),
    });
    const body = (await response.json()) as { data: { stats: { nodes: number; relationships: number } } };
    expect(body.data.stats).toEqual({ nodes: seed.nodes.length, relationships: seed.relationships.length });

    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);

    // Second start on the same data dir: the graph persisted, so nothing is seeded again.
    running = await startServer({ PORT: String(port), KIES_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    expect(running.output()).not.toContain('seeded');
    const again = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { nodes } }' }),
    });
    expect(((await again.json()) as { data: { stats: { nodes: number } } }).data.stats.nodes).toBe(seed.nodes.length);
  });
});

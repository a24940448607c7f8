// Vitest global setup: builds web/dist once, and starts the local Neo4j servers the Neo4j half of the tests runs on.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureWebBuild } from './e2e/app-server.js';
import { neo4jUnavailableReason, startNeo4j, type RunningNeo4j } from './neo4j-server/neo4j-launcher.js';
import type { Neo4jServerInfo } from './engines.js';
import { Neo4jExecutor } from '../server/src/store/neo4j-executor.js';
import { CypherKiesStore } from '../server/src/store/kies-store.js';
import { readSeedGraph } from '../server/src/seed-graph.js';
import { freePort } from './free-port.js';

/** One server per worker: files in parallel never share a database (Community Edition has one user database). */
const NEO4J_SERVERS = 2;

/**
 * Loads the seed once and runs the heavier reads, then empties the database: a cold Neo4j plans and compiles each
 * statement on first use (the first seed load takes ~12 s, the third under 1 s), which would land in whichever test
 * comes first and make its timing meaningless.
 */
async function warmUp(server: RunningNeo4j): Promise<void> {
  const store = new CypherKiesStore(
    await Neo4jExecutor.connect({ uri: server.uri, user: server.user, password: server.password, database: undefined }),
  );
  try {
    await store.ensureSchema();
    for (let i = 0; i < 2; i++) await store.importGraph(readSeedGraph());
    await store.gapFacts();
    await store.search('dementie', null, 20);
    await store.neighbourhood('mission-iv', 2, null, null, 500);
    await store.clear();
  } finally {
    await store.close();
  }
}

/**
 * Whether this run has a test that runs on Neo4j (one calling describeEachEngine or neo4jServer). A run of named files that have
 * none (`npx vitest run tests/e2e/panels.test.ts`) starts no JVM; the whole suite always does.
 */
function runNeedsNeo4j(project: TestProject): boolean {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('-') && a !== 'run' && a !== 'watch');
  if (args.length === 0) return true;
  const root = project.config.root;
  const files = readdirSync(join(root, 'tests'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts') && !file.includes('.tsbuild'))
    .map((file) => join('tests', file));
  return files.some(
    (file) =>
      args.some((filter) => file.includes(filter)) &&
      /describeEachEngine\(|describeNeo4j\(|neo4jServer\(\)/.test(readFileSync(join(root, file), 'utf8')),
  );
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureWebBuild();
  let running: RunningNeo4j[] = [];
  let notRun: string;
  if (process.env.NEO4J_URI) {
    notRun = '';
  } else if (process.env.KIES_TEST_NEO4J === 'off') {
    notRun = 'KIES_TEST_NEO4J=off';
  } else if (!runNeedsNeo4j(project)) {
    notRun = 'no Neo4j case among the chosen files';
  } else {
    notRun = neo4jUnavailableReason() ?? '';
    if (!notRun) {
      const started = Date.now();
      const ports = [];
      for (let i = 0; i < NEO4J_SERVERS; i++) ports.push(await freePort());
      running = await Promise.all(
        ports.map(async (port, i) => {
          const server = await startNeo4j({ port, password: `kies-test-${process.pid}-${i}`, noAuthLock: true });
          await warmUp(server);
          return server;
        }),
      );
      console.log(
        `global setup: ${running.length} local Neo4j servers up in ${Date.now() - started} ms (${running.map((r) => r.uri).join(', ')})`,
      );
    }
  }
  const servers: Neo4jServerInfo[] = running.map((r) => ({ uri: r.uri, user: r.user, password: r.password }));
  project.provide('neo4jServers', servers);
  project.provide('neo4jNotRun', notRun);
  return async () => {
    await Promise.all(running.map((r) => r.stop()));
    running = [];
  };
}

// Which engines a test runs on, and a fresh store on each: the embedded Grafeo store always, Neo4j when one is up.
// Neo4j comes from NEO4J_URI (a server of the user's; the runner then uses one worker) or from the local Neo4j that
// tests/global-setup.ts started, one server per vitest worker so files running in parallel never share a database.
import { describe, inject } from 'vitest';
import { GrafeoExecutor } from '../server/src/store/grafeo-executor.js';
import { CypherKiesStore } from '../server/src/store/kies-store.js';
import type { CypherExecutor } from '../server/src/store/executor.js';
import type { Neo4jConfig } from '../server/src/config.js';

export type Engine = 'embedded' | 'neo4j';
const ENGINES: readonly Engine[] = ['embedded', 'neo4j'];

export interface Neo4jServerInfo {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Local Neo4j servers started by the global setup, one per worker (empty when none could start). */
    neo4jServers: Neo4jServerInfo[];
    /** Why there is no Neo4j to test on ('no Java', ...), or '' when there is one. */
    neo4jNotRun: string;
  }
}

/** The Neo4j server this worker owns, or undefined when the tests run without Neo4j. */
function neo4jServer(): Neo4jServerInfo | undefined {
  if (process.env.NEO4J_URI) {
    return {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE || undefined,
    };
  }
  const servers = inject('neo4jServers') ?? [];
  if (servers.length === 0) return undefined;
  const pool = Number(process.env.VITEST_POOL_ID ?? '1');
  return servers[(pool - 1) % servers.length];
}

export function neo4jConfig(): Neo4jConfig {
  const server = neo4jServer();
  if (!server) throw new Error('engines: no Neo4j server for this test run');
  return { uri: server.uri, user: server.user, password: server.password, database: server.database };
}

/** Why Neo4j cases do not run, for test names and logs. */
function neo4jNotRunReason(): string {
  return neo4jServer() ? '' : inject('neo4jNotRun') || 'no Neo4j';
}

/**
 * Registers a describe block per engine. Without a Neo4j server the Neo4j block is registered but skipped, so the
 * report counts its cases as not run, never as passed.
 */
export function describeEachEngine(name: string, body: (engine: Engine) => void): void {
  for (const engine of ENGINES) {
    const off = engine === 'neo4j' && !neo4jServer();
    // A Neo4j round trip costs more than an in-process call; server-process and seeding cases get more time there.
    const timeout = engine === 'neo4j' ? 180_000 : undefined;
    describe.skipIf(off)(`${name} [${engine}${off ? `: NOT RUN, ${neo4jNotRunReason()}` : ''}]`, { timeout }, () =>
      body(engine),
    );
  }
}

/** A describe block that only makes sense on Neo4j (the server itself, engine comparisons); skipped without one. */
export function describeNeo4j(name: string, body: () => void): void {
  const off = !neo4jServer();
  describe.skipIf(off)(`${name} [neo4j${off ? `: NOT RUN, ${neo4jNotRunReason()}` : ''}]`, { timeout: 300_000 }, body);
}

/** Deletes every node of the worker's Neo4j database, audit events included (a scratch database: see global setup). */
async function wipe(executor: CypherExecutor): Promise<void> {
  if (process.env.NEO4J_URI && process.env.KIES_CONTRACT_CLEAR_NEO4J !== 'true') {
    // A server of the user's: never wipe it unless told that it is a scratch database.
    throw new Error(
      'engines: the Neo4j tests delete everything in the database at NEO4J_URI. Point NEO4J_DATABASE at a scratch ' +
        'database and set KIES_CONTRACT_CLEAR_NEO4J=true to allow it.',
    );
  }
  await executor.write([{ cypher: 'MATCH (n) DETACH DELETE n', params: {} }]);
}

async function openExecutor(engine: Engine): Promise<CypherExecutor> {
  if (engine === 'embedded') return GrafeoExecutor.open(null);
  const { Neo4jExecutor } = await import('../server/src/store/neo4j-executor.js');
  return Neo4jExecutor.connect(neo4jConfig());
}

/** An empty store on the engine with its schema in place (on Neo4j: the worker's database, wiped first). */
export async function openFresh(engine: Engine): Promise<{ store: CypherKiesStore; executor: CypherExecutor }> {
  const executor = await openExecutor(engine);
  if (engine === 'neo4j') await wipe(executor);
  const store = new CypherKiesStore(executor);
  await store.ensureSchema();
  return { store, executor };
}

export async function openFreshStore(engine: Engine): Promise<CypherKiesStore> {
  return (await openFresh(engine)).store;
}

/** Deletes every node, audit events included (between contract cases on one Neo4j connection). */
export const wipeAll = wipe;

/** Environment for a server child process (`server/src/main.ts`, CLIs) on the engine. */
export function engineEnv(engine: Engine): Record<string, string> {
  if (engine === 'embedded') return { NEO4J_URI: '' };
  const server = neo4jServer();
  if (!server) throw new Error('engines: no Neo4j server for this test run');
  return {
    NEO4J_URI: server.uri,
    NEO4J_USER: server.user,
    NEO4J_PASSWORD: server.password,
    ...(server.database ? { NEO4J_DATABASE: server.database } : {}),
  };
}

/** Wipes the worker's Neo4j database (before a server process seeds it on start). */
export async function wipeNeo4j(): Promise<void> {
  const executor = await openExecutor('neo4j');
  try {
    await wipe(executor);
  } finally {
    await executor.close();
  }
}

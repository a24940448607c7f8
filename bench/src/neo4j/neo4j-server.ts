// In the bench parent: starts the project's own Neo4j (tests/neo4j-server), names its version, reads its JVM's RSS.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { neo4jUnavailableReason, startNeo4j, type RunningNeo4j } from '../../../tests/neo4j-server/neo4j-launcher.js';
import { Neo4jExecutor } from '../../../server/src/store/neo4j-executor.js';

export interface BenchNeo4j {
  server: RunningNeo4j;
  /** "Neo4j Kernel 5.26.30 community", from `CALL dbms.components()`. */
  version: string;
  /** Child-process environment that makes bench children (load-child, api-host) open this server. */
  env: Record<string, string>;
  /** RSS of the Neo4j JVM right after start (empty database). */
  rssStartMb: number;
}

/** Every version the bench's servers reported in this run (SUMMARY.md names it). */
export const neo4jVersions = new Set<string>();

/** Why the Neo4j rows cannot run here ('no Java', ...), or undefined. */
export const neo4jSkipReason = (): string | undefined =>
  process.env.KIES_BENCH_NEO4J === 'off' ? 'KIES_BENCH_NEO4J=off' : neo4jUnavailableReason();

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** VmRSS of a process in MB (Linux /proc), NaN when it cannot be read. */
export function processRssMb(pid: number | undefined): number {
  try {
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

export async function startBenchNeo4j(): Promise<BenchNeo4j> {
  const server = await startNeo4j({ port: await freePort(), password: `bench-${process.pid}-${Date.now()}` });
  try {
    const executor = await Neo4jExecutor.connect({
      uri: server.uri,
      user: server.user,
      password: server.password,
      database: undefined,
    });
    const rows = await executor.read({
      cypher: 'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition',
      params: {},
    });
    await executor.close();
    const version = rows
      .map((r) => `${String(r.name)} ${(r.versions as string[]).join(', ')} ${String(r.edition)}`)
      .join('; ');
    neo4jVersions.add(version);
    const env = { NEO4J_URI: server.uri, NEO4J_USER: server.user, NEO4J_PASSWORD: server.password };
    return { server, version, env, rssStartMb: processRssMb(server.child.pid) };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

// In a bench child: the executor to measure: Neo4j when the parent passed NEO4J_URI (emptied first), else a fresh embedded file.
import type { CypherExecutor } from '../../../server/src/store/executor.js';
import { GrafeoExecutor } from '../../../server/src/store/grafeo-executor.js';

/** True when this child was started against the bench's Neo4j (see neo4j-server.ts `neo4jEnv`). */
export const onNeo4j = () => Boolean(process.env.NEO4J_URI);

export async function openBenchExecutor(embeddedFile: string): Promise<CypherExecutor> {
  if (!onNeo4j()) return GrafeoExecutor.open(embeddedFile);
  // Loaded lazily so embedded-only runs never load the driver.
  const { Neo4jExecutor } = await import('../../../server/src/store/neo4j-executor.js');
  const executor = await Neo4jExecutor.connect({
    uri: process.env.NEO4J_URI!,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: undefined,
  });
  await wipe(executor);
  return executor;
}

/**
 * Empties the database in LIMITed transactions, relationships first: one DETACH DELETE of 1M relationships would need
 * more heap than the 1 GiB the bench's JVM has, and so did 5,000 nodes at a time once hubs of the 100k graph were among
 * them (MemoryPoolOutOfMemoryError in a full run); `CALL { } IN TRANSACTIONS` cannot run inside the executor's managed
 * transactions.
 */
export async function wipe(executor: CypherExecutor): Promise<void> {
  const batches = [
    'MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS deleted',
    'MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS deleted',
  ];
  for (const cypher of batches) {
    for (;;) {
      const [rows] = await executor.write([{ cypher, params: {} }]);
      if (Number(rows?.[0]?.deleted ?? 0) === 0) break;
    }
  }
}

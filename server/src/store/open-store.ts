// Chooses the executor from configuration: Neo4j when NEO4J_URI is set, the embedded Grafeo file otherwise.
import { join } from 'node:path';
import type { ServerConfig } from '../config.js';
import type { CypherExecutor } from './executor.js';
import { GrafeoExecutor } from './grafeo-executor.js';
import { CypherKiesStore, type KiesStore } from './kies-store.js';

const EMBEDDED_DB_FILE = 'kies.grafeo';

async function openExecutor(config: Pick<ServerConfig, 'dataDir' | 'neo4j'>): Promise<CypherExecutor> {
  if (config.neo4j) {
    // Loaded lazily so the embedded default never touches the driver.
    const { Neo4jExecutor } = await import('./neo4j-executor.js');
    return Neo4jExecutor.connect(config.neo4j);
  }
  return GrafeoExecutor.open(join(config.dataDir, EMBEDDED_DB_FILE));
}

export async function openStore(config: Pick<ServerConfig, 'dataDir' | 'neo4j'>): Promise<KiesStore> {
  const store = new CypherKiesStore(await openExecutor(config));
  await store.ensureSchema();
  return store;
}

// A seeded embedded store whose engine reads are recorded (each statement's text, and 'byEngineId' per read-back by
// engine id): the tests that say what a call reads, or that it reads nothing, look at this list.
import type { Statement } from '../../server/src/store/executor.js';
import { GrafeoExecutor } from '../../server/src/store/grafeo-executor.js';
import { CypherKiesStore } from '../../server/src/store/kies-store.js';
import { readSeedGraph } from '../../server/src/seed-graph.js';

export async function recordedStore(): Promise<{ store: CypherKiesStore; statements: string[] }> {
  const executor = GrafeoExecutor.open(null);
  const statements: string[] = [];
  const recorded = Object.assign(Object.create(executor) as GrafeoExecutor, {
    read: (statement: Statement) => {
      statements.push(statement.cypher);
      return executor.read(statement);
    },
    byEngineId: (...args: Parameters<GrafeoExecutor['byEngineId']>) => {
      statements.push('byEngineId');
      return executor.byEngineId(...args);
    },
  });
  const store = new CypherKiesStore(recorded);
  await store.ensureSchema();
  await store.importGraph(readSeedGraph());
  return { store, statements };
}

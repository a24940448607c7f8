// ONE store contract suite, run against each engine (like Apollo's single integration suite per adapter):
// the embedded Grafeo engine always, Neo4j whenever NEO4J_URI is set. Without NEO4J_URI the Neo4j cases are
// registered but skipped, so reports count them as not run (skipped), never as passed.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { GrafeoExecutor } from '../../server/src/store/grafeo-executor.js';
import { CypherStore, type KiesStore } from '../../server/src/store/kies-store.js';
import type { CypherExecutor } from '../../server/src/store/executor.js';
import { readConfig } from '../../server/src/config.js';
import { contractContext, loadContractCases } from './load-cases.js';

const cases = await loadContractCases();
const neo4jUri = process.env.NEO4J_URI;

describe(`store contract on embedded Grafeo (${cases.length} cases)`, () => {
  for (const contractCase of cases) {
    it(contractCase.name, async () => {
      // A fresh in-memory database per case: no case can lean on another's leftovers.
      const executor = GrafeoExecutor.open(null);
      const store = new CypherStore(executor);
      try {
        await store.ensureSchema();
        await contractCase.run(contractContext(store, executor));
      } finally {
        await store.close();
      }
    });
  }
});

if (!neo4jUri) {
  console.log(`store contract: Neo4j run NOT RUN (${cases.length} cases skipped): set NEO4J_URI to run it against a server`);
}

describe.skipIf(!neo4jUri)(`store contract on Neo4j ${neo4jUri ?? '(NEO4J_URI unset)'} (${cases.length} cases)`, () => {
  let store: KiesStore;
  let executor: CypherExecutor;

  beforeAll(async () => {
    const config = readConfig();
    const { Neo4jExecutor } = await import('../../server/src/store/neo4j-executor.js');
    executor = await Neo4jExecutor.connect(config.neo4j!);
    store = new CypherStore(executor);
    await store.ensureSchema();
    // The suite clears the database between cases: refuse to wipe real data unless told to.
    if (!(await store.isEmpty()) && process.env.KIES_CONTRACT_CLEAR_NEO4J !== 'true') {
      throw new Error(
        'store contract: the Neo4j database is not empty and the contract suite deletes everything in it. ' +
          'Point NEO4J_DATABASE at a scratch database, or set KIES_CONTRACT_CLEAR_NEO4J=true to allow it.',
      );
    }
  });

  afterAll(async () => {
    if (!store) return;
    await store.clear();
    await store.close();
  });

  for (const contractCase of cases) {
    it(contractCase.name, async () => {
      await store.clear();
      await contractCase.run(contractContext(store, executor));
    });
  }
});

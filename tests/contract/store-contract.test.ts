// ONE store contract suite, run against each engine (like Apollo's single integration suite per adapter): the
// embedded Grafeo engine and Neo4j (the local server the global setup started, or NEO4J_URI). Without a Neo4j the
// Neo4j cases are registered but skipped, so reports count them as not run, never as passed.
import { afterAll, beforeAll, it } from 'vitest';
import type { KiesStore } from '../../server/src/store/kies-store.js';
import type { CypherExecutor } from '../../server/src/store/executor.js';
import { describeEachEngine, openFresh, wipeAll } from '../engines.js';
import { contractContext, loadContractCases } from './load-cases.js';

const cases = await loadContractCases();

describeEachEngine(`store contract (${cases.length} cases)`, (engine) => {
  if (engine === 'embedded') {
    for (const contractCase of cases) {
      it(contractCase.name, async () => {
        // A fresh in-memory database per case: no case can lean on another's leftovers.
        const { store, executor } = await openFresh('embedded');
        try {
          await contractCase.run(contractContext(store, executor));
        } finally {
          await store.close();
        }
      });
    }
    return;
  }

  let store: KiesStore;
  let executor: CypherExecutor;
  beforeAll(async () => {
    // openFresh refuses to wipe a server of the user's (NEO4J_URI) unless KIES_CONTRACT_CLEAR_NEO4J=true.
    ({ store, executor } = await openFresh('neo4j'));
  });
  afterAll(async () => store?.close());

  for (const contractCase of cases) {
    it(contractCase.name, async () => {
      // Everything goes, audit events included, so a second run on the same database starts as the first did.
      await wipeAll(executor);
      await contractCase.run(contractContext(store, executor));
    });
  }
});

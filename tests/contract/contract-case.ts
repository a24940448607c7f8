// The store contract case format: one case = one store operation with its expected answer.
// Every case runs against every engine (embedded always, Neo4j when NEO4J_URI is set) through the same
// KiesStore, so an engine difference shows up as a failing case, never as a silent divergence.
import type { KiesStore } from '../../server/src/store/kies-store.js';
import type { GraphData } from '../../server/src/domain/graph-data.js';
import type { CypherExecutor } from '../../server/src/store/executor.js';

export interface ContractContext {
  /** The store under test: schema ensured and EMPTY when `run` starts (the harness clears it). */
  store: KiesStore;
  /** The executor under that store, for executor-level promises (one write = one all-or-nothing transaction). */
  executor: CypherExecutor;
  /** A deep copy of the contract fixture (tests/fixtures/contract-graph.ts); mutate freely. */
  fixture: GraphData;
  /** Loads the fixture into the store (the common first step of read cases). */
  load(): Promise<void>;
}

export interface ContractCase {
  /** Shown as the test name; unique across all case files. */
  name: string;
  /** Runs the operation and asserts its expected answer with vitest's `expect`. */
  run(context: ContractContext): Promise<void>;
}

/** Case files export `cases: ContractCase[]` (see tests/contract/cases/). */
export type ContractCaseModule = { cases: ContractCase[] };

// Collects every contract case from tests/contract/cases/*.ts (each exports `cases: ContractCase[]`).
// Reading the folder, not a hand-kept import list, means a new case file is picked up without editing the harness.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { GraphData } from '../../server/src/domain/graph-data.js';
import type { CypherExecutor } from '../../server/src/store/executor.js';
import type { KiesStore } from '../../server/src/store/kies-store.js';
import { contractFixture } from '../fixtures/contract-graph.js';
import type { ContractCase, ContractCaseModule, ContractContext } from './contract-case.js';

const CASES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'cases');

export interface LoadedCase extends ContractCase {
  file: string;
}

export async function loadContractCases(): Promise<LoadedCase[]> {
  const files = readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .sort();
  const loaded: LoadedCase[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(CASES_DIR, file)).href)) as Partial<ContractCaseModule>;
    if (!Array.isArray(mod.cases)) throw new Error(`contract: ${file} must export \`cases: ContractCase[]\``);
    for (const c of mod.cases) loaded.push({ ...c, file });
  }
  const names = new Set<string>();
  for (const c of loaded) {
    if (names.has(c.name)) throw new Error(`contract: duplicate case name "${c.name}" (${c.file})`);
    names.add(c.name);
  }
  return loaded;
}

/** The context a case runs in; the store must already be schema-ensured and empty. */
export function contractContext(store: KiesStore, executor: CypherExecutor): ContractContext {
  const fixture: GraphData = contractFixture();
  return { store, executor, fixture, load: async () => void (await store.importGraph(contractFixture())) };
}

// Neo4j load rows: the same loads as load-bench.ts (importGraph as `npm run seed` runs it, bulkImport) on the bench's Neo4j.
import { childFile, runChild } from '../child.js';
import { DATASETS, type DatasetName } from '../datasets.js';
import type { LoadResult } from '../load/load-child.js';
import type { ResultRow } from '../results.js';
import { ratio } from '../stats.js';
import { processRssMb, type BenchNeo4j } from './neo4j-server.js';

const LOAD_CASES = { merge: 'importGraph (MERGE, one tx)', bulk: 'bulkImport (CREATE, batched)' } as const;

/** Per size: which loads run (importGraph at 1M is a minute on the embedded store too, so 100k loads in bulk only). */
const loadModes = (dataset: DatasetName): (keyof typeof LOAD_CASES)[] =>
  dataset === '100k' ? ['bulk'] : ['merge', 'bulk'];

/**
 * The run's one server, emptied before each load (bench-executor.ts). A cold Neo4j plans every statement on first use
 * (the first KIES seed ~10 s, the third < 1 s), so the KIES loads run twice untimed first, as the embedded rows
 * are measured on a warm engine too; the cold figure is kept in the note.
 */
export async function neo4jLoadRows(
  neo4j: BenchNeo4j,
  datasets: DatasetName[],
  embedded: ResultRow[],
  dataDir: string,
  log: (line: string) => void,
): Promise<ResultRow[]> {
  const rows: ResultRow[] = [];
  const run = (dataset: DatasetName, mode: string, timeoutMs = 600_000) =>
    runChild<LoadResult>(childFile('./load/load-child.ts'), [dataset, mode, dataDir], timeoutMs, neo4j.env);
  const cold: Record<string, number> = {};
  for (let round = 0; round < 2; round++) {
    for (const mode of loadModes('kies')) {
      log(`load: Neo4j warm-up ${round + 1}/2: kies via ${mode}`);
      const result = await run('kies', mode);
      cold[mode] ??= result.ms;
    }
  }
  for (const dataset of datasets) {
    const size = DATASETS[dataset].label;
    for (const mode of loadModes(dataset)) {
      log(`load: Neo4j: ${size} via ${mode}`);
      const same = embedded.find((r) => r.suite === 'load' && r.size === size && r.case === LOAD_CASES[mode]);
      const row: ResultRow = {
        suite: 'neo4j',
        case: `load: ${LOAD_CASES[mode]}`,
        size,
        value: NaN,
        unit: 'ms',
        floor: same?.value,
        floorLabel: 'embedded',
      };
      try {
        const result = await run(dataset, mode);
        const coldNote = dataset === 'kies' ? `; first load on a cold server ${Math.round(cold[mode]!)} ms` : '';
        rows.push({
          ...row,
          value: result.ms,
          ratio: ratio(same?.value, result.ms),
          note: `explorer CPU ${Math.round(result.cpuMs)} ms; Neo4j JVM RSS after it ${Math.round(processRssMb(neo4j.server.child.pid))} MB${coldNote}`,
        });
      } catch (error) {
        // Measured and stated, not hidden: what stopped it (timeout, heap) goes in the row.
        rows.push({ ...row, note: `not run to the end: ${(error as Error).message.split('\n')[0]}` });
      }
    }
  }
  return rows;
}

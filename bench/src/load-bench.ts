// Load benchmarks: each load in a fresh child process against its floor, the engine's native batch API.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childFile, runChild } from './child.js';
import { DATASETS, type DatasetName } from './datasets.js';
import type { LoadResult } from './load/load-child.js';
import { neo4jLoadRows } from './neo4j/neo4j-load.js';
import type { BenchNeo4j } from './neo4j/neo4j-server.js';
import type { ResultRow } from './results.js';
import { ratio } from './stats.js';

const TARGETS: Partial<Record<DatasetName, { ms: number; text: string }>> = {
  kies: { ms: 1000, text: 'KIES seed load ≤ 1 s (reading + validating the seed included)' },
  '100k': { ms: 20_000, text: '1M relationships ≤ 20 s' },
};

/** `neo4j`: also run the loads on the bench's own Neo4j (neo4j/neo4j-load.ts), compared row by row. */
export async function loadBench(
  datasets: DatasetName[],
  log: (line: string) => void,
  neo4j?: BenchNeo4j,
): Promise<ResultRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kies-bench-load-'));
  const rows: ResultRow[] = [];
  try {
    for (const dataset of datasets) {
      const size = DATASETS[dataset].label;
      const run = (mode: string) => {
        log(`load: ${size} via ${mode}`);
        // 1M/5M: ~1.5 min generating and ~7 min per load at load 10 (measured): its own time limit.
        const limitMs = dataset === '1m' ? 1_800_000 : 240_000;
        return runChild<LoadResult>(childFile('./load/load-child.ts'), [dataset, mode, dataDir], limitMs);
      };
      const native = await run('native');
      // importGraph (MERGE, one transaction) is what start-up seeding uses; at 1M it takes ~1 min, so only small sizes.
      const modes = dataset === '100k' || dataset === '1m' ? ['bulk'] : ['merge', 'bulk'];
      for (const mode of modes) {
        const result = await run(mode);
        const target = TARGETS[dataset];
        // The seed target counts reading and validating the files too: that is what start-up waits for.
        const judged = dataset === 'kies' ? result.ms + result.prepareMs : result.ms;
        const check = target && (dataset !== 'kies' || mode === 'merge');
        rows.push({
          suite: 'load',
          case: mode === 'bulk' ? 'bulkImport (CREATE, batched)' : 'importGraph (MERGE, one tx)',
          size,
          value: result.ms,
          unit: 'ms',
          floor: native.ms,
          floorLabel: 'native batch API',
          ratio: ratio(result.ms, native.ms),
          ...(check ? { target: target.text, met: judged <= target.ms } : {}),
          note: `CPU ${Math.round(result.cpuMs)} ms; ${dataset === 'kies' ? 'reading + validating the seed' : 'generating'} ${Math.round(result.prepareMs)} ms; RSS ${Math.round(result.rssMb)} MB`,
        });
      }
    }
    // 1M/5M is embedded only: the bench's Neo4j has a 1 GiB heap.
    const onNeo4j = datasets.filter((d) => d !== '1m');
    if (neo4j && onNeo4j.length > 0) rows.push(...(await neo4jLoadRows(neo4j, onNeo4j, rows, dataDir, log)));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return rows;
}

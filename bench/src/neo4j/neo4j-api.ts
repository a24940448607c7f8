// Neo4j API and memory rows: every API case that computes per call, served from the bench's Neo4j, beside the embedded row.
import { API_CASES } from '../api/api-cases.js';
import { measureCase } from '../api/measure.js';
import { post, startHost } from '../api-bench.js';
import { DATASETS, type DatasetName } from '../datasets.js';
import type { ResultRow } from '../results.js';
import { ratio, summarize, type LoopOptions } from '../stats.js';
import { processRssMb, type BenchNeo4j } from './neo4j-server.js';

/**
 * The run's one server (a fresh server per size would plan every statement cold again), emptied and loaded by the
 * API host child with bulkImport like the embedded host. Neo4j has no analysis cache, so coverage and gaps are compared with the
 * embedded "computed per call" rows and the "cached between writes" cases are not run. The host's warm-up loop
 * (LoopOptions.warmup) lets Neo4j plan each statement before measuring; the first call is in the note.
 */
export async function neo4jApiBench(
  neo4j: BenchNeo4j,
  datasets: DatasetName[],
  loop: LoopOptions,
  embedded: ResultRow[],
  log: (line: string) => void,
): Promise<ResultRow[]> {
  const rows: ResultRow[] = [];
  for (const dataset of datasets) {
    const size = DATASETS[dataset].label;
    log(`api: Neo4j ${size}: loading Neo4j and timing direct calls`);
    const host = await startHost(dataset, loop, undefined, neo4j.env);
    const jvmRssMb = processRssMb(neo4j.server.child.pid);
    try {
      const { ready } = host;
      const embeddedRss = embedded.find((r) => r.suite === 'memory' && r.size === size)?.value;
      rows.push(
        {
          suite: 'neo4j',
          case: 'RSS after loading: Neo4j JVM',
          size,
          value: jvmRssMb,
          unit: 'MB',
          floor: embeddedRss,
          floorLabel: 'embedded server RSS',
          ratio: ratio(embeddedRss, jvmRssMb),
          note: `one JVM for the whole run (-Xmx1g), ${Math.round(neo4j.rssStartMb)} MB when it started empty; add the explorer's RSS below`,
        },
        {
          suite: 'neo4j',
          case: 'RSS after loading: explorer process (Neo4j driver)',
          size,
          value: ready.rssLoadedMb,
          unit: 'MB',
          floor: embeddedRss,
          floorLabel: 'embedded server RSS',
          ratio: ratio(embeddedRss, ready.rssLoadedMb),
          note: `bulkImport into Neo4j in the host ${Math.round(ready.loadMs)} ms`,
        },
      );
      for (const apiCase of API_CASES.filter((c) => c.store !== 'cached')) {
        log(`api: Neo4j ${size}: ${apiCase.name} over HTTP`);
        const same = embedded.find((r) => r.suite === 'api' && r.size === size && r.case === apiCase.name);
        const direct = ready.direct[apiCase.name]!;
        const body = (i: number) => JSON.stringify(apiCase.request(ready.probes, i));
        const http = 'skipped' in direct ? direct : await measureCase((i) => post(host.url, '/graphql', body(i)), loop);
        const row: ResultRow = {
          suite: 'neo4j',
          case: `API: ${apiCase.name}`,
          size,
          value: NaN,
          unit: 'ms',
          floor: same?.value,
          floorLabel: 'embedded GraphQL p50',
        };
        if ('skipped' in http || 'skipped' in direct) {
          const why =
            'skipped' in direct ? `store call: ${direct.skipped}` : `GraphQL: ${(http as { skipped: string }).skipped}`;
          rows.push({ ...row, note: `not looped: ${why}` });
          continue;
        }
        const g = summarize(http.samples);
        const d = summarize(direct.samples);
        rows.push({
          ...row,
          value: g.p50,
          p99: g.p99,
          rps: g.rps,
          n: g.n,
          ratio: ratio(same?.value, g.p50),
          note: `direct store call p50: Neo4j ${d.p50.toFixed(2)} ms, embedded ${same?.floor?.toFixed(2) ?? '–'} ms; first direct call after loading ${direct.coldMs?.toFixed(0) ?? '–'} ms (plans the statements), second ${direct.firstMs.toFixed(1)} ms; n=${g.n}/${d.n}`,
        });
      }
    } finally {
      await host.stop();
    }
  }
  return rows;
}

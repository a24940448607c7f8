// Profiles gaps and partner profiles on a fresh embedded store, before (the Cypher reads, per call) and after (the
// compact adjacency read once per write generation, then the analyses computed per call from it), and checks that
// both give the same answers. Usage: node --expose-gc --import tsx bench/src/analyses-prof.ts [--sizes=10k,100k]
// [--n=20] [--before-n=5] [--only=gaps|partners: partners = the bench probe only, no Cypher path]
// [--cpu-prof=<file>: a CPU profile of the "after" loop of gaps (or of the probe's partners with --only=partners)]
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { COVERAGE_LABELS, type NodeLabel } from '@kies/schema';
import { classifyGaps } from '../../server/src/domain/gaps.js';
import { factNodes } from '../../server/src/domain/gap-facts.js';
import { gapIdReadings } from '../../server/src/domain/adjacency-analyses.js';
import { missionPppLinksOn } from '../../server/src/domain/mission-links.js';
import { partnerContext } from '../../server/src/domain/adjacency-partners.js';
import { rankPartners } from '../../server/src/domain/partners.js';
import { GrafeoExecutor } from '../../server/src/store/grafeo-executor.js';
import { CypherKiesStore } from '../../server/src/store/kies-store.js';
import { readAdjacency } from '../../server/src/store/adjacency-read.js';
import { adjacencyGapFacts, adjacencyPartnerProfiles } from '../../server/src/store/analysis-reads.js';
import { loadDataset, probesOf, type DatasetName } from './datasets.js';
import { seededRandom } from './synthetic-graph.js';
import { summarize } from './stats.js';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const sizes = arg('sizes', '10k').split(',') as DatasetName[];
const n = Number(arg('n', '20'));
const beforeN = Number(arg('before-n', '5'));
const PARTNER_CANDIDATES = 300; // as the partners resolver asks
const LIMITS = { provenanceLimit: 500, edgeLimit: 2_000_000 };
const load = () => loadavg()[0]!.toFixed(1);
const only = arg('only', '');
const gapsOnly = only === 'gaps';
const partnersOnly = only === 'partners';
const cpuProf = arg('cpu-prof', '');

/** `f` under the inspector's CPU profiler when --cpu-prof is given (written to that file). */
async function profiled<T>(f: () => Promise<T>): Promise<T> {
  if (!cpuProf) return f();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  const result = await f();
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(cpuProf, JSON.stringify(profile));
  session.disconnect();
  return result;
}

/** p50 / p99 of `runs` calls of `f` (after one warm-up call), in ms, and the CPU time's p50. */
async function timeIt(runs: number, f: (i: number) => Promise<unknown> | unknown): Promise<string> {
  // The previous loop's garbage (the Cypher path's rows: seconds of collection) is not this loop's cost.
  globalThis.gc?.();
  await f(0);
  const samples: number[] = [];
  // CPU time too (the process's, all threads): on a 2-core machine at load 10 the wall time mostly waits for a core.
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    await f(i + 1);
    samples.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  const s = summarize(samples);
  return `p50 ${s.p50.toFixed(1)} / p99 ${s.p99.toFixed(1)} ms (n=${s.n}; CPU p50 ${summarize(cpu).p50.toFixed(1)} ms)`;
}

for (const size of sizes) {
  console.log(`== ${size} (load ${load()} at start)`);
  const executor = GrafeoExecutor.open(null);
  const cached = new CypherKiesStore(executor);
  const cypher = new CypherKiesStore(executor, { analysisCache: false });
  await cached.ensureSchema();
  const graph = loadDataset(size);
  const probes = probesOf(graph);
  // Subjects: the bench's partner probe (an organisation at the 90th degree percentile), random organisations and
  // PPPs, and the biggest PPP hub.
  const random = seededRandom(3);
  const of = (label: NodeLabel) => graph.nodes.filter((x) => x.labels.includes(label)).map((x) => x.id);
  const orgs = of('Organisation');
  const ppps = of('PPP');
  const subjects = [
    probes.partnerOf,
    ...Array.from({ length: 3 }, () => orgs[Math.floor(random() * orgs.length)]!),
    ...Array.from({ length: 2 }, () => ppps[Math.floor(random() * ppps.length)]!),
    ppps[0]!,
  ];
  let t = performance.now();
  await cached.bulkImport(graph);
  console.log(
    `loaded ${graph.nodes.length} nodes / ${graph.relationships.length} rels in ${(performance.now() - t).toFixed(0)} ms`,
  );
  globalThis.gc?.();
  const heap = () => process.memoryUsage().heapUsed / 2 ** 20;
  const heapBefore = heap();
  t = performance.now();
  const analysis = await readAdjacency(executor);
  const built = performance.now() - t;
  globalThis.gc?.();
  console.log(
    `adjacency read and built in ${built.toFixed(0)} ms, heap +${(heap() - heapBefore).toFixed(0)} MB (load ${load()})`,
  );
  t = performance.now();
  const coverage = await cached.coverage(COVERAGE_LABELS);
  console.log(`mission matrix (cached between writes, read once) ${(performance.now() - t).toFixed(0)} ms`);

  if (partnersOnly) {
    const id = subjects[0]!;
    await cached.partners(id, PARTNER_CANDIDATES, 10); // the store reads its own adjacency once here
    const after = await profiled(() => timeIt(n, () => cached.partners(id, PARTNER_CANDIDATES, 10)));
    console.log(`partners of ${id} (300 candidates, the best 10), adjacency: ${after} (load ${load()})`);
    console.log(`  the context walk: ${await timeIt(n, () => partnerContext(analysis, id, PARTNER_CANDIDATES))}`);
    await executor.close();
    continue;
  }
  // Same answers first: the findings and every partner ranking.
  const before = classifyGaps(await cypher.gapFacts());
  const after = classifyGaps(await adjacencyGapFacts(executor, analysis, coverage, LIMITS));
  const same = JSON.stringify(before) === JSON.stringify(after);
  let partnersSame = true;
  await cached.partners(subjects[0]!, PARTNER_CANDIDATES, 10); // the store reads its own adjacency once here
  for (const id of gapsOnly ? [] : subjects) {
    const b = JSON.stringify(await cypher.partners(id, PARTNER_CANDIDATES, 10));
    const a = rankPartners(await adjacencyPartnerProfiles(executor, analysis, id, PARTNER_CANDIDATES), 10);
    partnersSame &&= JSON.stringify(a) === b && JSON.stringify(await cached.partners(id, PARTNER_CANDIDATES, 10)) === b;
  }
  console.log(
    `same answers: gaps ${same} (${before.length} findings), partners ${partnersSame} (${subjects.length} subjects)`,
  );

  console.log(
    `gaps before (Cypher per call + classify): ${await timeIt(beforeN, async () => classifyGaps(await cypher.gapFacts()))} (load ${load()})`,
  );
  const afterGaps = await profiled(() =>
    timeIt(n, async () => classifyGaps(await adjacencyGapFacts(executor, analysis, coverage, LIMITS))),
  );
  console.log(`gaps after (adjacency + node reads + classify): ${afterGaps} (load ${load()})`);
  console.log(`  of which the pure walk (gapIdReadings): ${await timeIt(n, () => gapIdReadings(analysis, LIMITS))}`);
  const ids = gapIdReadings(analysis, LIMITS);
  const listed = [
    ...new Set([
      ...ids.unservedCareAgreements,
      ...ids.unservedProgrammes,
      ...ids.programmesWithoutMission,
      ...ids.pppsWithoutMission,
      ...ids.missionsWithoutPolicy,
      ...ids.programmesNotRun,
      ...ids.nodesWithoutProvenance,
    ]),
  ];
  console.log(`  the listed nodes read by id (${listed.length}): ${await timeIt(n, () => cached.nodesById(listed))}`);
  console.log(`  the mission-PPP links: ${await timeIt(n, () => missionPppLinksOn(ids.servingEdges))}`);
  const facts = await adjacencyGapFacts(executor, analysis, coverage, LIMITS);
  console.log(
    `  the facts (walk, node reads, links): ${await timeIt(n, () => adjacencyGapFacts(executor, analysis, coverage, LIMITS))}`,
  );
  const members = coverage.entries.reduce((sum, e) => sum + e.members.length, 0);
  console.log(
    `  facts: ${facts.missionPppLinks.length} mission-PPP links (${facts.missionPppLinks.reduce((s, l) => s + l.commonNodeIds.length, 0)} common ids), ${facts.referencedNodes.length} referenced nodes, ${members} matrix members, ${new Set(factNodes(facts).map((x) => x.id)).size} distinct fact nodes`,
  );
  console.log(`  the classification (classifyGaps): ${await timeIt(n, () => classifyGaps(facts))}`);
  for (const id of gapsOnly ? [] : subjects) {
    console.log(`partners of ${id} (the resolver's call: 300 candidates, the best 10):`);
    console.log(
      `  before (Cypher reads + rankPartners) ${await timeIt(beforeN, () => cypher.partners(id, PARTNER_CANDIDATES, 10))}`,
    );
    console.log(
      `  after (adjacency, ranked on node indexes) ${await timeIt(n, () => cached.partners(id, PARTNER_CANDIDATES, 10))}`,
    );
    console.log(
      `    of which the pure context walk: ${await timeIt(n, () => partnerContext(analysis, id, PARTNER_CANDIDATES))}`,
    );
  }
  console.log(`(load ${load()} at end)`);
  await executor.close();
}

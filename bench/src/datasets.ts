// The benchmark datasets: the KIES seed and three deterministic synthetic graphs of the same model.
import type { GraphData } from '../../server/src/domain/graph-data.js';
import { readSeedGraph } from '../../server/src/seed-graph.js';
import { seededRandom, syntheticGraph } from './synthetic-graph.js';

export type DatasetName = 'kies' | '10k' | '100k' | '1m';

export const DATASETS: Record<DatasetName, { label: string; nodes?: number; relationships?: number }> = {
  kies: { label: 'kies' },
  '10k': { label: '10k/50k', nodes: 10_000, relationships: 50_000 },
  '100k': { label: '100k/1M', nodes: 100_000, relationships: 1_000_000 },
  // Issue 15's 1M-node point: load, search, 1-hop and 2-hop only (LARGE_ONLY_CASES), and only when named in --sizes.
  '1m': { label: '1M/5M', nodes: 1_000_000, relationships: 5_000_000 },
};

/** Sizes where only loading, search and the 1-hop and 2-hop neighbourhoods are measured (issue 15, item 6). */
export const LARGE_ONLY_CASES: Partial<Record<DatasetName, readonly string[]>> = {
  '1m': ['search', '1-hop neighbourhood', '2-hop neighbourhood'],
};

/** Seed number of the synthetic graphs: the same seed gives the same graph (and the same sampled nodes). */
const BENCH_SEED = 7;

export function loadDataset(name: DatasetName): GraphData {
  const spec = DATASETS[name];
  if (!spec.nodes) return readSeedGraph();
  return syntheticGraph({ nodes: spec.nodes, relationships: spec.relationships!, seed: BENCH_SEED });
}

/** Node ids the API cases visit, sampled deterministically so every run (and the floor) asks the same questions. */
export interface Probes {
  /** Rotation of start nodes for node/neighbourhood cases (a mix of hubs and leaves, as users click). */
  nodes: string[];
  /** Pairs for the paths case: both ends are non-hub nodes linked within 3 hops. */
  pairs: [string, string][];
  /** An organisation for the partners case: one at the 90th percentile of degree (hubs are measured by 2-hop). */
  partnerOf: string;
  /** Search texts: a full name, a prefix and a word. */
  searches: string[];
}

export function probesOf(graph: GraphData, count = 24): Probes {
  const random = seededRandom(BENCH_SEED);
  const degree = new Map<string, number>();
  const adjacent = new Map<string, string[]>();
  for (const r of graph.relationships) {
    degree.set(r.start, (degree.get(r.start) ?? 0) + 1);
    degree.set(r.end, (degree.get(r.end) ?? 0) + 1);
    (adjacent.get(r.start) ?? adjacent.set(r.start, []).get(r.start)!).push(r.end);
    (adjacent.get(r.end) ?? adjacent.set(r.end, []).get(r.end)!).push(r.start);
  }
  const linked = graph.nodes.filter((n) => (degree.get(n.id) ?? 0) > 0);
  const nodes = Array.from({ length: count }, () => linked[Math.floor(random() * linked.length)]!.id);
  // Path ends: a node of modest degree and one two hops away through a modest node, so both ends are real picks
  // a user makes and the path query is not dominated by one hub's million-path fan-out.
  const modest = linked.filter((n) => (degree.get(n.id) ?? 0) <= 20 && !n.labels.includes('Mission'));
  const pairs: [string, string][] = [];
  for (let tries = 0; pairs.length < Math.min(8, count) && tries < 10_000; tries++) {
    const a = modest[Math.floor(random() * modest.length)]!.id;
    const via = (adjacent.get(a) ?? []).filter((b) => (degree.get(b) ?? 0) <= 50);
    const mid = via[Math.floor(random() * via.length)];
    const ends = mid ? (adjacent.get(mid) ?? []).filter((c) => c !== a && (degree.get(c) ?? 0) <= 20) : [];
    const b = ends[Math.floor(random() * ends.length)];
    if (b) pairs.push([a, b]);
  }
  const orgs = graph.nodes.filter((n) => n.labels.includes('Organisation') && (degree.get(n.id) ?? 0) > 0);
  orgs.sort((a, b) => (degree.get(a.id) ?? 0) - (degree.get(b.id) ?? 0) || a.id.localeCompare(b.id));
  const partnerOf = orgs[Math.floor(orgs.length * 0.9)]!.id;
  const names = linked.slice(0, 3).map((n) => String(n.properties.name));
  const searches =
    graph.nodes.length < 5000 ? ['health', 'dementie', 'Health-RI'] : [names[0]!, names[1]!.slice(0, 6), 'ppp'];
  return { nodes, pairs, partnerOf, searches };
}

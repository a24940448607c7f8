// Deterministic synthetic KIES-shaped graphs (few missions, many PPPs and organisations, skewed degrees) for benchmarks.
import type { NodeLabel, RelationshipType } from '@kies/schema';
import type { GraphData, GraphNode, GraphRelationship } from '../../server/src/domain/graph-data.js';

/** mulberry32: a tiny seeded PRNG, so the same seed number gives the same graph on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Share of nodes per label: organisations and PPPs dominate, as in the real ecosystem.
const MIX: [NodeLabel, number][] = [
  ['Organisation', 0.55],
  ['PPP', 0.15],
  ['Activity', 0.1],
  ['Programme', 0.05],
  ['NGFProject', 0.03],
  ['KeyTechnology', 0.02],
  ['CareAgreement', 0.02],
  ['Topsector', 0.02],
  ['NWARoute', 0.02],
  ['Region', 0.02],
  ['Team', 0.02],
];

const provenance = (i: number) => ({
  sources: [`synthetic.txt#L${i + 1}`],
  quotes: [`row ${i}`],
  confidence: 'literal',
});

export interface SyntheticOptions {
  nodes: number;
  relationships: number;
  seed?: number;
}

/** Builds a graph with exactly `nodes` nodes (6 missions included) and `relationships` distinct relationships. */
export function syntheticGraph({ nodes: nodeCount, relationships: relCount, seed = 42 }: SyntheticOptions): GraphData {
  const random = seededRandom(seed);
  const nodes: GraphNode[] = ['cm', 'i', 'ii', 'iii', 'iv', 'v'].map((code, i) => ({
    id: `mission-${code}`,
    labels: ['Mission'],
    properties: { id: `mission-${code}`, name: `Missie ${code.toUpperCase()}`, code, ...provenance(i) },
  }));
  const byLabel = new Map<NodeLabel, string[]>([['Mission', nodes.map((n) => n.id)]]);
  for (let i = nodes.length; i < nodeCount; i++) {
    let r = random();
    const label = MIX.find(([, share]) => (r -= share) < 0)?.[0] ?? 'Organisation';
    const id = `${label.toLowerCase()}-${i}`;
    nodes.push({ id, labels: [label], properties: { id, name: `${label} ${i}`, ...provenance(i) } });
    const group = byLabel.get(label) ?? [];
    group.push(id);
    byLabel.set(label, group);
  }
  // Power-law pick: low indexes are hubs (a few PPPs and organisations with many links).
  const skewed = (ids: string[]) => ids[Math.floor(ids.length * random() ** 3)]!;
  const pick = (label: NodeLabel) => byLabel.get(label) ?? byLabel.get('Organisation')!;
  const shapes: [RelationshipType, NodeLabel, NodeLabel, number][] = [
    ['PARTNER_IN', 'Organisation', 'PPP', 0.6],
    ['ADDRESSES', 'PPP', 'Mission', 0.08],
    ['ADDRESSES', 'Programme', 'Mission', 0.04],
    ['PARTNER_IN', 'Organisation', 'NGFProject', 0.1],
    ['SUPPORTS', 'PPP', 'CareAgreement', 0.05],
    ['INITIATED_BY', 'Activity', 'Organisation', 0.08],
    ['PART_OF', 'Programme', 'KeyTechnology', 0.03],
    ['LOCATED_IN', 'Organisation', 'Region', 0.02],
  ];
  const relationships: GraphRelationship[] = [];
  const seen = new Set<string>();
  let attempts = 0;
  while (relationships.length < relCount && attempts++ < relCount * 20) {
    let r = random();
    const [type, from, to] = shapes.find(([, , , share]) => (r -= share) < 0) ?? shapes[0]!;
    const start = from === 'Organisation' ? skewed(pick(from)) : pick(from)[Math.floor(random() * pick(from).length)]!;
    const end = to === 'Mission' ? pick(to)[Math.floor(random() * 6)]! : skewed(pick(to));
    const key = `${type}|${start}|${end}`;
    if (start === end || seen.has(key)) continue;
    seen.add(key);
    relationships.push({ type, start, end, properties: provenance(relationships.length) });
  }
  return { nodes, relationships };
}

// Gaps and partner suggestions from compact adjacency (store/analysis-reads.ts) equal the Cypher path's answers
// (query-store.ts, partner-reads.ts) on a synthetic 2k-node graph with every gap kind present, and follow writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeLabel, RelationshipType } from '@kies/schema';
import type { GraphData, GraphNode, GraphRelationship } from '../../server/src/domain/graph-data.js';
import { classifyGaps } from '../../server/src/domain/gaps.js';
import { factNodes, type GapFacts } from '../../server/src/domain/gap-facts.js';
import { rankPartners } from '../../server/src/domain/partners.js';
import { GrafeoExecutor } from '../../server/src/store/grafeo-executor.js';
import { CypherKiesStore } from '../../server/src/store/kies-store.js';
import { seededRandom, syntheticGraph } from '../../bench/src/synthetic-graph.js';

const alice = { name: 'alice', role: 'editor' as const };

/**
 * The bench's synthetic graph plus what it lacks for the gap kinds: policies framing some missions, ministries acting
 * via programmes and care agreements, NGF projects supporting agreements, organisations running programmes, funds,
 * facts without sources, and names shared by several nodes (so the findings' names must be told apart).
 */
function analysisGraph(): GraphData {
  const base = syntheticGraph({ nodes: 2000, relationships: 8000, seed: 21 });
  const random = seededRandom(21);
  const nodes = base.nodes.map((n, i): GraphNode => {
    // Every 37th node has no sources; every 50th shares its name with others of the same label.
    const properties: Record<string, unknown> = { ...n.properties };
    if (i % 37 === 5) delete properties.sources;
    if (i % 50 === 7) properties.name = `Gedeeld ${n.labels[0]}`;
    return { ...n, properties };
  });
  const add = (label: NodeLabel, count: number) =>
    Array.from({ length: count }, (_, i): GraphNode => {
      const id = `${label.toLowerCase()}-extra-${i}`;
      return { id, labels: [label], properties: { id, name: `${label} extra ${i}`, sources: ['x.txt#L1'] } };
    });
  const policies = add('Policy', 4);
  const ministries = add('Ministry', 3);
  // Care agreements nobody supports, and a seventh mission that one PPP addresses and another reaches only
  // through one care agreement (single points of failure).
  const agreements = add('CareAgreement', 3);
  const [lone] = add('Mission', 1);
  nodes.push(...policies, ...ministries, ...agreements, lone!);
  const of = (label: NodeLabel) => nodes.filter((n) => n.labels.includes(label)).map((n) => n.id);
  const pick = (ids: string[]) => ids[Math.floor(random() * ids.length)]!;
  const relationships: GraphRelationship[] = base.relationships.map((r, i) =>
    i % 41 === 3 ? { ...r, properties: { confidence: 'inferred' } } : r,
  );
  const seen = new Set(relationships.map((r) => `${r.type}|${r.start}|${r.end}`));
  const link = (type: RelationshipType, start: string, end: string) => {
    const key = `${type}|${start}|${end}`;
    if (start === end || seen.has(key)) return;
    seen.add(key);
    relationships.push({ type, start, end, properties: { sources: ['x.txt#L2'] } });
  };
  for (const mission of of('Mission').slice(0, 4)) link('FRAMES', pick(policies.map((p) => p.id)), mission);
  for (let i = 0; i < 40; i++)
    link('ACTS_VIA', pick(of('Ministry')), pick([...of('Programme'), ...of('CareAgreement')]));
  for (let i = 0; i < 30; i++) link('SUPPORTS', pick(of('NGFProject')), pick(of('CareAgreement')));
  for (let i = 0; i < 60; i++) link('RUNS', pick(of('Organisation')), pick(of('Programme')));
  for (let i = 0; i < 40; i++) link('FUNDS', pick(of('NGFProject')), pick(of('PPP')));
  // Organisations funding PPPs and missions: the mission-to-PPP walk must not pass through them.
  for (let i = 0; i < 40; i++)
    link('FUNDS', pick(of('Organisation').slice(0, 4)), pick([...of('PPP'), ...of('Mission')]));
  for (let i = 0; i < 20; i++) link('PARTNER_IN', pick(of('PPP')), pick(of('Programme')));
  link('ADDRESSES', of('PPP')[0]!, lone!.id);
  link('SUPPORTS', of('PPP')[1]!, agreements[0]!.id);
  link('ADDRESSES', agreements[0]!.id, lone!.id);
  return { nodes, relationships };
}

/** What the gaps query answers: the findings and every node the facts carry (priming the loader), by id. */
function gapAnswer(facts: GapFacts) {
  const nodes = factNodes(facts).sort((a, b) => a.id.localeCompare(b.id));
  return { findings: classifyGaps(facts), nodes: [...new Map(nodes.map((n) => [n.id, n])).values()] };
}

describe('gaps and partners from compact adjacency on the embedded store', () => {
  const graph = analysisGraph();
  let adjacency: CypherKiesStore;
  let cypher: CypherKiesStore;
  // The same database, its gap facts recomputed per call from the kept adjacency (the bench's per-call row).
  let perCall: CypherKiesStore;
  beforeAll(async () => {
    const executor = GrafeoExecutor.open(null);
    adjacency = new CypherKiesStore(executor);
    perCall = new CypherKiesStore(executor, { gapFactsCache: false, searchIndex: false });
    cypher = new CypherKiesStore(GrafeoExecutor.open(null), { analysisCache: false });
    for (const store of [adjacency, cypher]) {
      await store.ensureSchema();
      await store.importGraph(graph);
    }
  }, 120_000);
  afterAll(async () => {
    await adjacency?.close();
    await cypher?.close();
  });

  it('gives the same gap findings and nodes as the Cypher statements, every kind present', async () => {
    const [a, b] = await Promise.all([adjacency.gapFacts(), cypher.gapFacts()]);
    const answer = gapAnswer(a);
    expect(answer).toEqual(gapAnswer(b));
    expect(new Set(answer.findings.map((f) => f.kind))).toEqual(
      new Set([
        'THIN_MISSION_CELL',
        'UNSERVED_CARE_AGREEMENT',
        'UNSERVED_PROGRAMME',
        'PROGRAMME_WITHOUT_MISSION',
        'PPP_WITHOUT_MISSION',
        'MISSION_WITHOUT_POLICY',
        'PROGRAMME_NOT_RUN',
        'NODE_WITHOUT_PROVENANCE',
        'RELATIONSHIP_WITHOUT_PROVENANCE',
        'SINGLE_POINT_OF_FAILURE',
      ]),
    );
    // The lists the findings come from, in the order the statements return them.
    for (const key of ['unservedCareAgreements', 'programmesNotRun', 'nodesWithoutProvenance'] as const)
      expect(a[key].map((n) => n.id)).toEqual(b[key].map((n) => n.id));
    expect(a.relationshipsWithoutProvenance).toEqual(b.relationshipsWithoutProvenance);
    expect(a.missionPppLinks).toEqual(b.missionPppLinks);
    const recomputed = await perCall.gapFacts();
    expect(gapAnswer(recomputed)).toEqual(answer);
    expect(recomputed.missionPppLinks).toEqual(b.missionPppLinks);
    expect(await perCall.gapFacts()).not.toBe(recomputed);
    expect(await adjacency.gapFacts()).toBe(a);
    // Small bounds cut the same facts.
    const small = { provenanceLimit: 7, edgeLimit: 50 };
    expect(gapAnswer(await adjacency.gapFacts(small))).toEqual(gapAnswer(await cypher.gapFacts(small)));
  }, 120_000);

  it('ranks the same partners as the Cypher reads for 30 subjects of every kind', async () => {
    const random = seededRandom(5);
    const ids = graph.nodes.map((n) => n.id);
    // Hubs (low indexes of each label are the synthetic graph's hubs), random nodes, and an unknown id.
    const subjects = [
      'organisation-6',
      'ppp-7',
      ...graph.nodes
        .filter((n) => n.labels.includes('PPP'))
        .slice(0, 3)
        .map((n) => n.id),
      ...Array.from({ length: 24 }, () => ids[Math.floor(random() * ids.length)]!),
      'nobody',
    ];
    let ranked = 0;
    for (const id of subjects) {
      for (const max of [300, 5]) {
        const [a, b] = await Promise.all([adjacency.partnerProfiles(id, max), cypher.partnerProfiles(id, max)]);
        expect(a.length, id).toBe(b.length);
        const ranking = rankPartners(b, 50);
        expect(rankPartners(a, 50), `${id} (${max} candidates)`).toEqual(ranking);
        // The ranking on node indexes (what the partners query asks) equals rankPartners over the Cypher profiles.
        expect(await adjacency.partners(id, max, 50), `${id} (${max} candidates)`).toEqual(ranking);
        expect(await cypher.partners(id, max, 50)).toEqual(ranking);
        ranked += ranking.length;
      }
    }
    expect(ranked).toBeGreaterThan(500);
  }, 120_000);

  it('follows writes: a new ADDRESSES removes a PPP-without-mission finding and adds a partner; undo restores', async () => {
    const kinds = async () => classifyGaps(await adjacency.gapFacts()).map((f) => f.id);
    const before = await kinds();
    const lonely = before.find((id) => id.startsWith('PPP_WITHOUT_MISSION:'))!.split(':')[1]!;
    const mission = 'mission-ii';
    const partnersOf = () => adjacency.partners(lonely, 300, 500);
    expect((await partnersOf()).some((r) => r.reasons.some((x) => x.kind === 'SHARED_MISSION'))).toBe(false);
    const change = await adjacency.curation.createRelationship(
      { type: 'ADDRESSES', start: lonely, end: mission, provenance: { note: 'adjacency test' } },
      alice,
    );
    expect(await kinds()).not.toContain(`PPP_WITHOUT_MISSION:${lonely}`);
    expect((await partnersOf()).some((r) => r.reasons.some((x) => x.viaIds.includes(mission)))).toBe(true);
    await adjacency.curation.undo(change.audit.id, alice);
    expect(await kinds()).toEqual(before);
  }, 120_000);
});

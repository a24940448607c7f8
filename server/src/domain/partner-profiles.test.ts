// Partner profile assembly (domain/partner-profiles.ts) against the former single statement's full contexts, ranked.
import { describe, expect, it } from 'vitest';
import { addCandidates, candidateProfiles, subjectProfile, type ContextNode } from './partner-profiles.js';
import { rankPartners, reasonExplanation } from './partners.js';
import type { GraphNode } from './graph-data.js';
import type { PartnerProfile } from './partner-profiles.js';
import { seededRandom } from '../../../bench/src/synthetic-graph.js';

const LABELS = [
  'Organisation',
  'PPP',
  'NGFProject',
  'Mission',
  'KeyTechnology',
  'Topsector',
  'CareAgreement',
  'Region',
];
const HUB_LINKS = ['PARTNER_IN', 'PART_OF', 'INITIATED_BY'];
const TYPES = [...HUB_LINKS, 'ADDRESSES', 'LOCATED_IN'];

function randomGraph(seed: number) {
  const random = seededRandom(seed);
  const nodes = new Map<string, GraphNode>();
  for (let i = 0; i < 40; i++) {
    const label = LABELS[Math.floor(random() * LABELS.length)]!;
    // Now and then two labels, so a node falls into two categories.
    const labels = random() < 0.1 ? [label, 'Organisation'] : [label];
    nodes.set(`n${i}`, {
      id: `n${i}`,
      labels: labels as GraphNode['labels'],
      properties: { kind: random() < 0.5 ? 'university' : 'company' },
    });
  }
  const ids = [...nodes.keys()];
  const rels: { a: string; b: string; type: string }[] = [];
  for (let n = 0; n < 90; n++) {
    rels.push({
      a: ids[Math.floor(random() * ids.length)]!,
      b: ids[Math.floor(random() * ids.length)]!,
      type: TYPES[Math.floor(random() * TYPES.length)]!,
    });
  }
  return { nodes, rels };
}

describe('partner profile assembly', () => {
  it('ranks exactly as full contexts do, for every subject of 20 random graphs', () => {
    let ranked = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const { nodes, rels } = randomGraph(seed);
      const near = (x: string) => rels.flatMap((r) => (r.a === x ? [r.b] : r.b === x ? [r.a] : []));
      const isHub = (id: string) => nodes.get(id)!.labels.some((l) => l === 'PPP' || l === 'NGFProject');
      const hubsOf = (x: string) => [
        ...new Set(
          rels
            .filter((r) => HUB_LINKS.includes(r.type) && (r.a === x || r.b === x))
            .map((r) => (r.a === x ? r.b : r.a))
            .filter(isHub),
        ),
      ];
      // The former statement's context: neighbours, then the partnerships' neighbours other than the node itself.
      const context = (x: string) => [...near(x), ...hubsOf(x).flatMap((h) => near(h).filter((y) => y !== x))];
      const ctxNode = (id: string): ContextNode => ({ id, labels: nodes.get(id)!.labels });
      for (const me of nodes.keys()) {
        const myContext = context(me).map(ctxNode);
        const candidates = [...new Set(myContext.flatMap((y) => near(y.id)))].filter(
          (c) => c !== me && nodes.get(c)!.labels.some((l) => ['Organisation', 'PPP', 'NGFProject'].includes(l)),
        );
        const full = (x: string): PartnerProfile => subjectProfile(nodes.get(x)!, context(x).map(ctxNode)).profile;
        const expected = rankPartners([full(me), ...candidates.map(full)], 50);

        const { profile, mine } = subjectProfile(nodes.get(me)!, myContext);
        const readings = candidates.map((c) => ({
          node: nodes.get(c)!,
          near: near(c).filter((y) => mine.has(y)),
          hubs: hubsOf(c),
        }));
        const hubNeighbours = new Map([...new Set(candidates.flatMap(hubsOf))].map((h) => [h, near(h)]));
        const assembled = [profile, ...candidateProfiles(mine, readings, hubNeighbours)];
        expect(rankPartners(assembled, 50)).toEqual(expected);
        ranked += expected.length;
        // Candidate lists name only ids of the subject's context, in the same category.
        for (const p of assembled.slice(1))
          for (const k of ['missions', 'partnerships', 'careAgreements'] as const) {
            expect(p[k].filter((id) => !profile[k].includes(id))).toEqual([]);
          }
      }
    }
    expect(ranked).toBeGreaterThan(100);
  });

  it('takes candidates in discovery order, without the subject or repeats, up to the cap', () => {
    const found: string[] = [];
    const seen = new Set<string>();
    expect(addCandidates(found, seen, ['a', 'me', 'b', 'a'], 'me', 3)).toBe(false);
    expect(addCandidates(found, seen, ['b', 'c', 'd'], 'me', 3)).toBe(true);
    expect(found).toEqual(['a', 'b', 'c']);
  });
});

describe('rankPartners', () => {
  const profile = (id: string, kind: string, missions: string[], partnerships: string[] = []): PartnerProfile => ({
    node: { id, labels: ['Organisation'], properties: { name: id.toUpperCase(), kind } },
    missions,
    technologies: [],
    topsectors: [],
    partnerships,
    careAgreements: [],
  });
  const missions = Array.from({ length: 25 }, (_, i) => `mission-${String(i).padStart(2, '0')}`);

  it('scores every shared id but names at most MAX_VIA of them, and keeps only the best `limit`', () => {
    const ranked = rankPartners(
      [
        profile('me', 'university', missions, ['ppp-a']),
        profile('wide', 'company', missions),
        profile('narrow', 'university', missions.slice(0, 2), ['ppp-a']),
        profile('none', 'company', ['mission-x']),
      ],
      1,
    );
    expect(ranked).toHaveLength(1);
    const [best] = ranked;
    expect(best!.node.id).toBe('wide');
    expect(best!.score).toBe(3 * 25 + 1.5);
    const shared = best!.reasons.find((r) => r.kind === 'SHARED_MISSION')!;
    expect(shared.viaIds).toEqual(missions.slice(0, 20));
    expect(shared.count).toBe(25);
    expect(
      reasonExplanation(
        shared,
        missions.slice(0, 20).map((m) => m.toUpperCase()),
      ),
    ).toBe(
      `Both work on 25 missions: ${missions
        .slice(0, 20)
        .map((m) => m.toUpperCase())
        .join(', ')} and 5 more`,
    );
    expect(best!.reasons.map((r) => r.kind)).toEqual(['SHARED_MISSION', 'COMPLEMENTARY_ROLE']);
  });

  it('orders by score, then id, and drops candidates that share nothing', () => {
    const ranked = rankPartners(
      [
        profile('me', 'university', ['m1', 'm2']),
        profile('b', 'university', ['m1']),
        profile('a', 'university', ['m2']),
        profile('c', 'university', ['m3']),
      ],
      10,
    );
    expect(ranked.map((r) => [r.node.id, r.score])).toEqual([
      ['a', 3],
      ['b', 3],
    ]);
  });
});

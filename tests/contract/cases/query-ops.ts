// Contract cases for the API's read operations (search, pages, neighbourhood, graph, paths, coverage, gaps, partners).
import { expect } from 'vitest';
import { nodePageRequest } from '../../../server/src/domain/node-lookups.js';
import type { ContractCase } from '../contract-case.js';

const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id).sort();

export const cases: ContractCase[] = [
  {
    name: 'query: nodesById returns known ids without derived properties',
    async run({ store, load }) {
      await load();
      const nodes = await store.nodesById(['ppp-health-ri', 'no-such-node']);
      expect(ids(nodes)).toEqual(['ppp-health-ri']);
      expect(nodes[0].properties).not.toHaveProperty('searchText');
    },
  },
  {
    name: 'query: nodePage pages by id with a total',
    async run({ store, load }) {
      await load();
      const page = await store.nodePage(nodePageRequest(3));
      expect(page.totalCount).toBe(11);
      expect(page.nodes).toHaveLength(3);
      expect(page.hasNextPage).toBe(true);
      const next = await store.nodePage(nodePageRequest(100, { afterId: page.nodes[2].id }));
      expect(next.nodes).toHaveLength(8);
      const related = await store.nodePage(nodePageRequest(10, { labels: ['PPP'], relatedTo: 'mission-iv' }));
      expect(ids(related.nodes)).toEqual(['ppp-dutch-techcentre', 'ppp-health-ri']);
    },
  },
  {
    name: 'query: search ranks the exact name first',
    async run({ store, load }) {
      await load();
      const hits = await store.search('health-ri', null, 5);
      expect(hits[0].node.id).toBe('ppp-health-ri');
      expect(hits[0].score).toBe(100);
    },
  },
  {
    name: 'query: neighbourhood expands breadth-first with relationships among the kept nodes',
    async run({ store, load }) {
      await load();
      const sub = await store.neighbourhood('mission-iv', 1, null, null, 100);
      expect(sub.nodes[0].id).toBe('mission-iv');
      expect(ids(sub.nodes)).toEqual(['mission-central', 'mission-iv', 'ppp-dutch-techcentre', 'ppp-health-ri']);
      expect(sub.relationships).toHaveLength(3);
      expect(sub.truncated).toBe(false);
      expect((await store.neighbourhood('no-such-node', 1, null, null, 10)).nodes).toEqual([]);
    },
  },
  {
    name: 'query: graph caps the node count and keeps consistent relationships',
    async run({ store, load }) {
      await load();
      const all = await store.graph(null, 2000);
      expect(all.nodes).toHaveLength(11);
      expect(all.relationships).toHaveLength(11);
      const capped = await store.graph(null, 3);
      expect(capped).toMatchObject({ truncated: true, totalNodes: 11 });
      const kept = new Set(capped.nodes.map((n) => n.id));
      for (const r of capped.relationships) expect(kept.has(r.start) && kept.has(r.end)).toBe(true);
    },
  },
  {
    name: 'query: paths and shortestPath follow relationships either way',
    async run({ store, load }) {
      await load();
      const paths = await store.paths({
        from: 'mission-iv',
        to: null,
        toLabels: ['PPP'],
        maxLength: 1,
        via: null,
        types: null,
        limit: 10,
      });
      expect(paths.map((p) => p.nodes.at(-1)!.id).sort()).toEqual(['ppp-dutch-techcentre', 'ppp-health-ri']);
      expect(paths[0].hops[0].forward).toBe(false);
      const via = await store.paths({
        from: 'org-umcu',
        to: 'care-iza',
        toLabels: null,
        maxLength: 3,
        via: ['PPP'],
        types: null,
        limit: 10,
      });
      expect(via.map((p) => p.nodes.map((n) => n.id))).toEqual([['org-umcu', 'ppp-health-ri', 'care-iza']]);
      const shortest = await store.shortestPath('org-umcu', 'ministry-vws', 6, null);
      expect(shortest?.nodes.map((n) => n.id)).toEqual(['org-umcu', 'ppp-health-ri', 'care-iza', 'ministry-vws']);
      expect(await store.shortestPath('org-umcu', 'ministry-vws', 6, ['PARTNER_IN'])).toBeNull();
    },
  },
  {
    name: 'query: relationshipsOf and degrees batch many nodes',
    async run({ store, load }) {
      await load();
      const rels = await store.relationshipsOf(['ppp-health-ri', 'care-iza'], ['SUPPORTS'], 'BOTH', 10);
      expect(rels.get('ppp-health-ri')).toHaveLength(2);
      expect(rels.get('care-iza')).toHaveLength(1);
      const degrees = await store.degrees(['ppp-health-ri', 'org-umcu']);
      expect(degrees.get('ppp-health-ri')).toBe(6);
      expect(degrees.get('org-umcu')).toBe(1);
    },
  },
  {
    name: 'query: coverage, gap facts and partner profiles',
    async run({ store, load }) {
      await load();
      const { missions, entries } = await store.coverage(['PPP']);
      expect(missions).toHaveLength(3);
      const iv = entries.find((e) => e.missionId === 'mission-iv')!;
      expect(ids(iv.members)).toEqual(['ppp-dutch-techcentre', 'ppp-health-ri']);
      // One entry per (mission, label), empty cells included (gap analysis reports them), by mission id then label.
      const grid = (await store.coverage(['PPP', 'Ministry'])).entries;
      expect(grid.map((e) => `${e.missionId}/${e.label}`)).toEqual(
        [...missions.map((m) => m.id)].sort().flatMap((m) => [`${m}/Ministry`, `${m}/PPP`]),
      );
      expect(grid.filter((e) => e.label === 'Ministry').every((e) => e.members.length === 0)).toBe(true);
      const facts = await store.gapFacts();
      // Every node the facts name by id comes with them, so findings resolve without another query.
      const carried = new Set(
        [
          facts.missions,
          facts.unservedCareAgreements,
          facts.unservedProgrammes,
          facts.programmesWithoutMission,
          facts.pppsWithoutMission,
          facts.missionsWithoutPolicy,
          facts.programmesNotRun,
          facts.nodesWithoutProvenance,
          facts.referencedNodes,
          ...facts.coverage.map((e) => e.members),
        ]
          .flat()
          .map((n) => n.id),
      );
      const named = [
        ...facts.relationshipsWithoutProvenance.flatMap((r) => [r.start, r.end]),
        ...facts.missionPppLinks.flatMap((l) => [l.missionId, l.pppId, ...l.commonNodeIds]),
      ];
      expect(named.length).toBeGreaterThan(0);
      expect(named.filter((id) => !carried.has(id))).toEqual([]);
      expect(facts.pppsWithoutMission).toEqual([]);
      expect(ids(facts.unservedCareAgreements)).toEqual([]);
      expect(facts.missionPppLinks.some((l) => l.missionId === 'mission-i' && l.pppId === 'ppp-health-ri')).toBe(true);
      const profiles = await store.partnerProfiles('ppp-dutch-techcentre', 50);
      expect(profiles[0].node.id).toBe('ppp-dutch-techcentre');
      expect(profiles[0].missions).toContain('mission-iv');
      expect(profiles.slice(1).map((p) => p.node.id)).toContain('ppp-health-ri');
      // Candidates' lists name only ids of the subject's context (all the ranking compares), in the same category.
      for (const key of ['missions', 'technologies', 'topsectors', 'partnerships', 'careAgreements'] as const) {
        expect(
          profiles
            .slice(1)
            .flatMap((p) => p[key])
            .filter((id) => !profiles[0][key].includes(id)),
        ).toEqual([]);
      }
      expect(await store.partnerProfiles('no-such-node', 50)).toEqual([]);
      // Beyond the cap, candidates next to the subject's own neighbours come first (not the lowest ids): org-umcu's
      // partnership ppp-health-ri is itself a candidate (next to mission-iv, as ppp-dutch-techcentre is).
      expect((await store.partnerProfiles('org-umcu', 1)).map((p) => p.node.id)).toEqual(['org-umcu', 'ppp-health-ri']);
      expect(
        (await store.partnerProfiles('org-umcu', 2))
          .slice(1)
          .map((p) => p.node.id)
          .sort(),
      ).toEqual(['ppp-dutch-techcentre', 'ppp-health-ri']);
    },
  },
];

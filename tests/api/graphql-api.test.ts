// API tests: the real server over HTTP with a GraphQL client, against the seeded embedded store; answers are facts from the sources.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from 'graphql-request';
import { startSeededApp, type SeededApp } from './seeded-app.js';
import { describeEachEngine } from '../engines.js';
import { defined, type Answer } from './answers.js';

describeEachEngine('GraphQL API over HTTP', (engine) => {
  let app: SeededApp;
  beforeAll(async () => {
    app = await startSeededApp(engine);
  });
  afterAll(async () => app?.close());

  type Ids = { id: string }[];
  const ids = (nodes: Ids) => nodes.map((n) => n.id);

  describe('GraphQL API on the seed', () => {
    it('node: Health-RI carries its NGF amount (€69 miljoen, KIA line 1257-1258) with provenance', async () => {
      const { node } = await app.client.request<Answer<'node'>>(gql`
        {
          node(id: "ppp-health-ri") {
            id
            name
            label
            labels
            amountEur
            amountText
            provenance {
              sources
              quotes
              confidence
              hasSources
              citations {
                file
                startLine
                endLine
                quote
              }
            }
          }
        }
      `);
      expect(node).toMatchObject({
        id: 'ppp-health-ri',
        name: 'Health-RI',
        label: 'PPP',
        amountEur: 69_000_000,
        amountText: '€69 miljoen',
      });
      expect(node.labels).toEqual(expect.arrayContaining(['PPP', 'NGFProject']));
      expect(node.provenance.hasSources).toBe(true);
      expect(node.provenance.sources).toContain('004_9090d7b3c6790adc.txt#L1257-L1258');
      expect(node.provenance.citations[0]).toMatchObject({ file: '004_9090d7b3c6790adc.txt' });
    });

    it('nodes: a Relay connection with totalCount and working cursors', async () => {
      const query = gql`
        query ($after: String) {
          nodes(labels: [Mission], first: 4, after: $after) {
            totalCount
            pageInfo {
              hasNextPage
              hasPreviousPage
              endCursor
            }
            edges {
              cursor
              node {
                id
              }
            }
          }
        }
      `;
      const first = (await app.client.request<Answer<'nodes'>>(query)).nodes;
      expect(first.totalCount).toBe(6);
      expect(first.edges).toHaveLength(4);
      expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const second = (await app.client.request<Answer<'nodes'>>(query, { after: first.pageInfo.endCursor })).nodes;
      expect(second.edges).toHaveLength(2);
      expect(second.pageInfo.hasNextPage).toBe(false);
      const all = [...first.edges, ...second.edges].map((e) => e.node.id);
      expect(all).toEqual(
        expect.arrayContaining(['mission-cm', 'mission-i', 'mission-ii', 'mission-iii', 'mission-iv', 'mission-v']),
      );
      const related = (
        await app.client.request<Answer<'nodes'>>(gql`
          {
            nodes(labels: [PPP], where: { relatedTo: "mission-iv", nameContains: "yod" }) {
              totalCount
              edges {
                node {
                  id
                }
              }
            }
          }
        `)
      ).nodes;
      expect(related.edges.map((e) => e.node.id).sort()).toEqual(['ppp-yod-included', 'ppp-yod-molecular']);
    });

    it('search: case- and accent-insensitive over names, full names and aliases, ranked', async () => {
      const search = async (text: string) =>
        ids(
          (
            await app.client.request<Answer<'search'>>(
              gql`
                query ($t: String!) {
                  search(text: $t) {
                    score
                    node {
                      id
                    }
                  }
                }
              `,
              { t: text },
            )
          ).search.map((h) => h.node),
        );
      expect((await search('HI-NL'))[0]).toBe('ppp-hi-nl');
      expect((await search('health innovation netherlands'))[0]).toBe('ppp-hi-nl');
      expect((await search('Missie IV'))[0]).toBe('mission-iv');
      expect((await search('DEMENTIE'))[0]).toBe('mission-iv');
      expect(await search('health research infrastructure')).toContain('ppp-health-ri');
      const hits = (
        await app.client.request<Answer<'search'>>(gql`
          {
            search(text: "dementie", labels: [PPP], first: 3) {
              score
              matchedOn
              node {
                label
              }
            }
          }
        `)
      ).search;
      expect(hits.length).toBeLessThanOrEqual(3);
      expect(hits.every((h) => h.node.label === 'PPP')).toBe(true);
      expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a: number, b: number) => b - a));
    });

    it('neighbourhood: the dementia mission with its PPPs, relationships only among returned nodes', async () => {
      const { neighbourhood } = await app.client.request<Answer<'neighbourhood'>>(gql`
        {
          neighbourhood(id: "mission-iv", depth: 1, labels: [PPP], types: [ADDRESSES], limit: 500) {
            truncated
            totalNodes
            nodes {
              id
            }
            relationships {
              type
              start
              end
              provenance {
                hasSources
              }
            }
          }
        }
      `);
      const nodeIds = ids(neighbourhood.nodes);
      expect(nodeIds[0]).toBe('mission-iv');
      expect(nodeIds).toEqual(expect.arrayContaining(['ppp-aboard', 'ppp-modem', 'ppp-tap-dementia']));
      expect(neighbourhood.truncated).toBe(false);
      for (const r of neighbourhood.relationships) {
        expect(r.type).toBe('ADDRESSES');
        expect(nodeIds).toContain(r.start);
        expect(nodeIds).toContain(r.end);
      }
      const capped = (
        await app.client.request<Answer<'neighbourhood'>>(gql`
          {
            neighbourhood(id: "mission-iv", depth: 2, limit: 5) {
              truncated
              totalNodes
              totalNodesExact
              nodes {
                id
              }
            }
          }
        `)
      ).neighbourhood;
      expect(capped.nodes).toHaveLength(5);
      expect(capped.truncated).toBe(true);
      // Mission IV's 2-hop surroundings hold far more than 5 × 5 nodes: counting stops at 25 and says so.
      expect(capped).toMatchObject({ totalNodes: 25, totalNodesExact: false });
      const exact = (
        await app.client.request<Answer<'neighbourhood'>>(gql`
          {
            neighbourhood(id: "mission-iv", depth: 1, limit: 200) {
              truncated
              totalNodes
              totalNodesExact
              nodes {
                id
              }
            }
          }
        `)
      ).neighbourhood;
      expect(exact).toMatchObject({ truncated: false, totalNodesExact: true });
      expect(exact.totalNodes).toBe(exact.nodes.length);
    });

    it('graph: everything at once, relationships consistent with the nodes', async () => {
      const { graph, stats } = await app.client.request<Answer<'graph' | 'stats'>>(gql`
        {
          graph {
            truncated
            totalNodes
            nodes {
              id
              label
            }
            relationships {
              start
              end
            }
          }
          stats {
            nodes
            relationships
          }
        }
      `);
      expect(graph.nodes).toHaveLength(Math.min(stats.nodes, 2000));
      expect(graph.relationships).toHaveLength(stats.relationships);
      const ppps = (
        await app.client.request<Answer<'graph'>>(gql`
          {
            graph(labels: [PPP], limit: 10) {
              truncated
              nodes {
                label
              }
            }
          }
        `)
      ).graph;
      expect(ppps.nodes).toHaveLength(10);
      expect(ppps.truncated).toBe(true);
    });

    it('paths: which PPPs serve mission IV, each hop with its evidence', async () => {
      const { paths } = await app.client.request<Answer<'paths'>>(gql`
        {
          paths(from: "mission-iv", toLabels: [PPP], maxLength: 1, limit: 200) {
            length
            nodes {
              id
            }
            hops {
              direction
              from {
                id
              }
              to {
                id
              }
              relationship {
                type
                provenance {
                  sources
                  quotes
                  confidence
                }
              }
            }
          }
        }
      `);
      const ends = paths.map((p) => p.nodes.at(-1)?.id);
      expect(ends).toEqual(expect.arrayContaining(['ppp-aboard', 'ppp-modem', 'ppp-tap-dementia', 'ppp-dempact']));
      const aboard = defined(
        paths.find((p) => p.nodes.at(-1)?.id === 'ppp-aboard'),
        'a path to ABOARD',
      );
      expect(aboard.hops[0]).toMatchObject({
        direction: 'BACKWARD',
        from: { id: 'mission-iv' },
        to: { id: 'ppp-aboard' },
        relationship: { type: 'ADDRESSES' },
      });
      expect(aboard.hops[0].relationship.provenance.quotes.join(' ')).toMatch(/ABOARD/);
      const via = (
        await app.client.request<Answer<'paths'>>(gql`
          {
            paths(from: "ppp-aboard", to: "ministry-vws", maxLength: 3, via: [Mission, CareAgreement], limit: 20) {
              length
              nodes {
                id
                label
              }
            }
          }
        `)
      ).paths;
      expect(via.length).toBeGreaterThan(0);
      for (const p of via)
        for (const n of p.nodes.slice(1, -1)) expect(['Mission', 'CareAgreement']).toContain(n.label);
      expect(via.map((p) => p.length)).toEqual([...via.map((p) => p.length)].sort());
    });

    it('shortestPath: from a PPP to a ministry, and null when the types allow none', async () => {
      const { shortestPath } = await app.client.request<Answer<'shortestPath'>>(gql`
        {
          shortestPath(from: "ppp-aboard", to: "ministry-vws") {
            length
            nodes {
              id
            }
            hops {
              relationship {
                type
              }
            }
          }
        }
      `);
      expect(shortestPath.nodes[0].id).toBe('ppp-aboard');
      expect(shortestPath.nodes.at(-1)?.id).toBe('ministry-vws');
      expect(shortestPath.length).toBe(shortestPath.hops.length);
      const none = await app.client.request<Answer<'shortestPath'>>(gql`
        {
          shortestPath(from: "ppp-aboard", to: "ministry-vws", types: [LOCATED_IN]) {
            length
          }
        }
      `);
      expect(none.shortestPath).toBeNull();
    });

    it('missionCoverage: the dementia row of Figuur 5 lists ABOARD, MODEM and TAP-dementia', async () => {
      const { missionCoverage } = await app.client.request<Answer<'missionCoverage'>>(gql`
        {
          missionCoverage(dimension: PPP) {
            dimensions
            rows {
              mission {
                id
                code
              }
              cells {
                dimension
                count
                members {
                  id
                }
              }
            }
          }
        }
      `);
      expect(missionCoverage.dimensions).toEqual(['PPP']);
      expect(missionCoverage.rows).toHaveLength(6);
      const iv = defined(
        missionCoverage.rows.find((r) => r.mission.id === 'mission-iv'),
        'the row of mission IV',
      );
      expect(ids(iv.cells[0].members)).toEqual(
        expect.arrayContaining(['ppp-aboard', 'ppp-modem', 'ppp-tap-dementia', 'ppp-qolead']),
      );
      expect(iv.cells[0].count).toBe(iv.cells[0].members.length);
      const all = (
        await app.client.request<Answer<'missionCoverage'>>(gql`
          {
            missionCoverage {
              dimensions
              rows {
                cells {
                  dimension
                  count
                }
              }
            }
          }
        `)
      ).missionCoverage;
      expect(all.dimensions).toHaveLength(9);
      expect(all.rows[0].cells.map((c) => c.dimension)).toEqual(all.dimensions);
    });

    it('gaps: findings with kind, severity, nodes and a plain explanation, most severe first', async () => {
      const { gaps } = await app.client.request<Answer<'gaps'>>(gql`
        {
          gaps {
            id
            kind
            severity
            title
            explanation
            nodes {
              id
            }
          }
        }
      `);
      expect(gaps.length).toBeGreaterThan(0);
      const rank = { HIGH: 2, MEDIUM: 1, LOW: 0 } as Record<string, number>;
      expect(gaps.map((g) => rank[g.severity])).toEqual([...gaps.map((g) => rank[g.severity])].sort((a, b) => b - a));
      for (const g of gaps) {
        expect(g.explanation.length).toBeGreaterThan(20);
        expect(g.nodes.length).toBeGreaterThan(0);
      }
      expect(new Set(gaps.map((g) => g.id)).size).toBe(gaps.length);
      const ppps = (
        await app.client.request<Answer<'gaps'>>(gql`
          {
            gaps(kinds: [PPP_WITHOUT_MISSION], minSeverity: MEDIUM) {
              kind
              nodes {
                id
                label
              }
            }
          }
        `)
      ).gaps;
      for (const g of ppps) {
        expect(g.kind).toBe('PPP_WITHOUT_MISSION');
        expect(g.nodes[0].label).toBe('PPP');
      }
    });

    it('partners: ABOARD gets other dementia PPPs, with reasons', async () => {
      const { partners } = await app.client.request<Answer<'partners'>>(gql`
        {
          partners(of: "ppp-aboard", limit: 50) {
            score
            node {
              id
            }
            reasons {
              kind
              explanation
              via {
                id
              }
            }
          }
        }
      `);
      const partnerIds = partners.map((p) => p.node.id);
      expect(partnerIds).toEqual(expect.arrayContaining(['ppp-modem', 'ppp-tap-dementia']));
      expect(partnerIds).not.toContain('ppp-aboard');
      const modem = defined(
        partners.find((p) => p.node.id === 'ppp-modem'),
        'MODEM among the partners',
      );
      const shared = defined(
        modem.reasons.find((r) => r.kind === 'SHARED_MISSION'),
        'a shared mission reason',
      );
      expect(ids(shared.via)).toContain('mission-iv');
      expect(partners.map((p) => p.score)).toEqual(
        [...partners.map((p) => p.score)].sort((a: number, b: number) => b - a),
      );
    });

    it('stats: counts by label and type agree with the totals', async () => {
      const { stats } = await app.client.request<Answer<'stats'>>(gql`
        {
          stats {
            nodes
            relationships
            byLabel {
              label
              count
              description
            }
            byType {
              type
              count
            }
          }
        }
      `);
      expect(stats.byLabel.find((l) => l.label === 'Mission')?.count).toBe(6);
      expect(stats.byType.reduce((a: number, t) => a + t.count, 0)).toBe(stats.relationships);
      expect(stats.nodes).toBeGreaterThan(100);
    });

    it('node relationships are batched and carry provenance', async () => {
      const { nodes } = await app.client.request<Answer<'nodes'>>(gql`
        {
          nodes(labels: [Mission], first: 10) {
            edges {
              node {
                id
                degree
                relationships(direction: IN, types: [ADDRESSES], first: 200) {
                  type
                  end
                  startNode {
                    id
                  }
                  provenance {
                    hasSources
                  }
                }
              }
            }
          }
        }
      `);
      const iv = defined(
        nodes.edges.find((e) => e.node.id === 'mission-iv'),
        'mission IV',
      ).node;
      expect(iv.degree).toBeGreaterThanOrEqual(iv.relationships.length);
      expect(iv.relationships.every((r) => r.type === 'ADDRESSES' && r.end === 'mission-iv')).toBe(true);
      expect(iv.relationships.map((r) => r.startNode.id)).toContain('ppp-aboard');
    });
  });
});

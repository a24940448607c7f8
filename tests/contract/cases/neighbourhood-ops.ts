// Contract cases for the neighbourhood around hubs: relationships between hubs, non-hubs first, the capped count.
import { expect } from 'vitest';
import type { GraphData, GraphRelationship } from '../../../server/src/domain/graph-data.js';
import { countCap, HUB_DEGREE, SCAN_DEGREE } from '../../../server/src/store/neighbourhood.js';
import type { ContractCase } from '../contract-case.js';

const prov = { sources: ['004_contract.txt#L1'], quotes: ['hub'], confidence: 'literal' };

/**
 * An activity `activity-c` initiated by two hubs: `org-hub` takes part in many PPPs (more outgoing relationships
 * than the store reads whole) and `ppp-hub` has many partners; the org hub is also a partner of the PPP hub.
 * One partner of the PPP hub, `org-hub-2`, is a (smaller) hub itself; every other node has one relationship.
 */
export function hubGraph(): GraphData {
  const orgOut = SCAN_DEGREE * 2;
  const pppIn = SCAN_DEGREE + 10;
  const hub2Out = HUB_DEGREE + 5;
  const node = (id: string, label: 'Activity' | 'Organisation' | 'PPP') => ({
    id,
    labels: [label],
    properties: { name: id, ...prov },
  });
  const rel = (type: GraphRelationship['type'], start: string, end: string): GraphRelationship => ({
    type,
    start,
    end,
    properties: { ...prov },
  });
  const leafPpps = Array.from({ length: orgOut }, (_, i) => `ppp-leaf-${i}`);
  const leafOrgs = Array.from({ length: pppIn }, (_, i) => `org-leaf-${i}`);
  const hub2Ppps = Array.from({ length: hub2Out }, (_, i) => `ppp-hub-2-leaf-${i}`);
  return {
    // The second hub first: an engine that reads relationships in creation order meets it before the leaves.
    nodes: [
      node('activity-c', 'Activity'),
      node('org-hub', 'Organisation'),
      node('org-hub-2', 'Organisation'),
      node('ppp-hub', 'PPP'),
      ...[...leafPpps, ...hub2Ppps].map((id) => node(id, 'PPP')),
      ...leafOrgs.map((id) => node(id, 'Organisation')),
    ],
    relationships: [
      rel('INITIATED_BY', 'activity-c', 'org-hub'),
      rel('INITIATED_BY', 'activity-c', 'ppp-hub'),
      rel('PARTNER_IN', 'org-hub', 'ppp-hub'),
      rel('PARTNER_IN', 'org-hub-2', 'ppp-hub'),
      ...hub2Ppps.map((id) => rel('PARTNER_IN', 'org-hub-2', id)),
      ...leafPpps.map((id) => rel('PARTNER_IN', 'org-hub', id)),
      ...leafOrgs.map((id) => rel('PARTNER_IN', id, 'ppp-hub')),
    ],
  };
}

const pairs = (rels: GraphRelationship[]) => rels.map((r) => `${r.start}-${r.type}->${r.end}`).sort();

export const cases: ContractCase[] = [
  {
    name: 'query: neighbourhood returns the relationships between two hubs',
    async run({ store }) {
      await store.importGraph(hubGraph());
      const sub = await store.neighbourhood('activity-c', 1, null, null, 10);
      expect(sub.nodes[0]?.id).toBe('activity-c');
      expect(sub.nodes.map((n) => n.id).sort()).toEqual(['activity-c', 'org-hub', 'ppp-hub']);
      expect(pairs(sub.relationships)).toEqual([
        'activity-c-INITIATED_BY->org-hub',
        'activity-c-INITIATED_BY->ppp-hub',
        'org-hub-PARTNER_IN->ppp-hub',
      ]);
      expect(sub).toMatchObject({ truncated: false, totalNodes: 3, totalNodesExact: true });
    },
  },
  {
    name: 'query: a truncated neighbourhood keeps non-hubs first, every relationship among the kept nodes, and a capped count',
    async run({ store }) {
      const graph = hubGraph();
      await store.importGraph(graph);
      const limit = 6;
      const sub = await store.neighbourhood('activity-c', 2, null, null, limit);
      const ids = sub.nodes.map((n) => n.id);
      expect(ids[0]).toBe('activity-c');
      expect(ids).toHaveLength(limit);
      expect(ids).toEqual(expect.arrayContaining(['org-hub', 'ppp-hub']));
      expect(ids).not.toContain('org-hub-2');
      const kept = new Set(ids);
      const among = graph.relationships.filter((r) => kept.has(r.start) && kept.has(r.end));
      expect(pairs(sub.relationships)).toEqual(pairs(among));
      // The 2-hop neighbourhood (all but the second hub's leaves) is larger than the count cap: counted up to it.
      expect(sub).toMatchObject({ truncated: true, totalNodes: countCap(limit), totalNodesExact: false });
      const untruncated = await store.neighbourhood('activity-c', 3, null, null, 2000);
      expect(untruncated).toMatchObject({ truncated: false, totalNodes: graph.nodes.length });
      expect(untruncated.relationships).toHaveLength(graph.relationships.length);
    },
  },
];

// Contract cases for the whole-graph store operations: schema, import, export, counts, isEmpty, clear, health,
// transactions and the model whitelist. Each states the expected answer; every engine must give exactly it.
import { expect } from 'vitest';
import { canonicalGraph, countGraph, type GraphData } from '../../../server/src/domain/graph-data.js';
import { StoreError } from '../../../server/src/store/executor.js';
import type { ContractCase } from '../contract-case.js';

const NODES = 11;
const RELATIONSHIPS = 11;

export const cases: ContractCase[] = [
  {
    name: 'ensureSchema is idempotent and keeps data',
    async run({ store, load }) {
      await load();
      await store.ensureSchema();
      await store.ensureSchema();
      expect((await store.counts()).nodes).toBe(NODES);
    },
  },
  {
    name: 'an empty store is empty and counts zero',
    async run({ store }) {
      expect(await store.isEmpty()).toBe(true);
      expect(await store.counts()).toEqual({ nodes: 0, relationships: 0, byLabel: {}, byType: {} });
      expect(await store.exportGraph()).toEqual({ nodes: [], relationships: [] });
    },
  },
  {
    name: 'importGraph reports what it loaded',
    async run({ store, fixture }) {
      expect(fixture.nodes).toHaveLength(NODES);
      expect(fixture.relationships).toHaveLength(RELATIONSHIPS);
      expect(await store.importGraph(fixture)).toEqual({ nodes: NODES, relationships: RELATIONSHIPS });
      expect(await store.isEmpty()).toBe(false);
    },
  },
  {
    name: 'importGraph in small batches gives the same graph',
    async run({ store, fixture }) {
      expect(await store.importGraph(fixture, { batchSize: 2 })).toEqual({
        nodes: NODES,
        relationships: RELATIONSHIPS,
      });
      expect(canonicalGraph(await store.exportGraph())).toEqual(canonicalGraph(fixture));
    },
  },
  {
    name: 'importing the same graph twice changes nothing',
    async run({ store, fixture, load }) {
      await load();
      const first = canonicalGraph(await store.exportGraph());
      expect(await store.importGraph(fixture)).toEqual({ nodes: NODES, relationships: RELATIONSHIPS });
      expect(canonicalGraph(await store.exportGraph())).toEqual(first);
      expect(await store.counts()).toEqual(countGraph(fixture));
    },
  },
  {
    name: 'exportGraph returns exactly the imported graph (labels without the base label, no derived properties)',
    async run({ store, fixture, load }) {
      await load();
      const exported = await store.exportGraph();
      expect(canonicalGraph(exported)).toEqual(canonicalGraph(fixture));
      const healthRi = exported.nodes.find((n) => n.id === 'ppp-health-ri');
      expect(healthRi?.labels).toEqual(['NGFProject', 'PPP']);
      expect(healthRi?.properties).not.toHaveProperty('searchText');
      expect(healthRi?.properties.amountEur).toBe(69000000);
      expect(healthRi?.properties.aliases).toEqual(['HRI']);
    },
  },
  {
    name: 'exportGraph gives nodes by id and relationships by type, start, end',
    async run({ store, load }) {
      await load();
      const exported = await store.exportGraph();
      const ids = exported.nodes.map((n) => n.id);
      expect(ids).toEqual([...ids].sort());
      const keys = exported.relationships.map((r) => `${r.type} ${r.start} ${r.end}`);
      expect(keys).toEqual([...keys].sort());
    },
  },
  {
    name: 'plain values round-trip: floats, integers as numbers, string arrays, missing optionals stay missing',
    async run({ store, fixture, load }) {
      await load();
      const byId = new Map((await store.exportGraph()).nodes.map((n) => [n.id, n.properties]));
      expect(byId.get('ppp-dutch-techcentre')?.amountEur).toBe(1.5);
      expect(typeof byId.get('ppp-health-ri')?.amountEur).toBe('number');
      expect(byId.get('topsector-lsh')?.aliases).toEqual(['Topsector LSH', 'Life Sciences and Health']);
      expect(byId.get('mission-i')).not.toHaveProperty('description');
      expect(byId.get('mission-i')).toEqual(fixture.nodes.find((n) => n.id === 'mission-i')?.properties);
      const counts = await store.counts();
      for (const value of [counts.nodes, counts.relationships, ...Object.values(counts.byLabel)])
        expect(typeof value).toBe('number');
    },
  },
  {
    name: 'counts by label (a multi-label node counts under each) and by type',
    async run({ store, load }) {
      await load();
      expect(await store.counts()).toEqual({
        nodes: NODES,
        relationships: RELATIONSHIPS,
        byLabel: { Mission: 3, Ministry: 2, Topsector: 1, PPP: 2, NGFProject: 1, CareAgreement: 2, Organisation: 1 },
        byType: { PART_OF: 2, ADDRESSES: 3, ACTS_VIA: 2, SUPPORTS: 2, FUNDS: 1, PARTNER_IN: 1 },
      });
    },
  },
  {
    name: 'a re-import replaces properties and adds labels',
    async run({ store, fixture, load }) {
      await load();
      const changed: GraphData = structuredClone(fixture);
      const umcu = changed.nodes.find((n) => n.id === 'org-umcu')!;
      umcu.properties = {
        id: 'org-umcu',
        name: 'UMCU',
        sources: ['004_contract.txt#L61'],
        quotes: ['UMCU'],
        confidence: 'literal',
      };
      const partner = changed.relationships.find((r) => r.type === 'PARTNER_IN')!;
      partner.properties = {
        role: 'partner',
        sources: ['004_contract.txt#L62'],
        quotes: ['UMCU'],
        confidence: 'literal',
      };
      await store.importGraph(changed);
      const exported = await store.exportGraph();
      expect(exported.nodes.find((n) => n.id === 'org-umcu')?.properties).toEqual(umcu.properties);
      expect(exported.relationships.find((r) => r.type === 'PARTNER_IN')?.properties).toEqual(partner.properties);
      expect((await store.counts()).nodes).toBe(NODES);
    },
  },
  {
    // The embedded store keeps counts between writes (kies-store.ts): each read here follows a write.
    name: 'counts read between writes follow each write',
    async run({ store, load, fixture }) {
      expect(await store.counts()).toEqual({ nodes: 0, relationships: 0, byLabel: {}, byType: {} });
      await load();
      expect(await store.counts()).toEqual(countGraph(fixture));
      await store.clear();
      expect(await store.counts()).toEqual({ nodes: 0, relationships: 0, byLabel: {}, byType: {} });
    },
  },
  {
    name: 'clear deletes every node and relationship',
    async run({ store, load }) {
      await load();
      await store.clear();
      expect(await store.isEmpty()).toBe(true);
      expect(await store.counts()).toEqual({ nodes: 0, relationships: 0, byLabel: {}, byType: {} });
      await store.clear();
      expect(await store.isEmpty()).toBe(true);
    },
  },
  {
    name: 'a relationship naming a node outside the graph is refused before anything is written',
    async run({ store, fixture }) {
      fixture.relationships.push({ type: 'ADDRESSES', start: 'ppp-health-ri', end: 'mission-missing', properties: {} });
      await expect(store.importGraph(fixture)).rejects.toThrow(/mission-missing/);
      expect(await store.isEmpty()).toBe(true);
    },
  },
  {
    name: 'labels outside the model are rejected and nothing is written',
    async run({ store, fixture }) {
      (fixture.nodes[3]!.labels as string[]).push('Person');
      const error = await store.importGraph(fixture).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).code).toBe('INVALID');
      expect((error as Error).message).toMatch(/unknown node label "Person"/);
      expect(await store.isEmpty()).toBe(true);
    },
  },
  {
    name: 'relationship types outside the model are rejected and nothing is written',
    async run({ store, fixture }) {
      (fixture.relationships[0] as { type: string }).type = 'KNOWS';
      const error = await store.importGraph(fixture).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).code).toBe('INVALID');
      expect((error as Error).message).toMatch(/unknown relationship type "KNOWS"/);
      expect(await store.isEmpty()).toBe(true);
    },
  },
  {
    name: 'property values Neo4j cannot store (maps, nested or mixed lists) are rejected on every engine',
    async run({ store, fixture }) {
      const bad: unknown[] = [{ nested: 'map' }, [['a']], ['a', 1], ['a', null], Number.NaN];
      for (const value of bad) {
        const graph: GraphData = structuredClone(fixture);
        graph.nodes[0]!.properties.note = value;
        const error = await store.importGraph(graph).catch((e: unknown) => e);
        expect(error, JSON.stringify(value)).toBeInstanceOf(StoreError);
        expect((error as StoreError).code).toBe('INVALID');
      }
      expect(await store.isEmpty()).toBe(true);
    },
  },
  {
    name: 'a failing write rolls back entirely (one write = one transaction)',
    async run({ store, executor, load }) {
      await load();
      const before = canonicalGraph(await store.exportGraph());
      const error = await executor
        .write([
          {
            cypher: 'MATCH (n:Entity {id: $id}) SET n.name = $name RETURN count(n) AS count',
            params: { id: 'mission-iv', name: 'changed' },
          },
          {
            cypher: 'CREATE (n:Entity:Mission {id: $id, name: $name}) RETURN count(n) AS count',
            params: { id: 'mission-new', name: 'new' },
          },
          // Violates the unique id constraint: the whole transaction must go.
          {
            cypher: 'CREATE (n:Entity:Mission {id: $id, name: $name}) RETURN count(n) AS count',
            params: { id: 'mission-i', name: 'duplicate' },
          },
        ])
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).code).toBe('CONSTRAINT');
      expect(canonicalGraph(await store.exportGraph())).toEqual(before);
    },
  },
  {
    name: 'write returns one row list per statement, in order, with plain numbers',
    async run({ executor }) {
      const results = await executor.write([
        {
          cypher: 'CREATE (n:Entity:Mission {id: $id, name: $name}) RETURN n.id AS id',
          params: { id: 'mission-x', name: 'X' },
        },
        { cypher: 'MATCH (n:Entity) RETURN count(n) AS count', params: {} },
      ]);
      expect(results).toEqual([[{ id: 'mission-x' }], [{ count: 1 }]]);
      expect(
        await executor.read({
          cypher: 'MATCH (n:Entity {id: $id}) RETURN n.name AS name',
          params: { id: 'mission-x' },
        }),
      ).toEqual([{ name: 'X' }]);
    },
  },
  {
    name: 'health names the engine and answers',
    async run({ store }) {
      const health = await store.health();
      expect(health.engine).toBe(store.engine);
      expect(['embedded', 'neo4j']).toContain(health.engine);
      expect(health.ok).toBe(true);
      expect(health.detail).not.toBe('');
    },
  },
];
